/** The full build of a synthetic archive of N recaps, in a throwaway copy of the project. */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SEARCH_INDEXES } from "../../lib/search-schema";
import type { PageWeight } from "./page-weight";
import { copyProject } from "../project-copy";
import { runTimed, type TimedRun } from "./processes";
import { writeSyntheticRecaps } from "./synthetic-archive";

export type ScaleResult = {
  recaps: number;
  /** Pages `next build` generated statically (recaps, speakers, companies, tags, indexes). */
  staticPages: number | null;
  wallSeconds: number;
  /** GNU time's user + system CPU seconds of the build, or null without it. */
  cpuSeconds: number | null;
  msPerRecap: number;
  /** Seconds per step: the content check + Contentlayer, then each phase `next build` reports. */
  phases: { content: number; compile: number | null; typescript: number | null; staticGeneration: number | null; nextBuild: number };
  maxProcessRssBytes: number | null;
  treePeakBytes: number;
  nextOutputBytes: number;
  /** `.next` without `.next/cache` (the build cache is not deployed). */
  nextOutputBytesWithoutCache: number;
  /** The site's CSS: a check that Tailwind scanned the same sources as in the real project. */
  cssBytes: number;
  /** The biggest prerendered documents: the pages (and search index) that grow with the archive. */
  largestOutputs: { path: string; bytes: number; gzipBytes: number }[];
  /** The biggest HTML page, compressed: no page may grow without bound. */
  largestHtml: { path: string; gzipBytes: number } | null;
  /** What the search's first answer waits for: the first index it fetches, compressed. */
  firstSearchGzipBytes: number | null;
  /** The rebuild after one more recap, keeping .next/cache as Vercel does; null when not measured. */
  warm: { wallSeconds: number; treePeakBytes: number } | null;
  /** What a visitor downloads from this archive's build, or null when not measured. */
  pageWeight: PageWeight[] | null;
};

export type ScaleOptions = {
  /** Keep the copy in tools/bench/tmp/ afterwards, to inspect it. */
  keep?: boolean;
  /** Run against the built copy before it is removed (e.g. serve it and weigh its pages). */
  measure?: (dir: string) => Promise<PageWeight[]>;
  /** Adds one recap to the built copy, which is then built again with its cache: the warm rebuild. */
  addOne?: (dir: string) => Promise<void>;
};

const LARGEST_COUNT = 4;

/** Prerendered HTML and route bodies under .next/server/app, largest first. */
function prerendered(appDir: string, pattern = /\.(html|body)$/): { file: string; bytes: number }[] {
  const found: { file: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (pattern.test(entry.name)) found.push({ file, bytes: lstatSync(file).size });
    }
  };
  walk(appDir);
  return found.sort((a, b) => b.bytes - a.bytes);
}

const addressOf = (appDir: string, file: string) => `/${path.relative(appDir, file).replace(/\.(html|body)$/, "")}`;

function largestOutputs(appDir: string): ScaleResult["largestOutputs"] {
  return prerendered(appDir)
    .slice(0, LARGEST_COUNT)
    .map(({ file, bytes }) => ({ path: addressOf(appDir, file), bytes, gzipBytes: gzipSync(readFileSync(file)).length }));
}

// Compressed size follows raw size closely enough that the largest few raw pages hold the largest compressed one.
function largestHtml(appDir: string): ScaleResult["largestHtml"] {
  const sized = prerendered(appDir, /\.html$/)
    .slice(0, 10)
    .map(({ file }) => ({ path: addressOf(appDir, file), gzipBytes: gzipSync(readFileSync(file)).length }));
  return sized.sort((a, b) => b.gzipBytes - a.gzipBytes)[0] ?? null;
}

function firstSearchGzipBytes(appDir: string): number | null {
  const first = SEARCH_INDEXES[0];
  const file = path.join(appDir, `${first.url}.body`);
  return existsSync(file) ? gzipSync(readFileSync(file)).length : null;
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(file);
    else if (entry.isFile()) total += lstatSync(file).size;
  }
  return total;
}

/** A duration as Next prints it ("1527ms", "12.0s", "45s", "2.5min"), in seconds. */
function seconds(value: string, unit: string): number {
  const factor = unit === "ms" ? 0.001 : unit === "min" ? 60 : 1;
  return Number(value) * factor;
}

function parsePhases(lines: { at: number; text: string }[], wallSeconds: number) {
  // Next prints its own banner when the content step (check + Contentlayer) has finished.
  const nextStart = lines.find((line) => line.text.includes("▲ Next.js"))?.at ?? 0;
  const find = (pattern: RegExp) => {
    for (const { text } of lines) {
      const match = pattern.exec(text);
      if (match) return match;
    }
    return null;
  };
  const compile = find(/Compiled successfully in ([\d.]+)(ms|min|s)/);
  const typescript = find(/Finished TypeScript in ([\d.]+)(ms|min|s)/);
  const generation = find(/Generating static pages[^(]*\((\d+)\/\d+\) in ([\d.]+)(ms|min|s)/);
  return {
    staticPages: generation ? Number(generation[1]) : null,
    phases: {
      content: nextStart,
      compile: compile ? seconds(compile[1] ?? "", compile[2] ?? "s") : null,
      typescript: typescript ? seconds(typescript[1] ?? "", typescript[2] ?? "s") : null,
      staticGeneration: generation ? seconds(generation[2] ?? "", generation[3] ?? "s") : null,
      nextBuild: wallSeconds - nextStart,
    },
  };
}

/**
 * Copies the project (tools/project-copy.ts: node_modules hard-linked, build output left out, so the
 * build is cold: no .next/cache), removes its recaps and photos, lets `fill` write `recaps` recaps
 * there, and times `npm run build`.
 */
export async function buildCopy(
  projectRoot: string,
  recaps: number,
  fill: (dir: string) => Promise<void>,
  log: (line: string) => void,
  options: ScaleOptions = {},
): Promise<ScaleResult> {
  const dir = copyProject(projectRoot);
  // A failed build is kept, to look at; a measured one only when asked.
  let keep = options.keep ?? false;
  try {
    for (const own of ["content/recaps", "public/images"]) rmSync(path.join(dir, own), { recursive: true, force: true });
    await fill(dir);
    log(`  ${recaps} recaps in ${dir}; running npm run build…`);
    const run = await runTimed("npm run build", { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1" } });
    if (run.exitCode !== 0) {
      const tail = run.lines.slice(-40).map((line) => line.text).join("\n");
      throw new Error(`npm run build of ${recaps} recaps failed (exit ${run.exitCode}); the copy is kept in ${dir}:\n${tail}`);
    }
    const measured = await measureBuild(dir, recaps, run, options);
    return { ...measured, warm: options.addOne ? await warmRebuild(dir, recaps, options.addOne, log) : null };
  } catch (error) {
    keep = true;
    throw error;
  } finally {
    if (keep) log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function warmRebuild(dir: string, recaps: number, addOne: (dir: string) => Promise<void>, log: (line: string) => void): Promise<ScaleResult["warm"]> {
  await addOne(dir);
  log(`  one more recap; running npm run build again, with .next/cache…`);
  const run = await runTimed("npm run build", { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.exitCode !== 0) throw new Error(`the warm rebuild of ${recaps + 1} recaps failed (exit ${run.exitCode}) in ${dir}`);
  return { wallSeconds: run.wallSeconds, treePeakBytes: run.treePeakBytes };
}

/** The build of N synthetic recaps, one photo each, in a copy of the project, then its rebuild with one more. */
export function buildAtScale(projectRoot: string, recaps: number, log: (line: string) => void, options: ScaleOptions = {}): Promise<ScaleResult> {
  const today = new Date();
  const write = (dir: string, count: number, from = 0) => writeSyntheticRecaps(path.join(dir, "content", "recaps"), path.join(dir, "public", "images"), count, today, from);
  const fill = async (dir: string) => {
    await write(dir, recaps);
  };
  const addOne = async (dir: string) => {
    await write(dir, recaps + 1, recaps);
  };
  return buildCopy(projectRoot, recaps, fill, log, { addOne, ...options });
}

async function measureBuild(dir: string, recaps: number, run: TimedRun, options: ScaleOptions): Promise<Omit<ScaleResult, "warm">> {
  const { staticPages, phases } = parsePhases(run.lines, run.wallSeconds);
  const nextDir = path.join(dir, ".next");
  const nextOutputBytes = directorySize(nextDir);
  const cacheDir = path.join(nextDir, "cache");
  const cacheBytes = readdirSync(nextDir).includes("cache") ? directorySize(cacheDir) : 0;
  const chunks = path.join(nextDir, "static", "chunks");
  const cssBytes = readdirSync(chunks)
    .filter((file) => file.endsWith(".css"))
    .reduce((sum, file) => sum + lstatSync(path.join(chunks, file)).size, 0);
  const appDir = path.join(nextDir, "server", "app");
  const largest = largestOutputs(appDir);
  const pageWeight = options.measure ? await options.measure(dir) : null;
  return {
    recaps,
    staticPages,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    msPerRecap: (run.wallSeconds * 1000) / recaps,
    phases,
    maxProcessRssBytes: run.maxProcessRssBytes,
    treePeakBytes: run.treePeakBytes,
    nextOutputBytes,
    nextOutputBytesWithoutCache: nextOutputBytes - cacheBytes,
    cssBytes,
    largestOutputs: largest,
    largestHtml: largestHtml(appDir),
    firstSearchGzipBytes: firstSearchGzipBytes(appDir),
    pageWeight,
  };
}

/**
 * The import bench: generates a Jekyll archive, imports it into a copy of the project and builds it,
 * printing each step's time and peak memory (the same process sampler as `npm run bench`).
 * Target: 1,000 posts imported and built in under 3 minutes on 2 cores, growing linearly.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { copyProject } from "../project-copy";
import { runTimed, shellQuote, type TimedRun } from "./processes";
import { generateJekyllArchive } from "./synthetic-archive";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TARGET_SECONDS = 180;
const USAGE = "usage: npm run bench:import -- [--posts N] [--compare] [--keep]";

type Run = { posts: number; drafts: number; generate: number; imported: TimedRun; built: TimedRun };

function readOptions(): { posts: number; compare: boolean; keep: boolean } | null {
  try {
    const { values } = parseArgs({ options: { posts: { type: "string", default: "1000" }, compare: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
    const posts = Number(values.posts);
    return Number.isInteger(posts) && posts >= 1 ? { posts, compare: values.compare, keep: values.keep } : null;
  } catch {
    return null;
  }
}

/** `npm run bench:import`: one size, or with --compare 100 and N, to see how the cost grows. */
export async function benchImport(): Promise<void> {
  const options = readOptions();
  if (!options) {
    console.error(USAGE);
    process.exit(2);
  }
  const sizes = options.compare ? [100, options.posts === 100 ? 1000 : options.posts] : [options.posts];
  const runs: Run[] = [];
  for (const size of sizes) runs.push(await benchmark(size, options.keep));
  if (runs.length > 1) printComparison(runs);
  if (runs.some((run) => run.imported.exitCode !== 0 || run.built.exitCode !== 0)) process.exit(1);
}

async function benchmark(posts: number, keep: boolean): Promise<Run> {
  console.log(`\nJekyll import benchmark: ${posts} posts, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
  const archive = mkdtempSync(path.join(tmpdir(), "jekyll-archive-"));
  const project = copyProject(ROOT);
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  try {
    const started = performance.now();
    const generated = await generateJekyllArchive(archive, posts);
    const generate = (performance.now() - started) / 1000;
    console.log(`  archive generated     ${seconds(generate)}  (${generated.posts} posts, ${generated.drafts} drafts, ${generated.images} photos) in ${archive}`);

    rmSync(path.join(project, "content/recaps"), { recursive: true, force: true });
    const imported = await runTimed(`${shellQuote(process.execPath)} --import tsx scripts/import-jekyll.ts ${shellQuote(archive)}`, { cwd: project, env });
    const output = (run: TimedRun) => run.lines.map((line) => line.text).join("\n");
    const summary = imported.lines.find((line) => /^Imported \d+ posts/.test(line.text))?.text ?? "(no summary)";
    console.log(`  import                ${seconds(imported.wallSeconds)}  ${cpu(imported)}${memory(imported)}`);
    console.log(`                        ${summary}`);
    if (imported.exitCode !== 0) throw new Error(`the import failed:\n${output(imported).slice(-3000)}`);

    const built = await runTimed("npm run build", { cwd: project, env });
    console.log(`  build                 ${seconds(built.wallSeconds)}  ${cpu(built)}${memory(built)}`);
    if (built.exitCode !== 0) throw new Error(`the build failed:\n${output(built).slice(-3000)}`);
    const pages = readdirSync(path.join(project, ".next/server/app"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length;
    const total = imported.wallSeconds + built.wallSeconds;
    console.log(`  import + build        ${seconds(total)}  ${pages} HTML pages; target < ${TARGET_SECONDS} s for 1,000 posts: ${posts <= 1000 ? (total < TARGET_SECONDS ? "met" : "MISSED") : "n/a"}`);
    // Other work on the machine stretches wall time; CPU time and the load say how much.
    console.log(`  load average now      ${loadavg().map((load) => load.toFixed(1)).join(", ")} (1, 5, 15 min) on ${availableParallelism()} cores`);
    return { posts, drafts: generated.drafts, generate, imported, built };
  } finally {
    if (keep) console.log(`  kept: ${archive} and ${project}`);
    else {
      rmSync(archive, { recursive: true, force: true });
      rmSync(project, { recursive: true, force: true });
    }
  }
}

function printComparison(runs: readonly Run[]) {
  const [small, large] = runs;
  if (!small || !large) return;
  const perPost = (value: number, posts: number) => `${((value / posts) * 1000).toFixed(1)} ms/post`;
  console.log(`\nGrowth from ${small.posts} to ${large.posts} posts (${(large.posts / small.posts).toFixed(0)}×):`);
  for (const [label, a, b] of [
    ["import", small.imported.wallSeconds, large.imported.wallSeconds],
    ["build", small.built.wallSeconds, large.built.wallSeconds],
    ["import + build", small.imported.wallSeconds + small.built.wallSeconds, large.imported.wallSeconds + large.built.wallSeconds],
  ] as const) {
    // The build has a fixed cost (compiling the app); the marginal cost per post is what must stay flat.
    const marginal = (b - a) / (large.posts - small.posts);
    console.log(`  ${label.padEnd(16)} ${seconds(a)} → ${seconds(b)}  (${(b / a).toFixed(1)}×; ${perPost(a, small.posts)} → ${perPost(b, large.posts)}; marginal ${(marginal * 1000).toFixed(1)} ms/post)`);
  }
}

function cpu(run: TimedRun): string {
  return run.cpuSeconds === null ? "" : `CPU ${run.cpuSeconds.toFixed(1)} s; `;
}

function seconds(value: number): string {
  return `${value.toFixed(1).padStart(6)} s`;
}

function memory(run: TimedRun): string {
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  const parts = [];
  if (run.maxProcessRssBytes !== null) parts.push(`peak ${mb(run.maxProcessRssBytes)} (largest process, /usr/bin/time -v)`);
  parts.push(`${mb(run.treePeakBytes)} (whole process tree, sampled)`);
  return parts.join(", ");
}

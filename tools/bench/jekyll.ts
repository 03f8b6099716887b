/**
 * Side by side with Jekyll (issue #13): the same synthetic posts as a minimal Jekyll site, built by
 * Jekyll; then imported with `npm run import:jekyll` into a copy of the project and built by
 * `npm run build`; in that order, on the same machine, both cold (no .jekyll-cache, no .next/cache).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeJekyllSite } from "./jekyll-site";
import { runTimed, shellQuote, type TimedRun } from "./processes";
import { judgeAgainstJekyll } from "./report";
import { buildCopy, type ScaleResult } from "./scale";

export type JekyllBuild = { wallSeconds: number; cpuSeconds: number | null; treePeakBytes: number; pages: number };

export type JekyllRun = {
  posts: number;
  /** `jekyll build` of the site. */
  jekyll: JekyllBuild;
  /** `npm run import:jekyll` of the same site into the copy: timed, but part of neither build. */
  importSeconds: number;
  /** `npm run build` of the imported posts. */
  ours: ScaleResult;
  /** Our wall time over Jekyll's, and whether it is within the target (tools/bench/report.ts). */
  ratio: number;
  withinTarget: boolean;
};

export type JekyllComparison = { jekyllVersion: string; runs: JekyllRun[] } | { notRun: string };

// Debian's package (jekyll 4.3 on Debian 12); the update first, as a fresh machine may have no package lists.
const INSTALL = "apt-get update -qq && apt-get install -y -qq jekyll";

function jekyllVersion(): string | null {
  const found = spawnSync("jekyll", ["--version"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Jekyll's version, after installing Debian's package when it is missing; else why the section cannot run. */
export function findJekyll(log: (line: string) => void): { version: string } | { notRun: string } {
  const present = jekyllVersion();
  if (present) return { version: present };
  log(`jekyll is not installed: trying ${INSTALL}…`);
  // Not root: sudo, only if it asks for no password (the bench is unattended).
  const [command, args] = process.getuid?.() === 0 ? (["sh", ["-c", INSTALL]] as const) : (["sudo", ["-n", "sh", "-c", INSTALL]] as const);
  const install = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  const installed = install.status === 0 ? jekyllVersion() : null;
  if (installed) {
    log(`  installed ${installed}`);
    return { version: installed };
  }
  const why = install.error?.message ?? (install.stderr.trim().split("\n").at(-1) || `exit ${install.status}`);
  return { notRun: `jekyll is not installed and ${INSTALL} failed: ${why}` };
}

const tail = (run: TimedRun) =>
  run.lines
    .slice(-40)
    .map((line) => line.text)
    .join("\n");

async function buildWithJekyll(site: string, posts: number): Promise<JekyllBuild> {
  // Cold: the site is new, and --disable-disk-cache keeps Jekyll from reading or writing .jekyll-cache.
  const run = await runTimed("jekyll build --disable-disk-cache", { cwd: site, env: { JEKYLL_ENV: "production" } });
  if (run.exitCode !== 0) throw new Error(`jekyll build of ${posts} posts failed (exit ${run.exitCode}); the site is kept in ${site}:\n${tail(run)}`);
  const pages = readdirSync(path.join(site, "_site"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length;
  // A post Jekyll skipped (a future date, bad front matter) would make the comparison unfair.
  if (pages !== posts + 1) throw new Error(`jekyll build wrote ${pages} pages for ${posts} posts and a home page; the site is kept in ${site}`);
  return { wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, treePeakBytes: run.treePeakBytes, pages };
}

async function importSite(project: string, site: string, posts: number): Promise<number> {
  const run = await runTimed(`npm run import:jekyll -- ${shellQuote(site)}`, { cwd: project });
  const imported = run.lines.map((line) => /^Imported (\d+) posts/.exec(line.text)?.[1]).find((count) => count !== undefined);
  if (run.exitCode !== 0 || Number(imported) !== posts) {
    throw new Error(`npm run import:jekyll imported ${imported ?? "no"} of ${posts} posts (exit ${run.exitCode}):\n${tail(run)}`);
  }
  return run.wallSeconds;
}

/** One size: the Jekyll site written and built, then imported and built here. */
export async function compareWithJekyll(projectRoot: string, posts: number, log: (line: string) => void, options: { keep?: boolean } = {}): Promise<JekyllRun> {
  const site = mkdtempSync(path.join(tmpdir(), "cnl-jekyll-"));
  // Like the project copy: kept when something failed, to look at, or when asked.
  let keep = options.keep ?? false;
  try {
    await writeJekyllSite(site, posts, new Date());
    log(`  ${posts} posts as a Jekyll site in ${site}; running jekyll build…`);
    const jekyll = await buildWithJekyll(site, posts);
    log(`  Jekyll: ${jekyll.wallSeconds.toFixed(1)} s, ${jekyll.pages} pages; importing them with npm run import:jekyll…`);
    let importSeconds = 0;
    const fill = async (dir: string) => {
      importSeconds = await importSite(dir, site, posts);
    };
    const ours = await buildCopy(projectRoot, posts, fill, log, options);
    return { posts, jekyll, importSeconds, ours, ...judgeAgainstJekyll(ours.wallSeconds, jekyll.wallSeconds) };
  } catch (error) {
    keep = true;
    throw error;
  } finally {
    if (keep) log(`  kept ${site}`);
    else rmSync(site, { recursive: true, force: true });
  }
}

/**
 * `npm run bench:import [-- --posts N] [--compare] [--keep]`: generates a Jekyll archive, imports it
 * into a copy of the project and builds it, printing each step's time and peak memory.
 * Target: 1,000 posts imported and built in under 3 minutes on 2 cores, growing linearly.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateArchive } from "./bench-archive";
import { copyProject } from "../tools/project-copy";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TIME = "/usr/bin/time";
const TARGET_SECONDS = 180;

type Measured = { seconds: number; cpuSeconds: number | null; status: number | null; output: string; largestKb: number | null; treeKb: number | null };
type Run = { posts: number; drafts: number; generate: number; imported: Measured; built: Measured };

async function main() {
  const args = process.argv.slice(2);
  const postsArg = args.indexOf("--posts");
  const posts = postsArg === -1 ? 1000 : Number(args[postsArg + 1]);
  if (!Number.isInteger(posts) || posts < 1) {
    console.error("usage: npm run bench:import -- [--posts N] [--compare] [--keep]");
    process.exit(2);
  }
  const sizes = args.includes("--compare") ? [100, posts === 100 ? 1000 : posts] : [posts];
  const runs: Run[] = [];
  for (const size of sizes) runs.push(await benchmark(size, args.includes("--keep")));
  if (runs.length > 1) printComparison(runs);
  if (runs.some((run) => run.imported.status !== 0 || run.built.status !== 0)) process.exit(1);
}

async function benchmark(posts: number, keep: boolean): Promise<Run> {
  console.log(`\nJekyll import benchmark: ${posts} posts, ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
  const archive = mkdtempSync(path.join(tmpdir(), "jekyll-archive-"));
  const project = copyProject(ROOT);
  try {
    const started = performance.now();
    const generated = await generateArchive(archive, posts);
    const generate = (performance.now() - started) / 1000;
    console.log(`  archive generated     ${seconds(generate)}  (${generated.posts} posts, ${generated.drafts} drafts, ${generated.images} photos) in ${archive}`);

    rmSync(path.join(project, "content/recaps"), { recursive: true, force: true });
    const imported = await measure(process.execPath, ["--import", "tsx", "scripts/import-jekyll.ts", archive], project);
    const summary = imported.output.split("\n").find((line) => /^Imported \d+ posts/.test(line)) ?? "(no summary)";
    console.log(`  import                ${seconds(imported.seconds)}  ${cpu(imported)}${memory(imported)}`);
    console.log(`                        ${summary}`);
    if (imported.status !== 0) throw new Error(`the import failed:\n${imported.output.slice(-3000)}`);

    const built = await measure("npm", ["run", "build"], project);
    console.log(`  build                 ${seconds(built.seconds)}  ${cpu(built)}${memory(built)}`);
    if (built.status !== 0) throw new Error(`the build failed:\n${built.output.slice(-3000)}`);
    const pages = readdirSync(path.join(project, ".next/server/app"), { recursive: true }).filter((file) => String(file).endsWith(".html")).length;
    const total = imported.seconds + built.seconds;
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
    ["import", small.imported.seconds, large.imported.seconds],
    ["build", small.built.seconds, large.built.seconds],
    ["import + build", small.imported.seconds + small.built.seconds, large.imported.seconds + large.built.seconds],
  ] as const) {
    // The build has a fixed cost (compiling the app); the marginal cost per post is what must stay flat.
    const marginal = (b - a) / (large.posts - small.posts);
    console.log(`  ${label.padEnd(16)} ${seconds(a)} → ${seconds(b)}  (${(b / a).toFixed(1)}×; ${perPost(a, small.posts)} → ${perPost(b, large.posts)}; marginal ${(marginal * 1000).toFixed(1)} ms/post)`);
  }
}

/** Runs a command, timing it; peak memory from /usr/bin/time -v and from sampling /proc. */
function measure(command: string, args: readonly string[], cwd: string): Promise<Measured> {
  const timed = existsSync(TIME);
  const child = spawn(timed ? TIME : command, timed ? ["-v", command, ...args] : [...args], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let treeKb: number | null = null;
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? null : treeRssKb(child.pid);
    if (rss !== null) treeKb = Math.max(treeKb ?? 0, rss);
  }, 200);
  const started = performance.now();
  return new Promise((resolve) => {
    child.on("close", (status) => {
      clearInterval(sampler);
      const largest = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const cpuSeconds = user && system ? Number(user) + Number(system) : null;
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, status, output, largestKb: largest ? Number(largest) : null, treeKb });
    });
  });
}

/** Resident memory of `pid` and all its descendants, from /proc (Linux); null elsewhere. */
function treeRssKb(pid: number): number | null {
  if (!existsSync("/proc/self/status")) return null;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    total += rss.get(next) ?? 0;
    pending.push(...(children.get(next) ?? []));
  }
  return total;
}

function cpu(measured: Measured): string {
  return measured.cpuSeconds === null ? "" : `CPU ${measured.cpuSeconds.toFixed(1)} s; `;
}

function seconds(value: number): string {
  return `${value.toFixed(1).padStart(6)} s`;
}

function memory(measured: Measured): string {
  const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
  const parts = [];
  if (measured.largestKb !== null) parts.push(`peak ${mb(measured.largestKb)} (largest process, /usr/bin/time -v)`);
  if (measured.treeKb !== null) parts.push(`${mb(measured.treeKb)} (whole process tree, sampled)`);
  return parts.join(", ") || "peak memory unavailable";
}

await main();

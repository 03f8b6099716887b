/** The bench harness: the site's build, page weight, Lighthouse beside the floor, the build at scale and side by side with Jekyll, with their budgets. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { listRecapFiles } from "../../lib/content/check";
import { startFloor } from "./floor-app";
import { compareWithJekyll, findJekyll, type JekyllComparison, type JekyllRun } from "./jekyll";
import { type LighthouseResult, runLighthouse } from "./lighthouse";
import { COMPARED_PAGES, FLOOR_PAGE } from "./lighthouse-report";
import { describeMachine } from "./machine";
import { discoverPages, measurePageWeight, type PageWeight } from "./page-weight";
import { runTimed, type Server, startServer } from "./processes";
import { type BenchResults, evaluateBudgets, formatReport, JEKYLL_BUDGET_POSTS, type SiteBuild } from "./report";
import { buildAtScale, type ScaleResult } from "./scale";

const SECTIONS = ["weight", "lighthouse", "scale", "jekyll"] as const;
type Section = (typeof SECTIONS)[number];

const log = (line: string) => console.log(line);

async function buildSite(root: string): Promise<SiteBuild> {
  log("Building the site: npm run build…");
  const run = await runTimed("npm run build", { cwd: root, env: { NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.exitCode !== 0) throw new Error(`npm run build failed (exit ${run.exitCode}):\n${run.lines.map((line) => line.text).join("\n")}`);
  const recaps = listRecapFiles(path.join(root, "content", "recaps")).length;
  log(`  built in ${run.wallSeconds.toFixed(1)} s`);
  return { recaps, wallSeconds: run.wallSeconds, maxProcessRssBytes: run.maxProcessRssBytes, treePeakBytes: run.treePeakBytes };
}

/** Serves a built copy of the site and weighs its pages: how the visitor's download grows with the archive. */
async function weighBuild(dir: string): Promise<PageWeight[]> {
  const server = await startServer(dir);
  try {
    return await measurePageWeight(server.origin, await discoverPages(server.origin));
  } finally {
    server.stop();
  }
}

type Page = { name: string; path: string };

/**
 * Lighthouse of home and the recap beside the floor (tools/bench/floor-app.ts), with each page's
 * first-load JS by the page-weight measure: the weight section's figures when it ran, else taken here.
 */
async function measureLighthouse(site: Server, pages: Page[], floor: Server | null, weighed: PageWeight[] | null, runs: number): Promise<LighthouseResult[]> {
  const compared = pages.filter((page) => COMPARED_PAGES.some((name) => name === page.name));
  const weights = [...(floor ? await measurePageWeight(floor.origin, [FLOOR_PAGE]) : []), ...(weighed ?? (await measurePageWeight(site.origin, compared)))];
  const targets = [...(floor ? [{ ...FLOOR_PAGE, origin: floor.origin }] : []), ...compared.map((page) => ({ ...page, origin: site.origin }))];
  const results = await runLighthouse(targets, runs, log);
  return results.map((result) => ({ ...result, firstLoadJsBytes: weights.find((weight) => weight.name === result.name)?.firstLoadJsBytes ?? null }));
}

/** The whole bench, with the command line's options; the exit code says whether every section ran. */
export async function runBench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      "skip-build": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
  });
  const only = values.only?.split(",").map((section) => section.trim()) ?? [...SECTIONS];
  const unknown = only.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown.length > 0) throw new Error(`--only: unknown section(s) ${unknown.join(", ")}; use ${SECTIONS.join(",")}`);
  const wanted = (section: Section) => only.includes(section);
  const quick = values.quick;
  const root = process.cwd();
  const date = new Date().toISOString();
  const machine = describeMachine(root);
  log(`Bench (${quick ? "quick" : "full"}): ${only.join(", ")} on ${machine.cpus} CPUs, load average ${machine.loadAverage.toFixed(2)}`);

  // A failing section is reported and the others still run: one OOM must not lose the rest.
  const errors: string[] = [];
  const attempt = async <T>(section: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${section}: ${message}`);
      console.error(`${section} failed: ${message}`);
      return null;
    }
  };

  let siteBuild: SiteBuild | null = null;
  let pageWeight: PageWeight[] | null = null;
  let lighthouse: LighthouseResult[] | null = null;
  if (wanted("weight") || wanted("lighthouse")) {
    if (!values["skip-build"]) siteBuild = await attempt("site build", () => buildSite(root));
    const built = values["skip-build"] || siteBuild !== null;
    const server = built ? await attempt("npm start", () => startServer(root)) : null;
    if (server) {
      try {
        log(`Serving the production build (npm start) at ${server.origin}`);
        const pages = await discoverPages(server.origin);
        if (wanted("weight")) {
          log(`Page weight: ${pages.map((page) => page.path).join(", ")}`);
          pageWeight = await attempt("page weight", () => measurePageWeight(server.origin, pages));
        }
        if (wanted("lighthouse")) {
          // Without the floor, the pages are still measured; their budgets against it are then not.
          const floor = await attempt("floor", () => startFloor(root, log, { keep: values.keep }));
          try {
            lighthouse = await attempt("Lighthouse", () => measureLighthouse(server, pages, floor, pageWeight, quick ? 1 : 5));
          } finally {
            floor?.stop();
          }
        }
      } finally {
        server.stop();
      }
    }
  }

  let scale: ScaleResult[] | null = null;
  if (wanted("scale")) {
    scale = [];
    for (const recaps of quick ? [100] : [100, 1000]) {
      log(`Build at scale: ${recaps} recaps`);
      const result = await attempt(`build at scale (${recaps} recaps)`, () => buildAtScale(root, recaps, log, { keep: values.keep, measure: weighBuild }));
      if (!result) continue;
      log(`  ${result.wallSeconds.toFixed(1)} s wall, ${(result.treePeakBytes / 1e9).toFixed(2)} GB peak (process tree)`);
      scale.push(result);
    }
  }

  let jekyll: JekyllComparison | null = null;
  if (wanted("jekyll")) {
    const found = findJekyll(log);
    if ("notRun" in found) {
      errors.push(`Jekyll comparison: not run: ${found.notRun}`);
      jekyll = found;
    } else {
      const runs: JekyllRun[] = [];
      for (const posts of quick ? [30] : JEKYLL_BUDGET_POSTS) {
        log(`Side by side with Jekyll (${found.version}): ${posts} posts`);
        const result = await attempt(`Jekyll comparison (${posts} posts)`, () => compareWithJekyll(root, posts, log, { keep: values.keep }));
        if (!result) continue;
        log(`  ours ${result.ours.wallSeconds.toFixed(1)} s, Jekyll ${result.jekyll.wallSeconds.toFixed(1)} s: ×${result.ratio.toFixed(2)}`);
        runs.push(result);
      }
      jekyll = { jekyllVersion: found.version, runs };
    }
  }

  const measured = { date, mode: quick ? ("quick" as const) : ("full" as const), machine, siteBuild, pageWeight, lighthouse, scale, jekyll, errors };
  const results: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
  log("");
  log(formatReport(results));
  const dir = path.join(root, "tools", "bench", "results");
  mkdirSync(dir, { recursive: true });
  // Colons are not portable in file names.
  const file = path.join(dir, `${date.replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}${quick ? "-quick" : ""}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nResults: ${path.relative(root, file)}`);
  if (errors.length > 0) {
    console.error(`\n${errors.length} section(s) failed or did not run:\n${errors.join("\n")}`);
    process.exitCode = 1;
  }
}

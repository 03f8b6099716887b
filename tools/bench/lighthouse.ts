/** Lighthouse with its mobile defaults (simulated slow 4G, 4× CPU slowdown), driving Debian's Chromium. */
import os from "node:os";
import lighthouse, { type Result } from "lighthouse";
import { isRecord } from "../../lib/guards";
import { launchChromium } from "./browser";
import { CATEGORIES, type Category } from "./lighthouse-categories";

export type LighthouseRun = {
  /** 1-minute load average as the run started: Lighthouse's TBT multiplies whatever CPU time it observed. */
  loadAverage: number;
  /** Lighthouse's own measure of how fast this CPU was during the run (higher is faster). */
  benchmarkIndex: number;
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number; tti: number };
};

/** What Lighthouse itself says costs time or points: kept with the results to explain a miss. */
export type Diagnostics = {
  lcpElement: string | null;
  lcpPhases: { phase: string; ms: number }[];
  renderBlocking: { url: string; wastedMs: number }[];
  unusedJs: { url: string; totalBytes: number; wastedBytes: number }[];
  scriptBootup: { url: string; scriptingMs: number; parseMs: number }[];
  mainThread: { group: string; ms: number }[];
  totalByteWeight: number;
  /** Audits below full score that count towards a category, or flagged insights and diagnostics. */
  flagged: { category: Category; id: string; title: string; displayValue: string | null; score: number; weight: number }[];
};

export type LighthouseResult = {
  name: string;
  path: string;
  runs: LighthouseRun[];
  /** The median of each figure over the runs (each figure on its own, so one slow run cannot skew another). */
  median: LighthouseRun;
  /** From the run whose performance score is the median one. */
  diagnostics: Diagnostics;
  lighthouseVersion: string;
  /** The page's first-load JS by page-weight.ts's measure, taken in the same section (null: not measured). */
  firstLoadJsBytes: number | null;
};

const MAX_RETRIES = 2;

function numeric(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

function items(lhr: Result, id: string): Record<string, unknown>[] {
  const details = lhr.audits[id]?.details;
  return details && "items" in details && Array.isArray(details.items) ? details.items.filter(isRecord) : [];
}
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const num = (value: unknown): number => (typeof value === "number" ? value : 0);

function toRun(lhr: Result, loadAverage: number): LighthouseRun {
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  return {
    loadAverage,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") },
    metrics: {
      fcp: numeric(lhr, "first-contentful-paint"),
      lcp: numeric(lhr, "largest-contentful-paint"),
      tbt: numeric(lhr, "total-blocking-time"),
      cls: numeric(lhr, "cumulative-layout-shift"),
      speedIndex: numeric(lhr, "speed-index"),
      tti: numeric(lhr, "interactive"),
    },
  };
}

function diagnose(lhr: Result): Diagnostics {
  const lcpItems = items(lhr, "largest-contentful-paint-element");
  // The first table names the element; the second splits LCP into its phases.
  const records = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const node = records(lcpItems[0]?.items)[0]?.node;
  const lcpNode = isRecord(node) ? node : undefined;
  const phases = records(lcpItems[1]?.items);
  const flagged: Diagnostics["flagged"] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual") continue;
      // Metrics are reported on their own. Outside performance (whose insights carry no weight but
      // explain the metrics), an audit that does not count towards the score is noise.
      if (ref.group === "metrics" || (category !== "performance" && ref.weight === 0)) continue;
      flagged.push({ category, id: ref.id, title: audit.title, displayValue: audit.displayValue ?? null, score: audit.score, weight: ref.weight });
    }
  }
  return {
    lcpElement: lcpNode ? `${text(lcpNode.nodeLabel)} ${text(lcpNode.snippet)}`.trim() : null,
    lcpPhases: phases.map((item) => ({ phase: text(item.phase) || text(item.label), ms: num(item.timing) })),
    // The insight and the older audit list the same requests.
    renderBlocking: items(lhr, "render-blocking-insight").map((item) => ({ url: text(item.url), wastedMs: num(item.wastedMs) })),
    unusedJs: items(lhr, "unused-javascript").map((item) => ({ url: text(item.url), totalBytes: num(item.totalBytes), wastedBytes: num(item.wastedBytes) })),
    scriptBootup: items(lhr, "bootup-time").map((item) => ({ url: text(item.url), scriptingMs: num(item.scripting), parseMs: num(item.scriptParseCompile) })),
    mainThread: items(lhr, "mainthread-work-breakdown").map((item) => ({ group: text(item.groupLabel), ms: num(item.duration) })),
    totalByteWeight: numeric(lhr, "total-byte-weight"),
    flagged,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as LighthouseRun["scores"];
  const keys = Object.keys(runs[0]?.metrics ?? {}) as (keyof LighthouseRun["metrics"])[];
  const metrics = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run.metrics[key]))])) as LighthouseRun["metrics"];
  return { loadAverage: median(runs.map((run) => run.loadAverage)), benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)), scores, metrics };
}

export type LighthouseTarget = { name: string; path: string; origin: string };

type Measured = { run: LighthouseRun; diagnostics: Diagnostics; lighthouseVersion: string };

/** One Lighthouse run of a page in a fresh Chromium (no cache, no warm process). */
async function measureOnce(target: LighthouseTarget, label: string, log: (line: string) => void): Promise<Measured> {
  for (let retries = 0; ; retries += 1) {
    const loadAverage = os.loadavg()[0] ?? 0;
    const chromium = await launchChromium();
    try {
      const result = await lighthouse(target.origin + target.path, { port: chromium.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${target.name} ${target.path}`);
      const failure = result.lhr.runtimeError;
      if (failure) {
        // A loaded machine occasionally makes Chromium give up on a load (e.g. CHROME_INTERSTITIAL_ERROR): run it again.
        if (retries >= MAX_RETRIES) throw new Error(`Lighthouse ${target.name}: ${failure.code}: ${failure.message}`);
        log(`  Lighthouse ${target.name}: ${failure.code}; running again`);
        continue;
      }
      const run = toRun(result.lhr, loadAverage);
      log(
        `  Lighthouse ${label}, load average ${loadAverage.toFixed(1)}, benchmark index ${Math.round(run.benchmarkIndex)}: performance ${run.scores.performance}, LCP ${(run.metrics.lcp / 1000).toFixed(2)} s, TBT ${Math.round(run.metrics.tbt)} ms`,
      );
      return { run, diagnostics: diagnose(result.lhr), lighthouseVersion: result.lhr.lighthouseVersion };
    } finally {
      await chromium.close().catch(() => undefined);
    }
  }
}

/**
 * `runs` Lighthouse runs of every target, interleaved: round after round of one run each, starting
 * one target later every round, so a spell of machine load falls on all alike and none always goes first.
 */
export async function runLighthouse(targets: LighthouseTarget[], runs: number, log: (line: string) => void): Promise<LighthouseResult[]> {
  const measured = new Map<LighthouseTarget, Measured[]>(targets.map((target) => [target, []]));
  for (let round = 0; round < runs; round += 1) {
    const shift = round % targets.length;
    for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) {
      measured.get(target)?.push(await measureOnce(target, `${target.name} run ${round + 1}/${runs}`, log));
    }
  }
  return targets.map((target) => {
    const results = measured.get(target) ?? [];
    const sorted = [...results].sort((a, b) => a.run.scores.performance - b.run.scores.performance);
    const middle = sorted[Math.floor(sorted.length / 2)];
    if (!middle) throw new Error(`no Lighthouse runs of ${target.name}`);
    return {
      name: target.name,
      path: target.path,
      runs: results.map((result) => result.run),
      median: medianRun(results.map((result) => result.run)),
      diagnostics: middle.diagnostics,
      lighthouseVersion: middle.lighthouseVersion,
      firstLoadJsBytes: null,
    };
  });
}

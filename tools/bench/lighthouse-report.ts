/**
 * The Lighthouse section of the report (issue #14): home and the recap beside the floor, an empty
 * Next.js page built and measured in the same run (tools/bench/floor-app.ts), their differences from
 * it, and the targets they are held to.
 */
import type { LighthouseResult } from "./lighthouse";
import { CATEGORIES, CATEGORY_LABELS, type Category } from "./lighthouse-categories";
import { type Budget, check, kB, ms, table } from "./report-format";

/** The floor's page as the bench names it in its results. */
export const FLOOR_PAGE = { name: "floor", path: "/" } as const;

/** The pages held to the floor's targets. */
export const COMPARED_PAGES = ["home", "recap"] as const;

export const FLOOR_TARGETS = {
  performance: 99,
  /** LCP, TBT and first-load JS: at most this much above the floor's. */
  lcpMs: 300,
  tbtMs: 30,
  firstLoadJsBytes: 20_000,
} as const;

/** Milliseconds as seconds to the hundredth: the targets are tenths of a second apart. */
export const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

/** A difference with its sign; ± where it shows as zero. */
export function signed(value: number, show: (magnitude: number) => string): string {
  const text = show(Math.abs(value));
  if (Number.parseFloat(text) === 0) return `±${text}`;
  return `${value < 0 ? "-" : "+"}${text}`;
}

export type FloorDelta = {
  scores: Record<Category, number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Null when either page's first-load JS was not measured. */
  firstLoadJsBytes: number | null;
};

/** The page's medians minus the floor's. */
export function deltaFromFloor(floor: LighthouseResult, page: LighthouseResult): FloorDelta {
  const score = (category: Category) => page.median.scores[category] - floor.median.scores[category];
  const metric = (key: "fcp" | "lcp" | "tbt" | "cls") => page.median.metrics[key] - floor.median.metrics[key];
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") },
    fcp: metric("fcp"),
    lcp: metric("lcp"),
    tbt: metric("tbt"),
    cls: metric("cls"),
    firstLoadJsBytes: page.firstLoadJsBytes !== null && floor.firstLoadJsBytes !== null ? page.firstLoadJsBytes - floor.firstLoadJsBytes : null,
  };
}

/** A budget of at most the floor's figure plus `margin`; not measured without the floor. */
function withinFloor(name: string, actual: number | undefined, floor: number | undefined, margin: number, show: (value: number) => string): Budget {
  if (floor === undefined || Number.isNaN(floor)) return check(name, `≤ floor + ${show(margin)}`, undefined, () => false, show);
  const limit = floor + margin;
  return check(name, `≤ ${show(limit)} (floor ${show(floor)} + ${show(margin)})`, actual, (value) => value <= limit, (value) => `${show(value)} (${signed(value - floor, show)} vs the floor)`);
}

export function lighthouseBudgets(lighthouse: LighthouseResult[] | null): Budget[] {
  const find = (name: string) => lighthouse?.find((result) => result.name === name);
  const floor = find(FLOOR_PAGE.name);
  return COMPARED_PAGES.flatMap((name) => {
    const page = find(name);
    const score = (category: Category) => check(`Lighthouse ${name}: ${CATEGORY_LABELS[category]}`, "100", page?.median.scores[category], (value) => value >= 100, String);
    return [
      check(`Lighthouse ${name}: Performance`, `≥ ${FLOOR_TARGETS.performance}`, page?.median.scores.performance, (value) => value >= FLOOR_TARGETS.performance, String),
      withinFloor(`Lighthouse ${name}: LCP`, page?.median.metrics.lcp, floor?.median.metrics.lcp, FLOOR_TARGETS.lcpMs, seconds),
      withinFloor(`Lighthouse ${name}: TBT`, page?.median.metrics.tbt, floor?.median.metrics.tbt, FLOOR_TARGETS.tbtMs, ms),
      check(`Lighthouse ${name}: CLS`, "0", page?.median.metrics.cls, (value) => value === 0, (value) => value.toFixed(3)),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      withinFloor(`${name}: first-load JS`, page?.firstLoadJsBytes ?? undefined, floor?.firstLoadJsBytes ?? undefined, FLOOR_TARGETS.firstLoadJsBytes, kB),
    ];
  });
}

function pageRow({ name, path, median, runs, firstLoadJsBytes }: LighthouseResult): string[] {
  return [
    `${name} ${path}`,
    ...CATEGORIES.map((category) => String(median.scores[category])),
    seconds(median.metrics.fcp),
    seconds(median.metrics.lcp),
    ms(median.metrics.tbt),
    median.metrics.cls.toFixed(3),
    firstLoadJsBytes === null ? "—" : kB(firstLoadJsBytes),
    median.loadAverage.toFixed(1),
    String(Math.round(median.benchmarkIndex)),
    runs.map((run) => `${run.scores.performance}/${(run.metrics.lcp / 1000).toFixed(2)}/${Math.round(run.metrics.tbt)}`).join(", "),
  ];
}

function deltaRow(delta: FloorDelta): string[] {
  return [
    "  vs floor",
    ...CATEGORIES.map((category) => signed(delta.scores[category], String)),
    signed(delta.fcp, seconds),
    signed(delta.lcp, seconds),
    signed(delta.tbt, ms),
    signed(delta.cls, (value) => value.toFixed(3)),
    delta.firstLoadJsBytes === null ? "—" : signed(delta.firstLoadJsBytes, kB),
    "",
    "",
    "",
  ];
}

/** The floor first, then each page with its difference from the floor on the line below. */
export function formatLighthouse(lighthouse: LighthouseResult[]): string[] {
  const floor = lighthouse.find((result) => result.name === FLOOR_PAGE.name);
  const pages = lighthouse.filter((result) => result !== floor);
  const rows = [...(floor ? [pageRow(floor)] : []), ...pages.flatMap((page) => (floor ? [pageRow(page), deltaRow(deltaFromFloor(floor, page))] : [pageRow(page)]))];
  const out = [
    `2. Lighthouse ${lighthouse[0]?.lighthouseVersion ?? ""}, mobile defaults (simulated slow 4G, 4× CPU), median of ${lighthouse[0]?.runs.length ?? 0} run(s) per page,`,
    "   the pages' runs interleaved so machine load falls on all alike; TBT and LCP scale with the CPU time observed, so a busy",
    "   machine (load avg above the CPU count, low CPU index) inflates them",
    table(["page", ...CATEGORIES.map((category) => CATEGORY_LABELS[category]), "FCP", "LCP", "TBT", "CLS", "first-load JS", "load avg", "CPU index", "runs: performance/LCP s/TBT ms"], rows),
    floor
      ? "   floor: an empty Next.js App Router page (one <h1>, one <p>; tools/bench/floor-app.ts) built by the same next and served beside the site; vs floor: the page minus the floor"
      : "   floor: not measured (its build or server failed), so no differences",
    "   first-load JS: JS bodies requested before the load event on the phone-sized Chromium, as in 1.",
  ];
  for (const { name, diagnostics } of lighthouse) {
    out.push(`   ${name}: LCP element ${diagnostics.lcpElement?.split(" <")[0] ?? "unknown"}; LCP phases ${diagnostics.lcpPhases.map((phase) => `${phase.phase} ${ms(phase.ms)}`).join(", ")}`);
    const boot = diagnostics.scriptBootup.filter((script) => script.url.startsWith("http")).slice(0, 3);
    out.push(`   ${name}: script evaluation (4× CPU) ${boot.map((script) => `${script.url.split("/").pop()} ${ms(script.scriptingMs + script.parseMs)}`).join(", ")}`);
    const flagged = diagnostics.flagged.filter((audit) => audit.score < 0.9 || audit.weight > 0);
    if (flagged.length > 0) out.push(`   ${name}: flagged: ${flagged.map((audit) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`).join("; ")}`);
  }
  return out;
}

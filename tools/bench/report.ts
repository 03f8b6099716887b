/** The bench's results: their shape on disk, the budgets they are held to, and the printed tables. */
import { MOBILE } from "./browser";
import type { JekyllComparison } from "./jekyll";
import type { LighthouseResult } from "./lighthouse";
import { formatLighthouse, lighthouseBudgets } from "./lighthouse-report";
import type { Machine } from "./machine";
import type { PageWeight, Phase } from "./page-weight";
import { type Budget, check, GB, kB, MB, ms, s, table } from "./report-format";
import type { ScaleResult } from "./scale";

export type SiteBuild = { recaps: number; wallSeconds: number; maxProcessRssBytes: number | null; treePeakBytes: number };

export type BenchResults = {
  date: string;
  mode: "full" | "quick";
  machine: Machine;
  /** `npm run build` of the project as it is (null when --skip-build reused an existing build). */
  siteBuild: SiteBuild | null;
  pageWeight: PageWeight[] | null;
  lighthouse: LighthouseResult[] | null;
  scale: ScaleResult[] | null;
  /** The side-by-side builds with Jekyll, or why they could not run (no Jekyll). */
  jekyll: JekyllComparison | null;
  /** Sections that failed, with why; their figures are missing. */
  errors: string[];
  budgets: Budget[];
};

/** Everything a visitor downloads without pressing anything: the load, then Next's prefetches. */
export function beforePlay(page: PageWeight): Phase {
  const { initial, afterLoad } = page;
  return {
    requests: initial.requests + afterLoad.requests,
    bytes: initial.bytes + afterLoad.bytes,
    headerBytes: initial.headerBytes + afterLoad.headerBytes,
    byKind: initial.byKind,
    thirdParty: [...initial.thirdParty, ...afterLoad.thirdParty],
  };
}

/** Issue #13: our cold build of the same posts within 5× Jekyll's, at 270 and 1,000 posts. */
export const JEKYLL_MAX_RATIO = 5;
export const JEKYLL_BUDGET_POSTS = [270, 1000] as const;

const withinJekyllTarget = (ratio: number) => ratio <= JEKYLL_MAX_RATIO;

export function judgeAgainstJekyll(oursSeconds: number, jekyllSeconds: number): { ratio: number; withinTarget: boolean } {
  const ratio = oursSeconds / jekyllSeconds;
  return { ratio, withinTarget: withinJekyllTarget(ratio) };
}

/** One budget per size the issue names; a --quick run's size is in the table only. */
export function jekyllBudgets(comparison: JekyllComparison | null): Budget[] {
  const runs = comparison !== null && "runs" in comparison ? comparison.runs : [];
  return JEKYLL_BUDGET_POSTS.map((posts) => {
    const run = runs.find((candidate) => candidate.posts === posts);
    const show = (ratio: number) => `×${ratio.toFixed(2)}${run ? ` (${s(run.ours.wallSeconds)} vs Jekyll ${s(run.jekyll.wallSeconds)})` : ""}`;
    return check(`Build ${posts.toLocaleString("en-GB")} posts, cold: wall time vs Jekyll's`, `≤ ${JEKYLL_MAX_RATIO}×`, run?.ratio, withinJekyllTarget, show);
  });
}

export function evaluateBudgets(results: Omit<BenchResults, "budgets">): Budget[] {
  const budgets: Budget[] = [];
  const weight = (name: string) => results.pageWeight?.find((page) => page.name === name);
  const recap = weight("recap");
  const allThirdParty = results.pageWeight?.reduce((sum, page) => sum + beforePlay(page).thirdParty.length, 0);
  budgets.push(check("Every page: third-party requests before Play", "0", allThirdParty, (n) => n === 0, String));
  budgets.push(check("Recap: first-load JS (gzipped)", "≤ 200 kB", recap?.firstLoadJsBytes, (n) => n <= 200_000, kB));
  budgets.push(check("Recap: everything transferred before Play", "≤ 300 kB", recap ? beforePlay(recap).bytes : undefined, (n) => n <= 300_000, kB));
  // Sharp enough for the phone's pixels, and at most half as wide again (next/image's widths step by about that).
  const poster = recap?.poster;
  budgets.push(
    check(`Recap: poster for a ${MOBILE.viewport.width} px phone at ${MOBILE.deviceScaleFactor}×`, "≥ the pixels it fills, ≤ 1.5× them", poster ? poster.naturalWidth / poster.neededWidth : undefined, (n) => n >= 1 && n <= 1.5, (n) => `${poster?.naturalWidth ?? 0} px wide for ${poster?.neededWidth ?? 0} px (×${n.toFixed(2)})`),
  );
  const lighthouse = (name: string) => results.lighthouse?.find((result) => result.name === name)?.median;
  // The worse of the two that were measured (a --only run may have only one).
  const measuredCls = [recap?.cls, lighthouse("recap")?.metrics.cls].filter((cls): cls is number => cls !== undefined && cls !== null);
  const recapCls = measuredCls.length > 0 ? Math.max(...measuredCls) : undefined;
  budgets.push(check("Recap: CLS (browser and Lighthouse)", "0", recapCls, (n) => n === 0, (n) => n.toFixed(3)));
  budgets.push(...lighthouseBudgets(results.lighthouse));
  const scale = (recaps: number) => results.scale?.find((result) => result.recaps === recaps);
  const small = scale(100);
  const large = scale(1000);
  // The recap budget again on the 1,000-recap build: the page must not get heavier as the archive grows.
  const largeRecap = large?.pageWeight?.find((page) => page.name === "recap");
  budgets.push(check("Recap in a 1,000-recap archive: everything before Play", "≤ 300 kB", largeRecap ? beforePlay(largeRecap).bytes : undefined, (n) => n <= 300_000, kB));
  budgets.push(check("1,000 recaps: largest HTML page (gzipped)", "≤ 100 kB", large?.largestHtml?.gzipBytes, (n) => n <= 100_000, kB));
  budgets.push(check("1,000 recaps: first search download (gzipped)", "≤ 300 kB", large?.firstSearchGzipBytes ?? undefined, (n) => n <= 300_000, kB));
  budgets.push(check("Build 1,000 recaps: wall time", "≤ 60 s", large?.wallSeconds, (n) => n <= 60, s));
  budgets.push(check("Build 1,000 recaps: peak memory (process tree)", "≤ 1.5 GB", large?.treePeakBytes, (n) => n <= 1.5e9, GB));
  const warmShare = large?.warm ? large.warm.wallSeconds / large.wallSeconds : undefined;
  budgets.push(check("1,000 recaps: warm rebuild after one more recap, share of the cold build", "≤ 25 %", warmShare, (n) => n <= 0.25, (n) => `${(n * 100).toFixed(0)} %`));
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a / b : undefined);
  budgets.push(check("Build growth 100 → 1,000: wall time ×", "≤ 10 (linear)", ratio(large?.wallSeconds, small?.wallSeconds), (n) => n <= 10, (n) => `×${n.toFixed(2)}`));
  budgets.push(
    check("Build growth 100 → 1,000: peak memory ×", "≤ 10 (linear)", ratio(large?.treePeakBytes, small?.treePeakBytes), (n) => n <= 10, (n) => `×${n.toFixed(2)}`),
  );
  budgets.push(...jekyllBudgets(results.jekyll));
  return budgets;
}

function hosts(urls: string[]): string {
  return [...new Set(urls.map((url) => new URL(url).hostname))].join(", ") || "none";
}

export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const { machine } = results;
  out.push(
    `Machine: ${machine.cpuModel}, ${machine.cpus} CPUs, ${GB(machine.memoryBytes)} RAM, ${machine.os}; Node ${machine.node}, npm ${machine.npm}, Next ${machine.next}, ${machine.chromium}; load average ${machine.loadAverage.toFixed(2)} at start; commit ${machine.commit}`,
  );
  if (results.siteBuild) {
    const build = results.siteBuild;
    out.push(`Site build (${build.recaps} recaps): ${s(build.wallSeconds)} wall, peak memory ${GB(build.treePeakBytes)} (process tree PSS)`);
  }

  if (results.pageWeight) {
    out.push("", "1. Page weight: first load on a phone-sized Chromium (412×823 @1.75×), compressed bytes on the wire");
    out.push(
      table(
        ["page", "requests", "total", "headers", "HTML", "JS", "CSS", "images", "fonts", "first-load JS", "+ prefetch", "before Play", "3rd-party before Play", "Play adds", "CLS"],
        results.pageWeight.map((page) => {
          const { initial, afterLoad, play } = page;
          return [
            `${page.name} ${page.path}`,
            String(initial.requests),
            kB(initial.bytes),
            kB(initial.headerBytes),
            kB(initial.byKind.html.bytes),
            kB(initial.byKind.js.bytes),
            kB(initial.byKind.css.bytes),
            kB(initial.byKind.image.bytes),
            kB(initial.byKind.font.bytes),
            kB(page.firstLoadJsBytes),
            `${afterLoad.requests} req, ${kB(afterLoad.bytes)}`,
            `${kB(beforePlay(page).bytes)} (${kB(beforePlay(page).bytes - beforePlay(page).headerBytes)} w/o headers)`,
            String(beforePlay(page).thirdParty.length),
            play ? `${play.requests} req (${play.thirdParty.length} to ${hosts(play.thirdParty)}), ${kB(play.bytes)} stub` : "no Play",
            page.cls.toFixed(3),
          ];
        }),
      ),
    );
    out.push(
      "   total/kinds: up to the load event, headers included (headers: their part). + prefetch: Next's link prefetches until the network is idle",
      "   (RSC payloads, route chunks). before Play: both, i.e. everything the visitor downloads without touching anything. first-load JS: bodies only.",
      "   Play: YouTube's embed is stubbed (nothing leaves the machine), so \"Play adds\" counts requests, not YouTube's real weight.",
    );
  }

  if (results.lighthouse) out.push("", ...formatLighthouse(results.lighthouse));

  if (results.scale) {
    out.push("", `3. Build at scale: npm run build (content check + Contentlayer + next build) of synthetic archives; memory: ${machine.memoryMethod}`);
    out.push(
      table(
        ["recaps", "pages", "wall", "per recap", "content step", "compile", "TypeScript", "static pages", "peak memory (tree PSS)", "max RSS (1 process)", ".next", ".next w/o cache"],
        results.scale.map((result) => [
          String(result.recaps),
          String(result.staticPages ?? "?"),
          s(result.wallSeconds),
          ms(result.msPerRecap),
          s(result.phases.content),
          result.phases.compile === null ? "?" : s(result.phases.compile),
          result.phases.typescript === null ? "?" : s(result.phases.typescript),
          result.phases.staticGeneration === null ? "?" : s(result.phases.staticGeneration),
          GB(result.treePeakBytes),
          result.maxProcessRssBytes === null ? "—" : GB(result.maxProcessRssBytes),
          MB(result.nextOutputBytes),
          MB(result.nextOutputBytesWithoutCache),
        ]),
      ),
    );
    for (const result of results.scale) {
      const pages = result.largestOutputs.map((page) => `${page.path} ${kB(page.bytes)} (${kB(page.gzipBytes)} gzipped)`);
      out.push(`   ${result.recaps} recaps, largest prerendered pages: ${pages.join(", ")}`);
      const html = result.largestHtml ? `${result.largestHtml.path} ${kB(result.largestHtml.gzipBytes)} gzipped` : "?";
      out.push(`   ${result.recaps} recaps, largest HTML page: ${html}; first search download: ${result.firstSearchGzipBytes === null ? "?" : kB(result.firstSearchGzipBytes)} gzipped`);
      if (result.warm) out.push(`   ${result.recaps} recaps, warm rebuild with one more recap (keeping .next/cache): ${s(result.warm.wallSeconds)}, peak ${GB(result.warm.treePeakBytes)}`);
    }
    const weighed = results.scale.filter((result) => result.pageWeight);
    if (weighed.length > 0) {
      out.push("", "   Page weight of the built archive (same method as 1.): what a visitor downloads as the archive grows");
      out.push(
        table(
          ["recaps", "page", "first load", "HTML", "+ prefetch", "before Play"],
          weighed.flatMap((result) =>
            (result.pageWeight ?? []).map((page) => [
              String(result.recaps),
              `${page.name} ${page.path}`,
              kB(page.initial.bytes),
              kB(page.initial.byKind.html.bytes),
              `${page.afterLoad.requests} req, ${kB(page.afterLoad.bytes)}`,
              kB(beforePlay(page).bytes),
            ]),
          ),
          2,
        ).replace(/^/gm, "   "),
      );
    }
    const [small, large] = [results.scale.find((r) => r.recaps === 100), results.scale.find((r) => r.recaps === 1000)];
    if (small && large) {
      const x = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
      out.push(
        `   1,000 / 100 (×10 recaps): wall ${x(large.wallSeconds, small.wallSeconds)}, content step ${x(large.phases.content, small.phases.content)}, next build ${x(large.phases.nextBuild, small.phases.nextBuild)}, peak memory ${x(large.treePeakBytes, small.treePeakBytes)}, .next ${x(large.nextOutputBytes, small.nextOutputBytes)}`,
      );
    }
  }

  const { jekyll } = results;
  if (jekyll && "notRun" in jekyll) out.push("", `4. Side by side with Jekyll: not run: ${jekyll.notRun}`);
  else if (jekyll) {
    out.push(
      "",
      `4. Side by side with Jekyll (${jekyll.jekyllVersion}): the same synthetic posts, built cold by \`jekyll build\` (no .jekyll-cache),`,
      "   then imported with npm run import:jekyll and built cold by npm run build (no .next/cache), one after the other",
    );
    const cpu = (seconds: number | null) => (seconds === null ? "—" : s(seconds));
    out.push(
      table(
        ["posts", "Jekyll", "Jekyll pages", "import", "ours", "our pages", "ours / Jekyll", `≤ ${JEKYLL_MAX_RATIO}×`, "CPU Jekyll / ours", "peak memory Jekyll / ours"],
        jekyll.runs.map((run) => [
          String(run.posts),
          s(run.jekyll.wallSeconds),
          String(run.jekyll.pages),
          s(run.importSeconds),
          s(run.ours.wallSeconds),
          String(run.ours.staticPages ?? "?"),
          `×${run.ratio.toFixed(2)}`,
          run.withinTarget ? "yes" : "NO",
          `${cpu(run.jekyll.cpuSeconds)} / ${cpu(run.ours.cpuSeconds)}`,
          `${GB(run.jekyll.treePeakBytes)} / ${GB(run.ours.treePeakBytes)}`,
        ]),
      ),
    );
    out.push("   ours / Jekyll: wall times; the import is timed but part of neither. CPU: user + system (GNU time; — without it).");
  }

  out.push("", "Budgets (targets, not tests)");
  for (const budget of results.budgets) {
    const mark = budget.status === "pass" ? "PASS" : budget.status === "fail" ? "FAIL" : "----";
    out.push(`  ${mark}  ${budget.name}: ${budget.actual} (target ${budget.target})`);
  }
  return out.join("\n");
}

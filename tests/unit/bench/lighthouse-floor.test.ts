import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LighthouseResult, LighthouseRun } from "../../../tools/bench/lighthouse";
import { deltaFromFloor, formatLighthouse, lighthouseBudgets, signed } from "../../../tools/bench/lighthouse-report";
import { kB, ms } from "../../../tools/bench/report-format";

type Figures = { performance: number; seo?: number; fcp: number; lcp: number; tbt: number; cls?: number };

function run({ performance, seo = 100, fcp, lcp, tbt, cls = 0 }: Figures): LighthouseRun {
  return {
    loadAverage: 0.8,
    benchmarkIndex: 1500,
    scores: { performance, accessibility: 100, "best-practices": 100, seo },
    metrics: { fcp, lcp, tbt, cls, speedIndex: fcp, tti: lcp },
  };
}

function result(name: string, path: string, figures: Figures, firstLoadJsBytes: number | null): LighthouseResult {
  return {
    name,
    path,
    runs: [run(figures)],
    median: run(figures),
    diagnostics: { lcpElement: null, lcpPhases: [], renderBlocking: [], unusedJs: [], scriptBootup: [], mainThread: [], totalByteWeight: 0, flagged: [] },
    lighthouseVersion: "12.8.2",
    firstLoadJsBytes,
  };
}

const floor = result("floor", "/", { performance: 100, fcp: 650, lcp: 650, tbt: 100 }, 173_000);
// Home within every target, by a hair; the recap past each.
const home = result("home", "/", { performance: 99, fcp: 760, lcp: 950, tbt: 130 }, 193_000);
const recap = result("recap", "/recaps/cloud-native-london-september-2022", { performance: 96, seo: 92, fcp: 930, lcp: 1990, tbt: 250, cls: 0.02 }, 193_001);

const statuses = (budgets: ReturnType<typeof lighthouseBudgets>) => Object.fromEntries(budgets.map((budget) => [budget.name, budget.status]));

describe("the bench's Lighthouse pages against the floor", () => {
  it("signs a difference, and shows one that rounds to nothing as ±", () => {
    assert.equal(signed(1450, (value) => `${(value / 1000).toFixed(2)} s`), "+1.45 s");
    assert.equal(signed(-3, String), "-3");
    assert.equal(signed(0, String), "±0");
    assert.equal(signed(0.4, ms), "±0 ms");
    assert.equal(signed(-20_000, kB), "-20.0 kB");
  });

  it("subtracts the floor's medians from the page's, and its first-load JS when both were measured", () => {
    assert.deepEqual(deltaFromFloor(floor, recap), {
      scores: { performance: -4, accessibility: 0, "best-practices": 0, seo: -8 },
      fcp: 280,
      lcp: 1340,
      tbt: 150,
      cls: 0.02,
      firstLoadJsBytes: 20_001,
    });
    assert.equal(deltaFromFloor({ ...floor, firstLoadJsBytes: null }, home).firstLoadJsBytes, null);
  });

  it("holds home and the recap to performance ≥ 99, LCP ≤ floor + 0.3 s, TBT ≤ floor + 30 ms, CLS 0, 100 elsewhere and first-load JS ≤ floor + 20 kB", () => {
    const budgets = lighthouseBudgets([floor, home, recap]);
    assert.deepEqual(statuses(budgets), {
      "Lighthouse home: Performance": "pass",
      "Lighthouse home: LCP": "pass",
      "Lighthouse home: TBT": "pass",
      "Lighthouse home: CLS": "pass",
      "Lighthouse home: Accessibility": "pass",
      "Lighthouse home: Best Practices": "pass",
      "Lighthouse home: SEO": "pass",
      "home: first-load JS": "pass",
      "Lighthouse recap: Performance": "fail",
      "Lighthouse recap: LCP": "fail",
      "Lighthouse recap: TBT": "fail",
      "Lighthouse recap: CLS": "fail",
      "Lighthouse recap: Accessibility": "pass",
      "Lighthouse recap: Best Practices": "pass",
      "Lighthouse recap: SEO": "fail",
      "recap: first-load JS": "fail",
    });
    const line = (name: string) => budgets.find((budget) => budget.name === name);
    assert.deepEqual(line("Lighthouse recap: LCP"), { name: "Lighthouse recap: LCP", target: "≤ 0.95 s (floor 0.65 s + 0.30 s)", actual: "1.99 s (+1.34 s vs the floor)", status: "fail" });
    assert.deepEqual(line("Lighthouse home: TBT"), { name: "Lighthouse home: TBT", target: "≤ 130 ms (floor 100 ms + 30 ms)", actual: "130 ms (+30 ms vs the floor)", status: "pass" });
    assert.deepEqual(line("home: first-load JS"), { name: "home: first-load JS", target: "≤ 193.0 kB (floor 173.0 kB + 20.0 kB)", actual: "193.0 kB (+20.0 kB vs the floor)", status: "pass" });
  });

  it("leaves the budgets against the floor not measured without it, and every budget without Lighthouse", () => {
    const withoutFloor = lighthouseBudgets([home, recap]);
    assert.equal(statuses(withoutFloor)["Lighthouse home: Performance"], "pass");
    for (const name of ["Lighthouse home: LCP", "Lighthouse home: TBT", "home: first-load JS"]) {
      assert.equal(statuses(withoutFloor)[name], "not measured", name);
    }
    assert.equal(withoutFloor.find((budget) => budget.name === "Lighthouse home: LCP")?.target, "≤ floor + 0.30 s");
    assert.equal(statuses(lighthouseBudgets([floor, { ...home, firstLoadJsBytes: null }, recap]))["home: first-load JS"], "not measured");
    assert.ok(lighthouseBudgets(null).every((budget) => budget.status === "not measured"));
    assert.equal(lighthouseBudgets(null).length, 16);
  });

  it("prints the floor first, then each page with its difference from the floor on the line below", () => {
    const lines = formatLighthouse([home, floor, recap]).join("\n").split("\n");
    const rows = lines.filter((line) => /^(floor|home|recap|  vs floor) /.test(line));
    assert.deepEqual(
      rows.map((row) => row.split(/\s{2,}/)),
      [
        ["floor /", "100", "100", "100", "100", "0.65 s", "0.65 s", "100 ms", "0.000", "173.0 kB", "0.8", "1500", "100/0.65/100"],
        ["home /", "99", "100", "100", "100", "0.76 s", "0.95 s", "130 ms", "0.000", "193.0 kB", "0.8", "1500", "99/0.95/130"],
        ["", "vs floor", "-1", "±0", "±0", "±0", "+0.11 s", "+0.30 s", "+30 ms", "±0.000", "+20.0 kB"],
        ["recap /recaps/cloud-native-london-september-2022", "96", "100", "100", "92", "0.93 s", "1.99 s", "250 ms", "0.020", "193.0 kB", "0.8", "1500", "96/1.99/250"],
        ["", "vs floor", "-4", "±0", "±0", "-8", "+0.28 s", "+1.34 s", "+150 ms", "+0.020", "+20.0 kB"],
      ],
    );
    assert.match(lines[0] ?? "", /^2\. Lighthouse 12\.8\.2, mobile defaults .*median of 1 run\(s\) per page/);
    assert.ok(lines.some((line) => line.includes("floor: an empty Next.js App Router page")));
  });

  it("prints the pages without differences, and says so, when the floor is missing", () => {
    const lines = formatLighthouse([home, recap]).join("\n").split("\n");
    assert.ok(!lines.some((line) => line.startsWith("  vs floor")));
    assert.ok(lines.some((line) => line.includes("floor: not measured")));
  });
});

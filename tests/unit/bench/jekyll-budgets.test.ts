import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { JekyllComparison, JekyllRun } from "../../../tools/bench/jekyll";
import type { Machine } from "../../../tools/bench/machine";
import { type BenchResults, evaluateBudgets, formatReport, jekyllBudgets, judgeAgainstJekyll } from "../../../tools/bench/report";
import type { ScaleResult } from "../../../tools/bench/scale";

const machine: Machine = {
  cpuModel: "Test CPU",
  cpus: 2,
  memoryBytes: 8e9,
  os: "Debian GNU/Linux 12 (bookworm)",
  node: "v20.20.2",
  npm: "11.19.1",
  next: "16.4.5",
  chromium: "Chromium 156",
  loadAverage: 0.5,
  memoryMethod: "sampled",
  commit: "abc1234",
};

function ours(posts: number, wallSeconds: number): ScaleResult {
  return {
    recaps: posts,
    staticPages: posts * 5,
    wallSeconds,
    cpuSeconds: null,
    msPerRecap: (wallSeconds * 1000) / posts,
    phases: { content: 3, compile: 7, typescript: 6, staticGeneration: wallSeconds - 20, nextBuild: wallSeconds - 3 },
    maxProcessRssBytes: null,
    treePeakBytes: 1.2e9,
    nextOutputBytes: 2e8,
    nextOutputBytesWithoutCache: 1e8,
    cssBytes: 30_000,
    largestOutputs: [],
    largestHtml: null,
    firstSearchGzipBytes: null,
    warm: null,
    pageWeight: null,
  };
}

function run(posts: number, jekyllSeconds: number, oursSeconds: number): JekyllRun {
  return {
    posts,
    jekyll: { wallSeconds: jekyllSeconds, cpuSeconds: jekyllSeconds, treePeakBytes: 1e8, pages: posts + 1 },
    importSeconds: 4,
    ours: ours(posts, oursSeconds),
    ...judgeAgainstJekyll(oursSeconds, jekyllSeconds),
  };
}

function report(jekyll: JekyllComparison | null): string {
  const measured = { date: "2026-12-02T00:00:00.000Z", mode: "full" as const, machine, siteBuild: null, pageWeight: null, lighthouse: null, scale: null, jekyll, errors: [] };
  const results: BenchResults = { ...measured, budgets: evaluateBudgets(measured) };
  return formatReport(results);
}

describe("the bench's comparison with Jekyll", () => {
  it("divides our wall time by Jekyll's; 5× is within the target, anything more is not", () => {
    assert.deepEqual(judgeAgainstJekyll(50, 10), { ratio: 5, withinTarget: true });
    assert.deepEqual(judgeAgainstJekyll(24, 12), { ratio: 2, withinTarget: true });
    assert.equal(judgeAgainstJekyll(50.1, 10).withinTarget, false);
  });

  it("holds 270 and 1,000 posts to the target, with both wall times", () => {
    const budgets = jekyllBudgets({ jekyllVersion: "jekyll 4.3.1", runs: [run(270, 10, 40), run(1000, 20, 130)] });
    assert.deepEqual(budgets, [
      { name: "Build 270 posts, cold: wall time vs Jekyll's", target: "≤ 5×", actual: "×4.00 (40.0 s vs Jekyll 10.0 s)", status: "pass" },
      { name: "Build 1,000 posts, cold: wall time vs Jekyll's", target: "≤ 5×", actual: "×6.50 (130.0 s vs Jekyll 20.0 s)", status: "fail" },
    ]);
  });

  it("leaves both budgets not measured when the section did not run, ran only the quick size, or a size failed", () => {
    const statuses = (comparison: JekyllComparison | null) => jekyllBudgets(comparison).map((budget) => budget.status);
    assert.deepEqual(statuses(null), ["not measured", "not measured"]);
    assert.deepEqual(statuses({ notRun: "jekyll is not installed" }), ["not measured", "not measured"]);
    assert.deepEqual(statuses({ jekyllVersion: "jekyll 4.3.1", runs: [run(30, 2, 30)] }), ["not measured", "not measured"]);
    assert.deepEqual(statuses({ jekyllVersion: "jekyll 4.3.1", runs: [run(1000, 20, 90)] }), ["not measured", "pass"]);
  });

  it("prints both wall times, the ratio and the verdict of every size, and the budget lines", () => {
    const text = report({ jekyllVersion: "jekyll 4.3.1", runs: [run(30, 2, 30)] });
    assert.match(text, /4\. Side by side with Jekyll \(jekyll 4\.3\.1\)/);
    const row = text.split("\n").find((line) => line.startsWith("30 "));
    assert.ok(row, text);
    assert.match(row, /^30\s+2\.0 s\s+31\s+4\.0 s\s+30\.0 s\s+150\s+×15\.00\s+NO\s/);
    assert.match(text, /---- {2}Build 270 posts, cold: wall time vs Jekyll's: — \(target ≤ 5×\)/);
    assert.match(report({ jekyllVersion: "jekyll 4.3.1", runs: [run(270, 10, 40)] }), /PASS {2}Build 270 posts, cold: wall time vs Jekyll's: ×4\.00/);
  });

  it("says why when it did not run, and prints no section when it was not asked for", () => {
    assert.match(report({ notRun: "jekyll is not installed and apt-get failed: no network" }), /4\. Side by side with Jekyll: not run: jekyll is not installed and apt-get failed: no network/);
    assert.doesNotMatch(report(null), /Side by side with Jekyll/);
  });
});

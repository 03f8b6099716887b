import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readRecap } from "../../../lib/content/read-recap";

const FILE = "content/recaps/2019-03-20-cloud-native-london-march-2019.md";
const FRONT_MATTER = ['---', 'title: "Cloud Native London March 2019"', "---", ""].join("\n");

function timedRead(body: string) {
  const started = performance.now();
  const reading = readRecap(FILE, `${FRONT_MATTER}\n${body}`, { publicDir: "public" });
  return { reading, seconds: (performance.now() - started) / 1000 };
}

describe("Markdown made to exhaust the parser", () => {
  for (const [what, body, line, pattern] of [
    ["quotes nested 10,000 deep", `Intro.\n\n${"> ".repeat(10_000)}x`, 7, /nested 10000 deep/],
    ["a list nested 5,000 deep on one line", `${"- ".repeat(5_000)}x`, 5, /nested 5000 deep/],
    ["a list nested by indentation", Array.from({ length: 200 }, (_, depth) => `${"  ".repeat(depth)}- x`).join("\n"), 56, /indented 102 columns/],
    ["a wall of * and _", "*a_".repeat(10_000), 5, /more than 1500 '\*' and '_' marks/],
    ["a paragraph of 30,000 brackets", "[".repeat(30_000), 5, /longer than 12,000 characters/],
  ] as const) {
    it(`refuses ${what} at its line, at once`, () => {
      const { reading, seconds } = timedRead(body);
      assert.equal(reading.recap, null);
      const problem = reading.problems.find((found) => pattern.test(found.message));
      assert.equal(problem?.line, line, JSON.stringify(reading.problems));
      // Parsing these takes the parser minutes, or overflows its stack.
      assert.ok(seconds < 2, `${seconds} s`);
    });
  }

  it("still reads a long recap of ordinary prose", () => {
    const paragraph = "Ana Ruiz from Kestrel Labs talked about *Things Nobody Told Us* (starting at 3:00), with a few **bold** words.";
    const { reading } = timedRead(Array.from({ length: 400 }, () => paragraph).join("\n\n"));
    assert.ok(!reading.problems.some((problem) => /nested|marks/.test(problem.message)));
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { readRecap } from "../../../lib/content/read-recap";

const FILE = "content/recaps/2019-03-20-cloud-native-london-march-2019.md";

// Pieces an organiser (or an attacker) writes, so random recaps look like recaps often enough to reach
// the deep parts of the reader, and unlike them often enough to break it.
const fragment = fc.oneof(
  fc.constantFrom(
    "First up, Ana Ruiz from Kestrel talked about Edge Caching (starting at 3:10).",
    "**Speakers**",
    "- Priya Natarajan, Quillon",
    "### Talk 2: Title — Name, Company — [2:47](https://youtu.be/Kq3ZtW9xLm2?t=167)",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<style>body{display:none}</style>",
    "![Marta Kowalczyk](/images/none.jpeg)",
    "> > > quoted",
    "*a_",
    "[",
    "(starting at 99:99:99)",
    "\u0000\u0001\u202e",
    "Iâ€™ll",
    "Zoë Lefèvre and Mikołaj Nowak (Helio AG) on \"Secrets as [rotated] config\"",
    "\n\n",
    "---",
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // What hangs or overflows a Markdown parser: the same mark thousands of times.
  fc.tuple(fc.constantFrom("*a_", "> ", "- ", "[", "**", "  "), fc.integer({ min: 500, max: 6_000 })).map(([mark, times]) => mark.repeat(times)),
);
const body = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(" "));
const yamlValue = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('"unclosed', "[a, b", "{x: 1}", "https://youtu.be/Kq3ZtW9xLm2", "/../../etc", "- a\n  - b", "2019-02-30", "null", "&a *a"));
const frontMatter = fc.dictionary(fc.constantFrom("title", "video", "image", "description", "talks", "redirect_from", "slides", "tags", "date", "permalink", "zzz"), yamlValue, { maxKeys: 8 });
const recap = fc.tuple(frontMatter, body, fc.boolean()).map(([fields, text, fenced]) => {
  const yaml = Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join("\n");
  return fenced ? `---\n${yaml}\n---\n${text}` : `${yaml}\n${text}`;
});

function assertReadable(content: string): void {
  const started = performance.now();
  const { recap: read, problems } = readRecap(FILE, content, { publicDir: "public" });
  const seconds = (performance.now() - started) / 1000;
  // Generous, so a loaded CI machine never fails it; an unbounded parse takes minutes.
  assert.ok(seconds < 10, `took ${seconds} s`);
  const lines = content.split("\n").length;
  for (const problem of problems) {
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines + 1, `line ${problem.line} of ${lines}: ${problem.message}`);
    assert.doesNotMatch(problem.message, /could not be read/, "the reader threw");
  }
  assert.ok(read !== null || problems.some((problem) => problem.severity === "error"), "no recap, yet no error says why");
}

describe("the content reader on random input", () => {
  it("ends every recap in a recap or in problems at real lines, never in an exception", () => {
    fc.assert(fc.property(recap, assertReadable), { numRuns: 150, seed: 20261201 });
  });

  it("reads 100 kB of random recap in a few seconds", () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 2000, maxLength: 2500 }), (parts) => assertReadable(`---\ntitle: "Cloud Native London March 2019"\n---\n${parts.join(" ").slice(0, 100_000)}`)),
      { numRuns: 3, seed: 20261201 },
    );
  });
});

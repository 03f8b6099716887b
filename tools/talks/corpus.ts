import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseTimestamp } from "../../lib/timestamps";
import type { Talk } from "../../lib/content";

/** A talk as a person labelled it by hand, in a recap's `.expected.json` sidecar. */
const expectedTalkSchema = z.object({
  speakers: z.array(z.string()),
  company: z.string().nullable(),
  title: z.string().nullable(),
  start: z.string().nullable(),
  /** Only for a talk with its own recording: that video's id. */
  video: z.string().optional(),
});
export type ExpectedTalk = z.infer<typeof expectedTalkSchema>;

export function readExpected(recapFile: string): ExpectedTalk[] {
  const sidecar = recapFile.replace(/\.(?:md|markdown)$/u, ".expected.json");
  return z.object({ talks: z.array(expectedTalkSchema) }).parse(JSON.parse(readFileSync(sidecar, "utf8"))).talks;
}

export const SCORED_FIELDS = ["speakers", "company", "title", "start"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export function fieldsRight(expected: ExpectedTalk, found: Talk): Record<ScoredField, boolean> {
  return {
    speakers: JSON.stringify(found.speakers) === JSON.stringify(expected.speakers),
    company: found.company === expected.company,
    title: found.title === expected.title,
    start: sameStart(expected, found) && (expected.video === undefined || expected.video === found.videoId),
  };
}

// A talk in a recording of its own plays it from the beginning: labellers write that "0:00" or leave it out.
function sameStart(expected: ExpectedTalk, found: Talk): boolean {
  const want = expected.start === null ? null : parseTimestamp(expected.start);
  if (expected.video !== undefined) return (want ?? 0) === (found.start ?? 0);
  return want === found.start;
}

/**
 * Pairs expected and found talks in order (a longest common subsequence over talks that share a
 * start, a speaker's first name or a title), so one missed talk does not shift every later one.
 */
export function alignTalks(expected: readonly ExpectedTalk[], found: readonly Talk[]): [ExpectedTalk | null, Talk | null][] {
  const likeness = (want: ExpectedTalk, got: Talk) => {
    const firstName = (name: string) => name.split(" ")[0] ?? "";
    let score = 0;
    if (want.start !== null && parseTimestamp(want.start) === got.start) score += 2;
    if (want.speakers.some((name) => got.speakers.some((other) => firstName(other) === firstName(name)))) score += 2;
    if (want.title && got.title && (want.title.includes(got.title) || got.title.includes(want.title))) score += 2;
    return score;
  };
  const best: number[][] = Array.from({ length: expected.length + 1 }, () => new Array<number>(found.length + 1).fill(0));
  const at = (i: number, j: number) => best[i]?.[j] ?? 0;
  for (let i = expected.length - 1; i >= 0; i -= 1) {
    for (let j = found.length - 1; j >= 0; j -= 1) {
      const want = expected[i];
      const got = found[j];
      const score = want && got ? likeness(want, got) : 0;
      const row = best[i];
      if (row) row[j] = Math.max(at(i + 1, j), at(i, j + 1), score > 0 ? score + at(i + 1, j + 1) : 0);
    }
  }
  const pairs: [ExpectedTalk | null, Talk | null][] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < found.length) {
    const want = expected[i] ?? null;
    const got = found[j] ?? null;
    if (want && got) {
      const score = likeness(want, got);
      if (score > 0 && at(i, j) === score + at(i + 1, j + 1)) {
        pairs.push([want, got]);
        i += 1;
        j += 1;
      } else if (at(i, j) === at(i + 1, j)) {
        pairs.push([want, null]);
        i += 1;
      } else {
        pairs.push([null, got]);
        j += 1;
      }
    } else if (want) {
      pairs.push([want, null]);
      i += 1;
    } else {
      pairs.push([null, got]);
      j += 1;
    }
  }
  return pairs;
}

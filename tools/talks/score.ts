import { alignTalks, fieldsRight, readExpected, SCORED_FIELDS, type ScoredField } from "./corpus";
import { readTalksIn } from "./read-talks";

export type CorpusScore = {
  recaps: number;
  expected: number;
  found: number;
  matched: number;
  right: Record<ScoredField, number>;
  /** One line per talk the reader got wrong, for `--verbose`. */
  misses: string[];
};

/** The talk reader against a hand-labelled corpus: each recap beside its `.expected.json`. */
export function scoreCorpus(dir: string): CorpusScore {
  const score: CorpusScore = { recaps: 0, expected: 0, found: 0, matched: 0, right: { speakers: 0, company: 0, title: 0, start: 0 }, misses: [] };
  for (const { file, talks } of readTalksIn(dir)) {
    const expected = readExpected(file);
    score.recaps += 1;
    score.expected += expected.length;
    score.found += talks.length;
    for (const [want, got] of alignTalks(expected, talks)) {
      if (!want || !got) {
        score.misses.push(`${file}: ${want ? `missed ${JSON.stringify(want)}` : `extra talk at line ${got?.line}: ${JSON.stringify(got?.speakers)} ${JSON.stringify(got?.title)}`}`);
        continue;
      }
      score.matched += 1;
      const right = fieldsRight(want, got);
      for (const field of SCORED_FIELDS) if (right[field]) score.right[field] += 1;
      const wrong = SCORED_FIELDS.filter((field) => !right[field]);
      if (wrong.length > 0) score.misses.push(`${file}:${got.line}: ${wrong.join(", ")}: read ${JSON.stringify({ speakers: got.speakers, company: got.company, title: got.title })}, expected ${JSON.stringify(want)}`);
    }
  }
  return score;
}

/** Share of the expected talks with `field` right (recall), and of the talks found (precision). */
export function fieldRates(score: CorpusScore, field: ScoredField | "talks"): { recall: number; precision: number } {
  const right = field === "talks" ? score.matched : score.right[field];
  return { recall: score.expected === 0 ? 1 : right / score.expected, precision: score.found === 0 ? 1 : right / score.found };
}

import { parseArgs } from "node:util";
import { SCORED_FIELDS } from "../tools/talks/corpus";
import { fieldRates, scoreCorpus } from "../tools/talks/score";

// `npm run talks:score [-- DIR] [--verbose]`: precision and recall of the talk reader per field.
const { values, positionals } = parseArgs({ options: { verbose: { type: "boolean", default: false } }, allowPositionals: true });
const dir = positionals[0] ?? "tests/fixtures/talk-corpus";
const score = scoreCorpus(dir);
if (values.verbose) console.log(score.misses.join("\n"), "\n");
const percent = (rate: number) => `${(100 * rate).toFixed(1)} %`.padStart(8);
console.log(`${dir}: ${score.recaps} recaps, ${score.expected} talks expected, ${score.found} found`);
console.log(`${"field".padEnd(9)}${"recall".padStart(8)}${"precision".padStart(11)}`);
for (const field of ["talks", ...SCORED_FIELDS] as const) {
  const { recall, precision } = fieldRates(score, field);
  console.log(`${field.padEnd(9)}${percent(recall)}   ${percent(precision)}`);
}

/** `npm run check:content [DIR]`: every problem in the recaps as FILE:LINE, non-zero exit on errors. */
import { existsSync } from "node:fs";
import path from "node:path";
import { checkRecapDirectory } from "../lib/content-check";
import { formatProblem } from "../lib/content-problem";

const dir = process.argv[2] ?? "content/recaps";
if (!existsSync(dir)) {
  console.error(`${dir}: no such folder; give the folder that holds the recaps, e.g. npm run check:content content/recaps`);
  process.exit(2);
}

const { recaps, problems, fileCount } = checkRecapDirectory(path.relative(process.cwd(), path.resolve(dir)) || ".", "public");
for (const problem of problems) console.error(formatProblem(problem));

const errors = problems.filter((problem) => problem.severity === "error").length;
const warnings = problems.length - errors;
const summary = `${fileCount} recap file(s) checked: ${recaps.length} OK, ${errors} error(s), ${warnings} warning(s).`;
if (errors > 0) {
  console.error(`\n${summary} Fix the errors above, then run npm run check:content again.`);
  process.exit(1);
}
console.log(summary);

/** `npm run check:content [DIR]`: every problem in the recaps as FILE:LINE, non-zero exit on errors. */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkRecapDirectory, reportContentCheck } from "../lib/content/check";

const dir = parseArgs({ allowPositionals: true, options: {} }).positionals[0] ?? "content/recaps";
if (!existsSync(dir)) {
  console.error(`${dir}: no such folder; give the folder that holds the recaps, e.g. npm run check:content content/recaps`);
  process.exit(2);
}

const check = checkRecapDirectory(path.relative(process.cwd(), path.resolve(dir)) || ".", "public");
if (reportContentCheck(check, "run npm run check:content again") > 0) process.exit(1);

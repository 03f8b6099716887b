/** `npm run import:jekyll -- <jekyll-site> [--dry-run] [--force]`: the old archive into content/ and public/. */
import path from "node:path";
import { parseArgs } from "node:util";
import { applyImportPlan, formatImportReport } from "../tools/jekyll-import/apply";
import { planJekyllImport } from "../tools/jekyll-import/plan";

const USAGE = "usage: npm run import:jekyll -- <path-to-jekyll-site> [--dry-run] [--force]";

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean", default: false }, force: { type: "boolean", default: false } } });
  } catch {
    return null;
  }
}

const args = readArgs();
const [site, ...extra] = args?.positionals ?? [];
if (!args || site === undefined || extra.length > 0) {
  console.error(USAGE);
  process.exit(2);
}

const projectDir = process.cwd();
const plan = planJekyllImport(path.resolve(site), { projectDir });
if (plan.fatal) {
  console.error(plan.fatal);
  process.exitCode = 1;
} else {
  const outcome = applyImportPlan(plan, { projectDir, dryRun: args.values["dry-run"], force: args.values.force });
  const lines: string[] = [];
  if (outcome.dryRun) {
    for (const { write, status } of outcome.results) {
      if (status === "written" || status === "overwritten") lines.push(`would ${write.kind === "copy" ? "copy" : "write"} ${write.target}${status === "overwritten" ? " (overwriting it)" : ""}`);
    }
  }
  lines.push(...formatImportReport(plan, outcome));
  // One write, and exitCode rather than exit(): a long report must reach a pipe whole.
  process.stdout.write(`${lines.join("\n")}\n`);
  // Non-zero only when the archive could not be read or written: content problems are listed above.
  if (plan.unreadable.length > 0 || outcome.results.some((result) => result.status === "failed")) process.exitCode = 1;
}

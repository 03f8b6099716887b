/** `npm run import:jekyll -- <jekyll-site> [--dry-run] [--force]`: the old archive into content/ and public/. */
import path from "node:path";
import { planJekyllImport } from "../lib/jekyll-import";
import { applyImportPlan, formatImportReport } from "../lib/jekyll-import-apply";

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const [site, ...extra] = args.filter((arg) => !arg.startsWith("--"));
const unknown = [...flags].filter((flag) => flag !== "--dry-run" && flag !== "--force");

if (site === undefined || extra.length > 0 || unknown.length > 0) {
  console.error("usage: npm run import:jekyll -- <path-to-jekyll-site> [--dry-run] [--force]");
  process.exit(2);
}

const projectDir = process.cwd();
const plan = planJekyllImport(path.resolve(site), { projectDir });
if (plan.fatal) {
  console.error(plan.fatal);
  process.exitCode = 1;
} else {
  const outcome = applyImportPlan(plan, { projectDir, dryRun: flags.has("--dry-run"), force: flags.has("--force") });
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

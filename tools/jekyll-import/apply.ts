import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../../lib/content/problems";
import { formatRepair } from "./plan";
import type { ImportPlan, PlannedWrite } from "./types";

/** Applies an import plan to a project: never overwrites a different file unless forced. */

export type ApplyOptions = { projectDir: string; dryRun: boolean; force: boolean };

export type WriteStatus = "written" | "overwritten" | "unchanged" | "refused" | "failed";

export type ApplyOutcome = {
  results: { write: PlannedWrite; status: WriteStatus; error?: string }[];
  /** `FILE: what` lines for the files that need a human: refused or failed. */
  problems: string[];
  dryRun: boolean;
};

export function applyImportPlan(plan: ImportPlan, options: ApplyOptions): ApplyOutcome {
  const outcome: ApplyOutcome = { results: [], problems: [], dryRun: options.dryRun };
  for (const write of plan.writes) {
    const file = path.join(options.projectDir, write.target);
    let status: WriteStatus;
    try {
      const planned = write.kind === "write" ? Buffer.from(write.content) : readFileSync(write.from);
      const exists = existsSync(file);
      if (exists && readFileSync(file).equals(planned)) status = "unchanged";
      else if (exists && !options.force) status = "refused";
      else {
        status = exists ? "overwritten" : "written";
        if (!options.dryRun) {
          mkdirSync(path.dirname(file), { recursive: true });
          if (write.kind === "write") writeFileSync(file, planned);
          else copyFileSync(write.from, file);
        }
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome.results.push({ write, status: "failed", error: reason });
      outcome.problems.push(`${write.target}: could not be written (${reason})`);
      continue;
    }
    outcome.results.push({ write, status });
    if (status === "refused") outcome.problems.push(`${write.target}: exists; use --force to overwrite`);
  }
  return outcome;
}

/** The report the command prints: repairs, problems, what was written, and the summary line. */
export function formatImportReport(plan: ImportPlan, outcome: ApplyOutcome): string[] {
  const lines: string[] = [];
  if (plan.repairs.length > 0) lines.push("Repairs made:", ...plan.repairs.map(formatRepair), "");

  const problems = [...plan.problems.map(formatProblem), ...outcome.problems];
  if (problems.length > 0) lines.push("Problems that need a human:", ...problems, "");
  if (plan.droppedFields.length > 0) {
    lines.push(`Front-matter fields this site does not use, left out: ${plan.droppedFields.map(({ field, posts }) => `${field} (${posts} post${posts === 1 ? "" : "s"})`).join(", ")}`);
  }

  const verb = outcome.dryRun ? "would be " : "";
  const count = (status: WriteStatus) => outcome.results.filter((result) => result.status === status).length;
  const changes = [
    `${count("written")} file(s) ${verb}written`,
    `${count("overwritten")} ${verb}overwritten`,
    `${count("unchanged")} unchanged`,
    `${count("refused")} refused`,
  ];
  if (count("failed") > 0) changes.push(`${count("failed")} failed`);
  lines.push(`${outcome.dryRun ? "Dry run, nothing written: " : ""}${changes.join(", ")}.`);

  const imported = (write: PlannedWrite) => outcome.results.some((result) => result.write === write && result.status !== "refused" && result.status !== "failed");
  const posts = plan.posts.filter((post) => plan.writes.some((write) => write.target === post.target && imported(write)));
  const copies = plan.writes.filter((write) => write.kind === "copy" && imported(write));
  const images = copies.filter((write) => write.kind === "copy" && write.image).length;
  const others = copies.length - images;
  if (others > 0) lines.push(`Also copied ${others} other file(s) the posts link to (slides, documents).`);
  const drafts = posts.filter((post) => post.draft).length;
  // The talk reader's doubts, so the organiser knows which few talks to check (npm run talks -- --doubtful).
  const talks = posts.flatMap((post) => post.talks);
  const doubtful = talks.filter((talk) => talk.doubts.length > 0).length;
  lines.push(`Read ${talks.length} talks; ${doubtful} doubtful${doubtful > 0 ? ": npm run talks -- --doubtful lists them with the reason" : ""}.`);
  lines.push(
    `${outcome.dryRun ? "Would import" : "Imported"} ${posts.length} posts (${drafts} drafts) and ${images} images; ${plan.repairs.length} repairs; ${problems.length} problems need a human (listed above).`,
  );
  return lines;
}

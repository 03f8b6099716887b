import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ContentProblem, type FileProblem, formatProblem, inFile } from "./problems";
import { findLikelyDuplicateNames } from "./library";
import type { Recap } from "./model";
import { readRecap } from "./read-recap";

export type ContentCheck = { recaps: Recap[]; problems: FileProblem[]; fileCount: number };

/** One file as lib/content/read-recap.ts read it: `recap` is null when the file has errors. */
export type CheckedFile = { file: string; recap: Recap | null; problems: readonly ContentProblem[] };

const RECAP_EXTENSIONS = /\.(md|markdown)$/i;

/** Reads every recap in `dir` through the same boundary as the build, plus checks across files. */
export function checkRecapDirectory(dir: string, publicDir: string): ContentCheck {
  return checkAcrossFiles(listRecapFiles(dir).map((file) => readRecapFile(file, publicDir)));
}

export function readRecapFile(file: string, publicDir: string): CheckedFile {
  const { recap, problems } = readRecap(file, readFileSync(file, "utf8"), { publicDir });
  return { file, recap, problems };
}

/** Collects each file's problems and adds what only shows across files: one slug used twice, names spelled two ways. */
export function checkAcrossFiles(files: readonly CheckedFile[]): ContentCheck {
  const recaps: Recap[] = [];
  const problems: FileProblem[] = [];
  const firstFileOfSlug = new Map<string, string>();

  for (const { file, recap, problems: fileProblems } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    problems.push(...inFile(file, fileProblems));
    if (!recap) continue;
    const earlier = firstFileOfSlug.get(recap.slug);
    if (earlier) {
      problems.push({
        file,
        line: 1,
        severity: "error",
        message: `the slug '${recap.slug}' is already used by ${earlier}: both would be /recaps/${recap.slug}; rename one file`,
      });
      continue;
    }
    firstFileOfSlug.set(recap.slug, file);
    recaps.push(recap);
  }
  problems.push(...findLikelyDuplicateNames(recaps));
  return { recaps, problems, fileCount: files.length };
}

/** Prints every problem as FILE:LINE and a summary ending in `next`, what to do once fixed; returns how many errors there were. */
export function reportContentCheck({ recaps, problems, fileCount }: ContentCheck, next: string): number {
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const summary = `${fileCount} recap file(s) checked: ${recaps.length} OK, ${errors} error(s), ${problems.length - errors} warning(s).`;
  if (errors > 0) console.error(`\n${summary} Fix the errors above, then ${next}.`);
  else console.log(summary);
  return errors;
}

/** Every recap file under `dir`, sorted: the files the site is built from. */
export function listRecapFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && RECAP_EXTENSIONS.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

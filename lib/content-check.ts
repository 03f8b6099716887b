import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type FileProblem, inFile } from "./content-problem";
import { findLikelyDuplicateNames } from "./library";
import type { Recap } from "./recap";
import { readRecap } from "./read-recap";

export type ContentCheck = { recaps: Recap[]; problems: FileProblem[]; fileCount: number };

const RECAP_EXTENSIONS = /\.(md|markdown)$/i;

/** Reads every recap in `dir` through the same boundary as the build, plus checks across files. */
export function checkRecapDirectory(dir: string, publicDir: string): ContentCheck {
  const files = listRecapFiles(dir);
  const recaps: Recap[] = [];
  const problems: FileProblem[] = [];
  const firstFileOfSlug = new Map<string, string>();

  for (const file of files) {
    const { recap, problems: fileProblems } = readRecap(file, readFileSync(file, "utf8"), { publicDir });
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

function listRecapFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && RECAP_EXTENSIONS.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ContentProblem, type FileProblem, formatProblem, inFile } from "./problems";
import { findLikelyDuplicateNames } from "./library";
import type { Recap } from "./model";
import { readRecap } from "./read-recap";
import { addressKey } from "./redirect-addresses";
import { siteAddressOwners } from "./site-addresses";
import { findActiveSvgs } from "./svg";
import { visibleText } from "../control-characters";
import { siteConfig } from "../site-config";

export type ContentCheck = { recaps: Recap[]; problems: FileProblem[]; fileCount: number };

/** One file as lib/content/read-recap.ts read it: `recap` is null when the file has errors. */
export type CheckedFile = { file: string; recap: Recap | null; problems: readonly ContentProblem[] };

const RECAP_EXTENSIONS = /\.(md|markdown)$/i;

/** Reads every recap in `dir` through the same boundary as the build, plus checks across files. */
export function checkRecapDirectory(dir: string, publicDir: string): ContentCheck {
  return checkAcrossFiles(listRecapFiles(dir).map((file) => readRecapFile(file, publicDir)), { publicDir });
}

export function readRecapFile(file: string, publicDir: string): CheckedFile {
  const { recap, problems } = readRecap(file, readFileSync(file), { publicDir });
  return { file, recap, problems };
}

export type AcrossFilesOptions = {
  /** The routes a redirect_from must not take over are read from here. */
  appDir?: string;
  publicDir?: string;
  shortLinks?: Readonly<Record<string, string>>;
  /** Site paths of files about to be copied into publicDir (by the importer), owned as if they were there. */
  comingToPublic?: readonly string[];
};

/**
 * Collects each file's problems and adds what only shows across files: one slug used twice, names
 * spelled two ways, a redirect_from that takes over a page, a file or another recap's address.
 */
export function checkAcrossFiles(files: readonly CheckedFile[], options: AcrossFilesOptions = {}): ContentCheck {
  const accepted: { file: string; recap: Recap }[] = [];
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
    accepted.push({ file, recap });
  }
  problems.push(...findLikelyDuplicateNames(recaps));
  problems.push(...findRedirectsOverOwnedAddresses(accepted, options));
  problems.push(...findActiveSvgs(options.publicDir ?? "public"));
  return { recaps, problems, fileCount: files.length };
}

/** A redirect_from address that must not redirect, and why: `reason` says what it would do, `fix` what to change. */
export type RedirectTakeover = { file: string; line: number; address: string; reason: string; fix: string };

/**
 * Under `next start` a redirect answers before any page, and in the static export its page is a file
 * in out/: a redirect_from that a page, a file, a short link or another recap owns would replace it.
 * Earlier files win an address two of them claim; the importer lists the project's own recaps first.
 */
export function findRedirectTakeovers(accepted: readonly { file: string; recap: Recap }[], options: AcrossFilesOptions): RedirectTakeover[] {
  const owners = siteAddressOwners({
    appDir: options.appDir ?? "app",
    publicDir: options.publicDir ?? "public",
    shortLinks: options.shortLinks ?? siteConfig.shortLinks,
    recaps: accepted,
    comingToPublic: options.comingToPublic,
  });
  const takeovers: RedirectTakeover[] = [];
  const claimed = new Map<string, { file: string; line: number }>();
  for (const { file, recap } of accepted) {
    for (const [index, address] of recap.redirectFrom.entries()) {
      const line = recap.redirectFromLines[index] ?? 1;
      const key = addressKey(address);
      const owner = owners.ownerOf(address);
      const earlier = claimed.get(key);
      const takeover = (reason: string, fix: string) => takeovers.push({ file, line, address, reason, fix });
      if (key === addressKey(recap.url)) takeover("is this recap's own address, so the page would redirect to itself", "remove it");
      else if (owner && owner.recapFile !== file) takeover(`${owner.beneath ? "lies under" : "is"} ${owner.owner}: a redirect there would take it over`, "remove this address");
      else if (earlier && earlier.file !== file) takeover(`is already redirected by ${earlier.file}:${earlier.line}: one old address can lead to one recap only`, "remove it from one of them");
      else if (!earlier) claimed.set(key, { file, line });
    }
  }
  return takeovers;
}

function findRedirectsOverOwnedAddresses(accepted: readonly { file: string; recap: Recap }[], options: AcrossFilesOptions): FileProblem[] {
  return findRedirectTakeovers(accepted, options).map(({ file, line, address, reason, fix }) => ({
    file,
    line,
    severity: "error",
    message: `the redirect_from address '${visibleText(address)}' ${reason}; ${fix}`,
  }));
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

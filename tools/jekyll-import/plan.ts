import { readFileSync } from "node:fs";
import path from "node:path";
import { findLikelyDuplicateNames } from "../../lib/content/library";
import { activeSvgContent, activeSvgMessage } from "../../lib/content/svg";
import type { Recap } from "../../lib/content/model";
import { compareText, isDirectory, SiteFiles } from "./files";
import { type ConvertContext, convertPost } from "./post";
import { assignSlugs, readConfig, readPosts, slugByName } from "./site";
import { IMAGE_EXTENSION, type ImportPlan, type ImportRepair, type PlannedWrite, type PlanOptions, PUBLIC_DIR, RECAPS_DIR } from "./types";

/**
 * Plans the import of a Jekyll site's `_posts/` into this site's format: reads everything, writes
 * nothing. The result lists each file to write or copy (paths relative to the project), every
 * repair made and every problem left for a human, with the source post's FILE:LINE.
 */
export function planJekyllImport(site: string, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { site, posts: [], writes: [], repairs: [], problems: [], fatal: null, unreadable: [], droppedFields: [] };
  const postsDir = path.join(site, "_posts");
  if (!isDirectory(postsDir)) {
    plan.fatal = `${postsDir}: no such folder: give the Jekyll site's folder, the one that holds _posts/ and _config.yml`;
    return plan;
  }

  const config = readConfig(site, plan);
  const files = new SiteFiles(site);
  const sources = readPosts(site, postsDir, plan);
  const slugs = assignSlugs(sources, path.join(options.projectDir, RECAPS_DIR), plan);
  const dropped = new Map<string, number>();
  const copies = new Map<string, PlannedWrite>();
  const recaps: Recap[] = [];
  const context: ConvertContext = { config, files, slugs: slugByName(sources, slugs), dropped };

  for (const post of sources) {
    const slug = slugs.get(post.source);
    if (slug === undefined) continue;
    const converted = convertPost(post, slug, context);
    plan.repairs.push(...converted.repairs);
    plan.problems.push(...converted.problems);
    if (!converted.planned) continue;
    plan.posts.push(converted.planned.post);
    plan.writes.push({ kind: "write", target: converted.planned.post.target, content: converted.planned.content });
    for (const file of converted.planned.files) {
      const target = `${PUBLIC_DIR}${file}`;
      if (copies.has(target)) continue;
      const refused = refusedCopy(files, file);
      if (refused) plan.problems.push({ file: file.slice(1), line: refused.line, severity: "error", message: refused.message });
      else copies.set(target, { kind: "copy", target, from: path.join(site, file), image: IMAGE_EXTENSION.test(file) });
    }
    recaps.push(converted.planned.recap);
  }
  plan.writes.push(...[...copies.values()].sort((a, b) => compareText(a.target, b.target)));
  plan.problems.push(...findLikelyDuplicateNames(recaps));
  // Read in file order, line by line: stable, so notes on one line keep the order they were made.
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => compareText(a.file, b.file) || a.line - b.line;
  plan.repairs.sort(byPlace);
  plan.problems.sort(byPlace);
  plan.droppedFields = [...dropped].map(([field, posts]) => ({ field, posts })).sort((a, b) => b.posts - a.posts || compareText(a.field, b.field));
  return plan;
}

/** A file the site links to that must not be copied: a link out of the site, or an SVG that runs script. */
function refusedCopy(files: SiteFiles, sitePath: string): { line: number; message: string } | null {
  const outside = files.outsideTarget(sitePath);
  if (outside !== null) return { line: 1, message: `not copied: this is a link to ${outside}, outside the Jekyll site; copy the file itself into the site if it belongs there` };
  if (!/\.svg$/iu.test(sitePath)) return null;
  const active = activeSvgContent(readFileSync(path.join(files.root, sitePath), "utf8"));
  return active ? { line: active.line, message: `not copied: ${activeSvgMessage(active.found)}` } : null;
}

/** `FILE:LINE: message` for a repair, like a problem's. */
export function formatRepair(repair: ImportRepair): string {
  return `${repair.file}:${repair.line}: ${repair.message}`;
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { findRedirectTakeovers, listRecapFiles, readRecapFile, type RedirectTakeover } from "../../lib/content/check";
import { findLikelyDuplicateNames } from "../../lib/content/library";
import { activeSvgContent, activeSvgMessage } from "../../lib/content/svg";
import type { Recap } from "../../lib/content/model";
import { visibleText } from "../../lib/control-characters";
import { siteConfig } from "../../lib/site-config";
import { compareText, isDirectory, SiteFiles } from "./files";
import { type Converted, type ConvertContext, convertPost } from "./post";
import { assignSlugs, readConfig, readPosts, slugByName, type SourcePost } from "./site";
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
  const context: ConvertContext = { config, files, slugs: slugByName(sources, slugs) };
  const converted = new Map<SourcePost, Converted>();
  for (const post of sources) {
    const slug = slugs.get(post.source);
    if (slug !== undefined) converted.set(post, convertPost(post, slug, context));
  }

  // The build refuses an old address that would take over a page, a file or another recap's address:
  // such an address is left out, said at its line, so the post still builds.
  for (const [post, leftOut] of takeovers(converted, options.projectDir)) {
    const slug = slugs.get(post.source);
    if (slug === undefined) continue;
    const again = convertPost(post, slug, context, new Set(leftOut.map((takeover) => takeover.address)));
    again.problems.push(...leftOut.map(({ line, address, reason }) => ({ file: post.source, line, severity: "warning" as const, message: `left out: the old address '${visibleText(address)}' ${reason}; it does not redirect here` })));
    converted.set(post, again);
  }

  const dropped = new Map<string, number>();
  const copies = new Map<string, PlannedWrite>();
  const recaps: Recap[] = [];
  for (const result of converted.values()) {
    plan.repairs.push(...result.repairs);
    plan.problems.push(...result.problems);
    for (const field of result.dropped) dropped.set(field, (dropped.get(field) ?? 0) + 1);
    if (!result.planned) continue;
    plan.posts.push(result.planned.post);
    plan.writes.push({ kind: "write", target: result.planned.post.target, content: result.planned.content });
    for (const file of result.planned.files) {
      const target = `${PUBLIC_DIR}${file}`;
      if (copies.has(target)) continue;
      const refused = refusedCopy(files, file);
      if (refused) plan.problems.push({ file: file.slice(1), line: refused.line, severity: "error", message: refused.message });
      else copies.set(target, { kind: "copy", target, from: path.join(site, file), image: IMAGE_EXTENSION.test(file) });
    }
    recaps.push(result.planned.recap);
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

/**
 * The old addresses of each post that the build's check across files would refuse, with the project's
 * own recaps, app/ routes, public/ files (and the ones this import copies) and short links as owners.
 * The project's recaps are listed first, so an address one of them redirects stays theirs.
 */
function takeovers(converted: ReadonlyMap<SourcePost, Converted>, projectDir: string): Map<SourcePost, RedirectTakeover[]> {
  const planned = [...converted].flatMap(([post, result]) => (result.planned ? [{ post, planned: result.planned }] : []));
  const targets = new Set(planned.map(({ planned: { post } }) => path.join(projectDir, post.target)));
  const recapsDir = path.join(projectDir, RECAPS_DIR);
  const publicDir = path.join(projectDir, PUBLIC_DIR);
  const existing = (isDirectory(recapsDir) ? listRecapFiles(recapsDir) : [])
    .filter((file) => !targets.has(file))
    .flatMap((file) => {
      const { recap } = readRecapFile(file, publicDir);
      // Named as the build names it, relative to the project.
      return recap ? [{ file: path.relative(projectDir, file).split(path.sep).join("/"), recap }] : [];
    });
  const incoming = planned.map(({ post, planned: { recap, redirects } }) => ({
    file: post.source,
    recap: { ...recap, redirectFrom: redirects.map((redirect) => redirect.address), redirectFromLines: redirects.map((redirect) => redirect.line) },
  }));
  const bySource = new Map(planned.map(({ post }) => [post.source, post]));
  const found = findRedirectTakeovers([...existing, ...incoming], {
    appDir: path.join(projectDir, "app"),
    publicDir,
    shortLinks: siteConfig.shortLinks,
    comingToPublic: planned.flatMap(({ planned: { files } }) => files),
  });
  const byPost = new Map<SourcePost, RedirectTakeover[]>();
  for (const takeover of found) {
    const post = bySource.get(takeover.file);
    if (post) byPost.set(post, [...(byPost.get(post) ?? []), takeover]);
  }
  return byPost;
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

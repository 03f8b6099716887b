import { type Dirent, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { isRealDate, parseRecapFileName } from "../../lib/content/file-name";
import { parseRecapSource, type ParsedRecapSource } from "../../lib/content/front-matter";
import { markdownTooComplex } from "../../lib/content/markdown-limits";
import { findNotUtf8, type NotUtf8 } from "../../lib/content/encoding";
import { decodeWindows1252 } from "../../lib/content/mojibake";
import { controlCharacterLines, controlCharacterMessage } from "../../lib/control-characters";
import { isRecord, scalarText } from "../../lib/guards";
import { slugify } from "../../lib/slug";
import { errorCode, hostOf, listFileNames } from "./files";
import { jekyllPostUrl, permalinkTemplate } from "./permalink";
import { type ImportPlan, type ImportRepair, RECAPS_DIR } from "./types";

/** The Jekyll site as the import reads it: _config.yml, and the posts with the slugs they get here. */

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/i;
const OTHER_POST_NAME = /^\d{4}-\d{2}-\d{2}-.+\.(html?|textile|txt|liquid)$/i;

export type JekyllConfig = {
  data: Record<string, unknown>;
  /** The posts' permalink template and the _config.yml line that set it. */
  permalink: { template: string; line: number };
  baseurl: string;
  /** Hosts the site was served from: absolute links to them are links to this site. */
  hosts: ReadonlySet<string>;
  defaults: { path: string; type: string | null; values: Record<string, unknown> }[];
};

export function readConfig(site: string, plan: ImportPlan): JekyllConfig {
  const file = ["_config.yml", "_config.yaml"].find((name) => existsSync(path.join(site, name)));
  const empty: JekyllConfig = { data: {}, permalink: { template: permalinkTemplate(null), line: 1 }, baseurl: "", hosts: new Set(), defaults: [] };
  if (!file) return empty;
  let raw: string;
  try {
    raw = readFileSync(path.join(site, file), "utf8");
  } catch (error) {
    plan.unreadable.push(file);
    plan.problems.push({ file, line: 1, severity: "error", message: `could not be read (${errorCode(error)}): old addresses assume Jekyll's pretty permalinks; fix the file's permissions and run the import again` });
    return empty;
  }
  const document = parseDocument(raw);
  const data = document.errors.length === 0 ? document.toJS() : null;
  if (!isRecord(data)) {
    const message = document.errors[0]?.message.split("\n")[0] ?? "it is not a list of settings";
    plan.problems.push({ file, line: 1, severity: "warning", message: `is not valid YAML (${message}): old addresses assume Jekyll's pretty permalinks; fix it and run the import again` });
    return empty;
  }
  const lineOf = (key: string) => raw.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`)) + 1 || 1;
  const collections = isRecord(data.collections) ? data.collections : {};
  const postsCollection = isRecord(collections.posts) ? collections.posts : {};
  const setting = scalarText(postsCollection.permalink) ?? scalarText(data.permalink);
  const hosts = new Set<string>();
  for (const url of [data.url, isRecord(data.github) ? data.github.url : undefined]) {
    const host = hostOf(scalarText(url) ?? "");
    if (host) hosts.add(host).add(host.startsWith("www.") ? host.slice(4) : `www.${host}`);
  }
  const defaults = (Array.isArray(data.defaults) ? data.defaults : []).flatMap((entry: unknown) => {
    if (!isRecord(entry) || !isRecord(entry.values)) return [];
    const scope = isRecord(entry.scope) ? entry.scope : {};
    return [{ path: scalarText(scope.path) ?? "", type: scalarText(scope.type), values: entry.values }];
  });
  const permalink = { template: permalinkTemplate(setting), line: lineOf(postsCollection.permalink !== undefined ? "collections" : "permalink") };
  const trial = jekyllPostUrl(permalink.template, { date: "2019-03-06", slug: "post", categories: [], relativePath: "_posts/2019-03-06-post.md" });
  if ("error" in trial) {
    plan.problems.push({ file, line: permalink.line, severity: "warning", message: `${trial.error}: old addresses assume Jekyll's pretty permalinks; check the setting` });
    permalink.template = permalinkTemplate(null);
  }
  return {
    data,
    permalink,
    baseurl: scalarText(data.baseurl) ?? "",
    hosts,
    defaults,
  };
}

export type SourcePost = {
  source: string;
  fileName: string;
  date: string;
  /** The file name's slug as written. */
  nameSlug: string;
  parsed: ParsedRecapSource;
  /** Repairs made while reading (an encoding). */
  readRepairs: ImportRepair[];
};

export function readPosts(site: string, postsDir: string, plan: ImportPlan): SourcePost[] {
  const posts: SourcePost[] = [];
  let files: string[];
  try {
    const entries = readdirSync(postsDir, { recursive: true, withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
    const relative = (entry: Dirent) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    // A link is never followed: it may lead out of the site. Said, not skipped in silence.
    for (const entry of entries.filter((found) => found.isSymbolicLink())) {
      plan.problems.push({ file: relative(entry), line: 1, severity: "error", message: "not imported: this is a symbolic link, which the import never follows; replace it with the file itself" });
    }
    files = entries
      .filter((entry) => entry.isFile())
      .map(relative)
      .sort();
  } catch (error) {
    plan.fatal = `${postsDir}: could not be read (${errorCode(error)})`;
    return posts;
  }

  for (const source of files) {
    const fileName = path.posix.basename(source);
    const named = POST_NAME.exec(fileName);
    const skip = (message: string, line = 1) => plan.problems.push({ file: source, line, severity: "error", message });
    if (!named) {
      if (OTHER_POST_NAME.test(fileName)) skip("not imported: only Markdown posts (.md, .markdown) can be imported; convert this post to Markdown and run the import again");
      else if (/\.(md|markdown)$/i.test(fileName)) skip("not imported: the file name does not start with a date (YYYY-MM-DD-title.md), so the old site did not publish it either; rename it if it is a post");
      continue;
    }
    const [, date = "", nameSlug = ""] = named;
    if (!isRealDate(date)) {
      skip(`not imported: '${date}' in the file name is not a real day; fix the file name`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(site, source));
    } catch (error) {
      plan.unreadable.push(source);
      skip(`could not be read (${errorCode(error)}): fix the file's permissions and run the import again`);
      continue;
    }
    const readRepairs: ImportRepair[] = [];
    const raw = decodeText(bytes, ({ line, meant }) =>
      readRepairs.push({ file: source, line, message: `the file was not saved as UTF-8, from this line on: read it as Windows-1252 (which covers Latin-1) and wrote it as UTF-8, so '${meant}' reads as meant` }),
    );
    // Escaped by the YAML the import writes, a control character would reach the page unseen: said here, at its column.
    const controls = controlCharacterLines(raw);
    if (controls.length > 0) {
      for (const found of controls) skip(`not imported: ${controlCharacterMessage(found)}; then run the import again`, found.line);
      continue;
    }
    const parsed = parseRecapSource(raw);
    if (parsed.problems.length > 0) {
      for (const problem of parsed.problems) {
        plan.problems.push({ file: source, line: problem.line, severity: "error", message: `not imported: ${problem.message}; then run the import again` });
      }
      continue;
    }
    // Before any parser sees the body: 10,000 '> ' overflow its stack, 30 KB of '*a_' take a minute.
    const tooComplex = markdownTooComplex(parsed.body);
    if (tooComplex) {
      plan.problems.push({ file: source, line: tooComplex.line + parsed.bodyStartLine - 1, severity: "error", message: `not imported: ${tooComplex.message}; then run the import again` });
      continue;
    }
    posts.push({ source, fileName, date, nameSlug, parsed, readRepairs });
  }
  return posts;
}

// Two posts may share a slug on different days (their Jekyll URLs differed); here it must be unique.
export function assignSlugs(posts: readonly SourcePost[], recapsDir: string, plan: ImportPlan): Map<string, string> {
  const owners = new Map<string, string>();
  for (const fileName of listFileNames(recapsDir)) {
    const named = parseRecapFileName(fileName);
    if (named) owners.set(named.slug, fileName);
  }
  const slugs = new Map<string, string>();
  for (const post of posts) {
    const wanted = parseRecapFileName(post.fileName)?.slug ?? (slugify(post.nameSlug) || "post");
    if (wanted !== post.nameSlug.toLowerCase()) {
      plan.repairs.push({ file: post.source, line: 1, message: `the file name's '${post.nameSlug}' is not a valid address here: imported as /recaps/${wanted}` });
    }
    const candidates = [wanted, `${wanted}-${post.date.slice(0, 4)}`, `${wanted}-${post.date}`];
    for (let n = 2; candidates.length < 10; n++) candidates.push(`${wanted}-${post.date}-${n}`);
    const slug = candidates.find((candidate) => {
      const owner = owners.get(candidate);
      return owner === undefined || owner === `${post.date}-${candidate}.md`;
    });
    if (slug === undefined) {
      plan.problems.push({ file: post.source, line: 1, severity: "error", message: `not imported: the slug '${wanted}' is used by too many other recaps; rename the file` });
      continue;
    }
    if (slug !== wanted) {
      plan.repairs.push({ file: post.source, line: 1, message: `the slug '${wanted}' is already used by ${RECAPS_DIR}/${owners.get(wanted) ?? ""}: imported as /recaps/${slug}; its old address redirects there` });
    }
    owners.set(slug, `${post.date}-${slug}.md`);
    slugs.set(post.source, slug);
  }
  return slugs;
}

export function slugByName(posts: readonly SourcePost[], slugs: ReadonlyMap<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const post of posts) {
    const slug = slugs.get(post.source);
    if (slug !== undefined) byName.set(post.fileName.replace(/\.(md|markdown)$/i, ""), slug);
  }
  return byName;
}

/** A post's text; one not saved as UTF-8 is read as Windows-1252 (which Latin-1 is part of), and `onFallback` hears where and why. */
export function decodeText(bytes: Buffer, onFallback: (found: NotUtf8) => void): string {
  const found = findNotUtf8(bytes);
  if (!found) return bytes.toString("utf8");
  onFallback(found);
  return decodeWindows1252(bytes);
}

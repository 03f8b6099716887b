import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { parseDocument, stringify } from "yaml";
import type { ContentProblem, FileProblem } from "./content/problems";
import { parseRecapSource, type ParsedRecapSource, type YamlPath } from "./content/front-matter";
import { jekyllPostUrl, permalinkTemplate, type JekyllPost } from "./jekyll-permalink";
import { prettyPermalink } from "./publish/redirects";
import { keepLineBreaks, type LiquidContext, repairLiquid } from "./jekyll-liquid";
import { findLikelyDuplicateNames } from "./content/library";
import { decodeWindows1252, findMojibakeWords, repairMojibake } from "./content/mojibake";
import { sameNameOtherExtension } from "./content/images";
import type { Recap } from "./content/model";
import { escapeMarkup } from "./publish/escape-markup";
import { parseMarkdown } from "./content/markdown-ast";
import { readRecap } from "./content/read-recap";
import { isRealDate, parseRecapFileName } from "./content/file-name";
import { KNOWN_FIELDS } from "./content/schema";
import { slugify } from "./slug";
import { normaliseYouTubeUrl, type YouTubeVideo, youTubeWatchUrl } from "./youtube";

/**
 * Plans the import of a Jekyll site's `_posts/` into this site's format: reads everything, writes
 * nothing. The result lists each file to write or copy (paths relative to the project), every
 * repair made and every problem left for a human, with the source post's FILE:LINE.
 */

export const RECAPS_DIR = "content/recaps";
export const PUBLIC_DIR = "public";

export type ImportRepair = { file: string; line: number; message: string };

export type PlannedWrite =
  | { kind: "write"; target: string; content: string }
  | { kind: "copy"; target: string; from: string; image: boolean };

export type PlannedTalk = { speakers: string[]; company: string | null; title: string | null; start: number | null };

export type PlannedPost = {
  /** The post inside the Jekyll site, e.g. `_posts/2019-03-06-hello.md`. */
  source: string;
  /** The recap file inside the project, e.g. `content/recaps/2019-03-06-hello.md`. */
  target: string;
  slug: string;
  url: string;
  title: string;
  date: string;
  draft: boolean;
  /** Where the old site published it. */
  oldUrl: string | null;
  redirectFrom: string[];
  videoId: string | null;
  /** Site paths of the photos the page shows. */
  photos: string[];
  talks: PlannedTalk[];
};

export type ImportPlan = {
  site: string;
  posts: PlannedPost[];
  writes: PlannedWrite[];
  repairs: ImportRepair[];
  problems: FileProblem[];
  /** Why nothing could be imported (no `_posts/`), else null. */
  fatal: string | null;
  /** Files that exist but could not be read: the import is incomplete. */
  unreadable: string[];
  /** Jekyll-only front-matter fields left out, with how many posts had each. */
  droppedFields: { field: string; posts: number }[];
};

export type PlanOptions = { projectDir: string };

const POST_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(md|markdown)$/i;
const OTHER_POST_NAME = /^\d{4}-\d{2}-\d{2}-.+\.(html?|textile|txt|liquid)$/i;
const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif|svg)$/i;
// Jekyll pages and templates: linking to them is not linking to a file to copy.
const PAGE_EXTENSION = /\.(md|markdown|html?|liquid|xml|ya?ml|scss|sass|json)$/i;
const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set(["permalink", "slug", "categories", "category", "tag", "imported"]);

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
      if (!copies.has(target)) copies.set(target, { kind: "copy", target, from: path.join(site, file), image: IMAGE_EXTENSION.test(file) });
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

/** `FILE:LINE: message` for a repair, like a problem's. */
export function formatRepair(repair: ImportRepair): string {
  return `${repair.file}:${repair.line}: ${repair.message}`;
}

// ---------------------------------------------------------------------------------------------
// The site: _config.yml, the posts, its files
// ---------------------------------------------------------------------------------------------

type JekyllConfig = {
  data: Record<string, unknown>;
  /** The posts' permalink template and the _config.yml line that set it. */
  permalink: { template: string; line: number };
  baseurl: string;
  /** Hosts the site was served from: absolute links to them are links to this site. */
  hosts: ReadonlySet<string>;
  defaults: { path: string; type: string | null; values: Record<string, unknown> }[];
};

function readConfig(site: string, plan: ImportPlan): JekyllConfig {
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

type SourcePost = {
  source: string;
  fileName: string;
  date: string;
  /** The file name's slug as written. */
  nameSlug: string;
  parsed: ParsedRecapSource;
  /** Repairs made while reading (an encoding). */
  readRepairs: ImportRepair[];
};

function readPosts(site: string, postsDir: string, plan: ImportPlan): SourcePost[] {
  const posts: SourcePost[] = [];
  let files: string[];
  try {
    files = readdirSync(postsDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .sort();
  } catch (error) {
    plan.fatal = `${postsDir}: could not be read (${errorCode(error)})`;
    return posts;
  }

  for (const source of files) {
    const fileName = path.posix.basename(source);
    const named = POST_NAME.exec(fileName);
    const skip = (message: string) => plan.problems.push({ file: source, line: 1, severity: "error", message });
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
    const raw = decodeText(bytes, () => readRepairs.push({ file: source, line: 1, message: "the file was not saved as UTF-8: read it as Windows-1252 and wrote it as UTF-8" }));
    const parsed = parseRecapSource(raw);
    if (parsed.problems.length > 0) {
      for (const problem of parsed.problems) {
        plan.problems.push({ file: source, line: problem.line, severity: "error", message: `not imported: ${problem.message}; then run the import again` });
      }
      continue;
    }
    posts.push({ source, fileName, date, nameSlug, parsed, readRepairs });
  }
  return posts;
}

// Two posts may share a slug on different days (their Jekyll URLs differed); here it must be unique.
function assignSlugs(posts: readonly SourcePost[], recapsDir: string, plan: ImportPlan): Map<string, string> {
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

function slugByName(posts: readonly SourcePost[], slugs: ReadonlyMap<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const post of posts) {
    const slug = slugs.get(post.source);
    if (slug !== undefined) byName.set(post.fileName.replace(/\.(md|markdown)$/i, ""), slug);
  }
  return byName;
}

/** Existence checks against the site's files, cached: a thousand posts share a few folders. */
class SiteFiles {
  private readonly cache = new Map<string, boolean>();
  private readonly others = new Map<string, string | null>();
  constructor(readonly root: string) {}

  /** The decoded site path (`/images/a b.jpg`) when it names a file inside the site, else null. */
  sitePath(src: string): string | null {
    const clean = safeDecode((src.split(/[?#]/)[0] ?? "").replace(/^\/+/, "/"));
    if (!clean.startsWith("/")) return null;
    const file = path.join(this.root, clean);
    if (!file.startsWith(this.root + path.sep)) return null;
    return clean;
  }

  isFile(sitePath: string): boolean {
    let known = this.cache.get(sitePath);
    if (known === undefined) {
      try {
        known = statSync(path.join(this.root, sitePath)).isFile();
      } catch {
        known = false;
      }
      this.cache.set(sitePath, known);
    }
    return known;
  }

  /** The one file named like `sitePath` with another extension (`.jpeg` for `.jpg`), if any. */
  otherExtension(sitePath: string): string | null {
    let other = this.others.get(sitePath);
    if (other === undefined) {
      const found = sameNameOtherExtension(path.join(this.root, sitePath));
      other = found === null ? null : path.basename(found);
      this.others.set(sitePath, other);
    }
    return other;
  }
}

// ---------------------------------------------------------------------------------------------
// One post
// ---------------------------------------------------------------------------------------------

type ConvertContext = {
  config: JekyllConfig;
  files: SiteFiles;
  /** Jekyll file name without extension → imported slug, for `{% post_url %}`. */
  slugs: ReadonlyMap<string, string>;
  dropped: Map<string, number>;
};

type Converted = {
  repairs: ImportRepair[];
  problems: FileProblem[];
  planned: { post: PlannedPost; content: string; files: string[]; recap: Recap } | null;
};

function convertPost(post: SourcePost, slug: string, context: ConvertContext): Converted {
  const conversion = new PostConversion(post, slug, context);
  const planned = conversion.run();
  return { repairs: conversion.repairs, problems: conversion.problems, planned };
}

/** One post into this site's format: front matter, body, old addresses, then the site's own check. */
class PostConversion {
  readonly repairs: ImportRepair[];
  readonly problems: FileProblem[] = [];
  private readonly source: string;
  private readonly data: Record<string, unknown>;
  private readonly files = new Set<string>();
  private readonly images: ImageResolver;
  private readonly liquid: LiquidContext;
  private readonly out: Record<string, unknown> = {};
  private readonly redirects: string[] = [];
  /** The page's video: from `video:`, else the first player embedded in the body. */
  private video: YouTubeVideo | null = null;
  /** `video:` names something that is not YouTube: kept for the content check, never replaced. */
  private foreignVideo = false;
  /** What `video:` becomes, written in the field's place. */
  private videoField: string | null = null;
  private jekyllDate: string;
  private time: JekyllPost["time"] = null;

  constructor(
    private readonly post: SourcePost,
    private readonly slug: string,
    private readonly context: ConvertContext,
  ) {
    this.source = post.source;
    this.repairs = [...post.readRepairs];
    this.data = withDefaults(post.parsed.data, post.source, context.config.defaults);
    this.images = new ImageResolver(context, this.files);
    this.jekyllDate = post.date;
    this.liquid = {
      site: context.config.data,
      page: this.data,
      postUrl: (name) => this.postUrl(name.trim()),
      linkUrl: (link) => this.linkUrl(link.trim()),
      embedVideo: (video) => this.embed(video),
    };
  }

  run(): Converted["planned"] {
    this.readVideo();
    let tagsDone = false;
    for (const [key, value] of Object.entries(this.data)) {
      const isTagField = key === "tags" || key === "tag" || key === "categories" || key === "category";
      if (isTagField && tagsDone) continue;
      tagsDone ||= isTagField;
      this.readField(key, value);
    }
    this.titleIfMissing();

    const { parsed } = this.post;
    const body = convertBody(parsed.body, {
      liquid: this.liquid,
      images: this.images,
      embed: (video) => this.embed(video),
      repair: (bodyLine, message) => this.repair(bodyLine + parsed.bodyStartLine - 1, message),
      problem: (bodyLine, message) => this.problem(bodyLine + parsed.bodyStartLine - 1, message),
    });
    if (this.out.video === undefined && this.video !== null) this.out.video = youTubeWatchUrl(this.video.videoId, this.video.start);

    const oldUrl = this.oldAddress();
    const redirectFrom = [...new Set(this.redirects)];
    if (redirectFrom.length > 0) this.out.redirect_from = redirectFrom;
    this.out.imported = true;
    const content = `---\n${stringify(this.out, { lineWidth: 0 })}---\n${body}`;
    return this.check(content, oldUrl, redirectFrom);
  }

  private repair(line: number, message: string): void {
    this.repairs.push({ file: this.source, line, message });
  }

  private problem(line: number, message: string, severity: ContentProblem["severity"] = "warning"): void {
    this.problems.push({ file: this.source, line, severity, message });
  }

  private lineOf(at: YamlPath): number {
    return this.post.parsed.lineOf(at);
  }

  // The video first: the body's embedded players depend on it.
  private readVideo(): void {
    const value = this.data.video;
    if (value === undefined || value === null) return;
    const line = this.lineOf(["video"]);
    const written = this.repairValue(value, ["video"]);
    if (typeof written !== "string" || written.trim() === "") {
      this.problem(line, "'video' is not a URL: the video was left out; write it as video: https://www.youtube.com/watch?v=<id>");
      return;
    }
    const found = normaliseYouTubeUrl(written.trim());
    if (!found) {
      // Kept as written: the content check lists it and the page leaves it out.
      this.foreignVideo = true;
      this.videoField = written;
      return;
    }
    this.video = { videoId: found.videoId, start: found.start };
    const url = youTubeWatchUrl(found.videoId, found.start);
    this.videoField = url;
    if (url !== written) this.repair(line, `${found.repaired ? "repaired" : "normalised"} the video URL '${written}' → '${url}'`);
  }

  private readField(key: string, value: unknown): void {
    const line = this.lineOf([key]);
    switch (key) {
      case "video":
        if (this.videoField !== null) this.out.video = this.videoField;
        return;
      case "title":
      case "description":
      case "location": {
        const text = scalarText(value);
        if (text === null) {
          if (value !== null) this.problem(line, `'${key}' is not text: it was left out; write it as ${key}: "…"`);
          return;
        }
        const repaired = this.repairValue(text, [key]);
        if (typeof repaired === "string" && repaired.trim() !== "") this.out[key] = repaired;
        return;
      }
      case "image":
        return this.readImage(value, line);
      case "slides":
        return this.readSlides(value, line);
      case "tags":
      case "tag":
      case "categories":
      case "category": {
        const tags = this.repairValue(jekyllTags(this.data), ["tags"]);
        if (Array.isArray(tags) && tags.length > 0) this.out.tags = tags;
        return;
      }
      case "redirect_from": {
        const list = (Array.isArray(value) ? value : [value]).flatMap((item) => scalarText(item)?.trim() || []);
        this.redirects.push(...list);
        if (list.length === 0 && value !== null) this.problem(line, "'redirect_from' is not a list of paths: it was left out");
        return;
      }
      case "hide_image":
      case "published": {
        const flag = readFlag(value);
        if (flag === null) {
          const draft = key === "published" ? ": the post is published; add published: false to keep it a draft" : "";
          this.problem(line, `'${key}: ${String(value)}' is not true or false, so it was left out${draft}`);
          return;
        }
        this.out[key] = flag;
        if (typeof value !== "boolean") this.repair(line, `'${key}: ${String(value)}' written as ${key}: ${flag}`);
        return;
      }
      case "date": {
        const when = readJekyllDate(value);
        if (!when) {
          this.problem(line, `'date: ${String(value)}' is not a date, so the file name's date ${this.post.date} is used`);
          return;
        }
        this.jekyllDate = when.date;
        this.time = when.time;
        if (when.date !== this.post.date) this.out.date = when.date;
        return;
      }
      case "layout":
        this.out.layout = value;
        return;
      case "talks":
        this.out.talks = this.repairValue(value, [key]);
        return;
      default:
        if (!HANDLED_ELSEWHERE.has(key) && !KNOWN_FIELDS.has(key)) this.context.dropped.set(key, (this.context.dropped.get(key) ?? 0) + 1);
    }
  }

  private readImage(value: unknown, line: number): void {
    // Some themes nest it: `image: { path: …, thumbnail: … }`.
    const nested = isRecord(value) ? (scalarText(value.path) ?? scalarText(value.feature) ?? scalarText(value.url) ?? scalarText(value.src)) : null;
    const written = typeof value === "string" ? value : nested;
    if (written === null) {
      this.problem(line, "'image' is not a path: the cover photo was left out; write it as image: /images/<name>");
      return;
    }
    if (nested !== null) this.repair(line, `took the cover photo '${nested}' from the 'image' settings`);
    const repaired = this.repairValue(written, ["image"]);
    if (typeof repaired !== "string") return;
    const resolved = this.images.resolve(repaired.trim(), true);
    if (resolved.note) this.repair(line, resolved.note);
    this.out.image = resolved.src;
  }

  private readSlides(value: unknown, line: number): void {
    const repaired = this.repairValue(scalarText(value) ?? "", ["slides"]);
    const text = typeof repaired === "string" ? repaired.trim() : "";
    const url = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(text) ? `https://${text}` : text;
    if (/^https?:\/\//i.test(url) && URL.canParse(url)) {
      this.out.slides = url;
      if (url !== text) this.repair(line, `'slides' had no https://: now '${url}'`);
    } else if (text !== "") {
      this.problem(line, `'slides: ${text}' is not a full URL, so it was left out: put the slides online and add slides: https://…`);
    }
  }

  private titleIfMissing(): void {
    if (this.out.title !== undefined) return;
    const title = this.post.nameSlug
      .split(/[-_]/)
      .filter((word) => word !== "")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" ");
    this.out.title = title;
    this.repair(this.lineOf(["title"]), `the post has no title: used '${title}', as the old site did`);
  }

  // Front-matter text: Liquid, then the encoding; each repair at the value's line.
  private repairValue(value: unknown, at: YamlPath): unknown {
    if (Array.isArray(value)) return value.map((item: unknown, index) => this.repairValue(item, [...at, index]));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.repairValue(item, [...at, key])]));
    if (typeof value !== "string") return value;
    const line = this.lineOf(at);
    const liquid = repairLiquid(value, this.liquid);
    for (const note of liquid.repairs) this.repair(line, note.message);
    for (const note of liquid.problems) this.problem(line, note.message);
    const mojibake = repairMojibake(liquid.text);
    for (const word of mojibakeWords(liquid.text, mojibake.repairs)) this.repair(line, `repaired '${word.damaged}' → '${word.repaired}'`);
    return mojibake.text;
  }

  // A player embedded in the body becomes the page's own video when the post names none.
  private embed(embedded: YouTubeVideo): { replacement: string; message: string } {
    const url = youTubeWatchUrl(embedded.videoId, embedded.start);
    const link = `<a href="${url}">Watch on YouTube</a>`;
    if (this.foreignVideo) return { replacement: link, message: `replaced an embedded YouTube player with a link to ${url}: 'video:' names the page's video` };
    if (this.video === null) {
      this.video = embedded;
      return { replacement: "", message: `moved the embedded YouTube player (${embedded.videoId}) to 'video:', the page's own player` };
    }
    if (this.video.videoId === embedded.videoId) return { replacement: "", message: `removed an embedded YouTube player of ${embedded.videoId}: the page's own player shows it` };
    return { replacement: link, message: `replaced an embedded YouTube player with a link to ${url}: the page has one player, for ${this.video.videoId}` };
  }

  private postUrl(name: string): string | null {
    const target = this.context.slugs.get(name.replace(/\.(md|markdown)$/i, "").replace(/^_posts\//, ""));
    return target === undefined ? null : `/recaps/${target}`;
  }

  private linkUrl(link: string): string | null {
    if (link.startsWith("_posts/")) return this.postUrl(path.posix.basename(link));
    const url = `/${link.replace(/^\/+/, "")}`;
    const sitePath = this.context.files.sitePath(url);
    if (sitePath === null || PAGE_EXTENSION.test(sitePath) || !this.context.files.isFile(sitePath)) return null;
    this.files.add(sitePath);
    return url;
  }

  // Jekyll's address for the post; redirected unless the site's generic /YYYY/MM/DD/<slug>/ covers it.
  private oldAddress(): string | null {
    const postPermalink = scalarText(this.data.permalink);
    const post: JekyllPost = {
      date: this.jekyllDate,
      time: this.time,
      slug: scalarText(this.data.slug) ?? this.post.nameSlug,
      categories: jekyllCategories(this.data),
      relativePath: this.source,
    };
    const { config } = this.context;
    const old = jekyllPostUrl(postPermalink ?? config.permalink.template, post, postPermalink ? "" : config.baseurl);
    if ("error" in old) {
      this.problem(postPermalink ? this.lineOf(["permalink"]) : 1, `${old.error}: its old address is not redirected; add it to redirect_from by hand`);
      return null;
    }
    // The pretty permalink (the old site's default) is redirected by the site itself; any other old address is kept in redirect_from.
    if (old.url !== prettyPermalink({ date: this.jekyllDate, slug: this.slug }) && old.url !== `/recaps/${this.slug}`) this.redirects.push(old.url);
    return old.url;
  }

  // The page as the site will read it, with the photos where the import puts them.
  private check(content: string, oldUrl: string | null, redirectFrom: string[]): Converted["planned"] {
    const target = `${RECAPS_DIR}/${this.post.date}-${this.slug}.md`;
    const reading = readRecap(target, content, { publicDir: this.context.files.root });
    const toSourceLine = sourceLineMap(parseRecapSource(content), this.post.parsed);
    const found = reading.problems.map((problem) => ({ ...problem, file: this.source, line: toSourceLine(problem.line) }));
    if (!reading.recap) {
      // Only a bug or something truly unreadable gets here: such a post would fail the build.
      for (const error of found.filter((problem) => problem.severity === "error")) this.problems.push({ ...error, message: `not imported: ${error.message}` });
      return null;
    }
    this.problems.push(...found);
    const recap: Recap = { ...reading.recap, sourceFile: this.source, talks: reading.recap.talks.map((talk) => ({ ...talk, line: toSourceLine(talk.line) })) };
    return {
      content,
      files: [...this.files],
      recap,
      post: {
        source: this.source,
        target,
        slug: this.slug,
        url: recap.url,
        title: recap.title,
        date: recap.date,
        draft: recap.draft,
        oldUrl,
        redirectFrom,
        videoId: recap.videoId,
        photos: recap.photos.map((photo) => photo.src),
        talks: recap.talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      },
    };
  }
}

// Jekyll's front-matter defaults (`defaults:` in _config.yml) that apply to this post.
function withDefaults(data: Record<string, unknown>, source: string, defaults: JekyllConfig["defaults"]): Record<string, unknown> {
  const applying = defaults.filter((entry) => (entry.type === null || entry.type === "posts") && source.startsWith(entry.path.replace(/^\/+/, "")));
  if (applying.length === 0) return data;
  const merged: Record<string, unknown> = {};
  for (const entry of applying) {
    for (const key of ["permalink", "categories", "category"]) {
      if (entry.values[key] !== undefined) merged[key] = entry.values[key];
    }
  }
  return { ...merged, ...data };
}

/** Tags as Jekyll listed them (`tag`, or `tags` split on spaces), then the categories, once each. */
function jekyllTags(data: Record<string, unknown>): string[] {
  const tags = data.tag !== undefined ? listOf(data.tag, false) : listOf(data.tags, true);
  const seen = new Set<string>();
  return [...tags, ...jekyllCategories(data)].filter((tag) => {
    const key = slugify(tag) || tag;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function jekyllCategories(data: Record<string, unknown>): string[] {
  return [...new Set([...listOf(data.categories, true), ...listOf(data.category, false)])];
}

function listOf(value: unknown, splitText: boolean): string[] {
  if (value === undefined || value === null) return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const text = scalarText(item)?.trim();
    if (!text) return [];
    return splitText && !Array.isArray(value) ? text.split(/\s+/) : [text];
  });
}

function readFlag(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  const text = scalarText(value)?.trim().toLowerCase();
  if (text === "true" || text === "yes") return true;
  if (text === "false" || text === "no") return false;
  return null;
}

function readJekyllDate(value: unknown): { date: string; time: JekyllPost["time"] } | null {
  const text = value instanceof Date ? value.toISOString() : scalarText(value);
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text ?? "");
  if (!match?.[1] || !isRealDate(match[1])) return null;
  const time = match[2] === undefined ? null : { hour: Number(match[2]), minute: Number(match[3] ?? 0), second: Number(match[4] ?? 0) };
  return { date: match[1], time };
}

// ---------------------------------------------------------------------------------------------
// Photos and linked files
// ---------------------------------------------------------------------------------------------

type Resolved = { src: string; note: string | null };

class ImageResolver {
  constructor(
    private readonly context: ConvertContext,
    private readonly used: Set<string>,
  ) {}

  /** The path to write for a photo, after repairs; the file, when the site has it, is copied. */
  resolve(written: string, coverPhoto: boolean): Resolved {
    const notes: string[] = [];
    let src = written;
    const own = this.ownSitePath(src);
    if (own !== null) {
      notes.push(`'${written}' is on the old site itself: now the site path '${own}'`);
      src = own;
    } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src === "") {
      return { src, note: null };
    }
    if (!src.startsWith("/")) {
      const relative = src.replace(/^(?:\.\.?\/)+/, "");
      const candidates = [`/${relative}`, ...(coverPhoto ? [`/images/${relative}`] : [])];
      const existing = candidates.find((candidate) => this.existing(candidate) !== null);
      if (existing === undefined) return { src, note: null };
      notes.push(`the relative path '${written}' works only from some pages: now '${existing}'`);
      src = existing;
    }
    const sitePath = this.context.files.sitePath(src);
    if (sitePath === null) return { src, note: notes.join("; ") || null };
    if (this.context.files.isFile(sitePath)) {
      this.used.add(sitePath);
      return { src, note: notes.join("; ") || null };
    }
    const other = this.context.files.otherExtension(sitePath);
    if (other !== null) {
      const fixed = src.replace(/[^/?#]*(?=[?#]|$)/, encodeURI(other));
      const fixedPath = this.context.files.sitePath(fixed);
      if (fixedPath !== null && this.context.files.isFile(fixedPath)) {
        this.used.add(fixedPath);
        notes.push(`the image ${src} exists only as ${other}: now '${fixed}'`);
        return { src: fixed, note: notes.join("; ") };
      }
    }
    // Missing from the archive: kept as written, so the content check names it too.
    return { src, note: notes.join("; ") || null };
  }

  /** A link to a file of the site (slides, a PDF, a bigger photo): copied so the link keeps working. */
  linkedFile(href: string): void {
    const own = this.ownSitePath(href) ?? href;
    if (!own.startsWith("/") || own.startsWith("//")) return;
    const sitePath = this.context.files.sitePath(own);
    if (sitePath === null || PAGE_EXTENSION.test(sitePath) || !/\.[a-z0-9]+$/i.test(sitePath) || sitePath.startsWith("/_")) return;
    if (this.context.files.isFile(sitePath)) this.used.add(sitePath);
  }

  private existing(src: string): string | null {
    const sitePath = this.context.files.sitePath(src);
    if (sitePath === null) return null;
    if (this.context.files.isFile(sitePath)) return sitePath;
    return this.context.files.otherExtension(sitePath);
  }

  private ownSitePath(url: string): string | null {
    const match = /^(?:https?:)?\/\/([^/?#]+)(\/[^]*)?$/i.exec(url);
    if (!match?.[1] || !this.context.config.hosts.has(match[1].toLowerCase())) return null;
    return match[2] ?? "/";
  }
}

// ---------------------------------------------------------------------------------------------
// The body
// ---------------------------------------------------------------------------------------------

type BodyContext = {
  liquid: LiquidContext;
  images: ImageResolver;
  embed: (video: YouTubeVideo) => { replacement: string; message: string };
  repair: (bodyLine: number, message: string) => void;
  problem: (bodyLine: number, message: string) => void;
};

type Edit = { start: number; end: number; replacement: string; message: string | null };

const IFRAME = /<iframe\b([^>]*)>(?:[^<]*<\/iframe\s*>)?/gi;
const HTML_IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(["'])([^"']+)\1/gi;
const HTML_A_HREF = /<a\b[^>]*?\bhref\s*=\s*(["'])([^"']+)\1/gi;
// kramdown's attribute lists (`{: .center}`, `{:target="_blank"}`) showed as nothing on the old site.
const KRAMDOWN_ATTRIBUTES = /\{:[^{}\n]*\}/g;
const KRAMDOWN_TOC = /^[*-][ \t]+(?:TOC|Table of contents)[ \t]*\n\{:toc\}[ \t]*$/gim;

/** Body repairs keep every line where it was, so the source's line numbers stay right. */
function convertBody(original: string, context: BodyContext): string {
  const lineAt = (text: string, offset: number) => lineNumber(text, offset);

  // Where the code is matters only for Liquid the import cannot work out: parse for it then.
  let originalCode: { start: number; end: number }[] | null = null;
  const inOriginalCode = (offset: number) => (originalCode ??= codeRanges(parseMarkdown(original))).some((range) => offset >= range.start && offset < range.end);
  const liquid = repairLiquid(original, context.liquid, inOriginalCode);
  for (const note of liquid.repairs) context.repair(lineAt(original, note.offset), note.message);
  for (const note of liquid.problems) context.problem(lineAt(original, note.offset), note.message);

  const lines = liquid.text.split("\n").map((line, index) => {
    const { text, repairs } = repairMojibake(line);
    for (const word of mojibakeWords(line, repairs)) context.repair(index + 1, `repaired '${word.damaged}' → '${word.repaired}'`);
    return text;
  });
  const text = lines.join("\n");
  const tree = parseMarkdown(text);
  const code = codeRanges(tree);
  const outsideCode = (offset: number) => !code.some((range) => offset >= range.start && offset < range.end);
  const edits: Edit[] = [];
  const rewrite = (nodeStart: number, nodeEnd: number, url: string, replacement: string, message: string) => {
    const slice = text.slice(nodeStart, nodeEnd);
    const at = slice.lastIndexOf(url);
    if (at !== -1) edits.push({ start: nodeStart + at, end: nodeStart + at + url.length, replacement, message });
  };

  for (const match of text.matchAll(KRAMDOWN_TOC)) {
    if (outsideCode(match.index)) edits.push({ start: match.index, end: match.index + match[0].length, replacement: "", message: `removed kramdown's table of contents ('${match[0].replace(/\n/, " ")}'): the page has none` });
  }
  for (const match of text.matchAll(KRAMDOWN_ATTRIBUTES)) {
    if (outsideCode(match.index) && !edits.some((edit) => match.index >= edit.start && match.index < edit.end)) {
      edits.push({ start: match.index, end: match.index + match[0].length, replacement: "", message: `removed kramdown attributes '${match[0]}': this site does not use them` });
    }
  }

  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === "image" || (node.type === "definition" && IMAGE_EXTENSION.test(node.url.split(/[?#]/)[0] ?? ""))) {
      const resolved = context.images.resolve(node.url, false);
      if (resolved.src !== node.url && resolved.note) rewrite(start, end, node.url, resolved.src, resolved.note);
    } else if (node.type === "link" || node.type === "definition") {
      const fixed = repairedYouTubeLink(node.url);
      if (fixed) rewrite(start, end, node.url, fixed.url, fixed.message);
      else context.images.linkedFile(node.url);
    }
  });

  for (const match of text.matchAll(IFRAME)) {
    if (!outsideCode(match.index)) continue;
    const attributes = match[1] ?? "";
    const src = /\bsrc\s*=\s*(["'])([^"']+)\1/i.exec(attributes)?.[2];
    if (src === undefined) continue;
    const youTube = normaliseYouTubeUrl(src);
    let replacement: string;
    let message: string;
    if (youTube) {
      ({ replacement, message } = context.embed({ videoId: youTube.videoId, start: youTube.start }));
    } else {
      const host = hostOf(src) ?? "the web";
      const title = /\btitle\s*=\s*(["'])([^"']*)\1/i.exec(attributes)?.[2]?.trim();
      replacement = `<a href="${src}">${escapeMarkup(title || `Open the player on ${host}`)}</a>`;
      message = `replaced an embedded player (<iframe src="${src}">), which this site does not show, with a link to it`;
    }
    edits.push({ start: match.index, end: match.index + match[0].length, replacement: keepLineBreaks(match[0], replacement), message });
  }
  for (const match of text.matchAll(HTML_IMG_SRC)) {
    const src = match[2] ?? "";
    if (!outsideCode(match.index)) continue;
    const resolved = context.images.resolve(src, false);
    const at = match.index + match[0].lastIndexOf(src);
    if (resolved.src !== src && resolved.note) edits.push({ start: at, end: at + src.length, replacement: resolved.src, message: resolved.note });
  }
  for (const match of text.matchAll(HTML_A_HREF)) {
    const href = match[2] ?? "";
    if (!outsideCode(match.index)) continue;
    const fixed = repairedYouTubeLink(href);
    const at = match.index + match[0].lastIndexOf(href);
    if (fixed) edits.push({ start: at, end: at + href.length, replacement: fixed.url, message: fixed.message });
    else context.images.linkedFile(href);
  }

  // From the end, so earlier offsets stay right; an edit overlapping one already made is dropped.
  let result = text;
  let floor = Number.POSITIVE_INFINITY;
  const applied: Edit[] = [];
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    if (edit.end > floor) continue;
    result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
    floor = edit.start;
    applied.unshift(edit);
  }
  for (const edit of applied) if (edit.message) context.repair(lineAt(text, edit.start), edit.message);
  return result;
}

function repairedYouTubeLink(url: string): { url: string; message: string } | null {
  const video = normaliseYouTubeUrl(url);
  if (!video?.repaired) return null;
  const fixed = youTubeWatchUrl(video.videoId, video.start);
  return { url: fixed, message: `repaired the YouTube link '${url}' → '${fixed}'` };
}

function codeRanges(tree: Root): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  visit(tree, (node) => {
    if ((node.type === "code" || node.type === "inlineCode") && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push({ start: node.position.start.offset, end: node.position.end.offset });
    }
  });
  return ranges;
}

// Word-level repairs read best in the report; a damaged run inside a longer word still counts.
function mojibakeWords(text: string, runs: readonly { damaged: string; repaired: string }[]): { damaged: string; repaired: string }[] {
  if (runs.length === 0) return [];
  const words = text.split("\n").flatMap(findMojibakeWords);
  return words.length > 0 ? words : [...runs];
}

// ---------------------------------------------------------------------------------------------
// Line numbers: the written file's → the source post's
// ---------------------------------------------------------------------------------------------

function sourceLineMap(output: ParsedRecapSource, source: ParsedRecapSource): (line: number) => number {
  const frontMatter = new Map<number, number>();
  const walk = (value: unknown, at: (string | number)[]) => {
    if (at.length > 0) {
      const line = output.lineOf(at);
      if (!frontMatter.has(line)) frontMatter.set(line, source.lineOf(at));
    }
    if (Array.isArray(value)) value.forEach((item: unknown, index) => walk(item, [...at, index]));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(output.data, []);
  return (line) => (line >= output.bodyStartLine ? line - output.bodyStartLine + source.bodyStartLine : (frontMatter.get(line) ?? 1));
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------------------------

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeText(bytes: Buffer, onFallback: () => void): string {
  try {
    return utf8.decode(bytes);
  } catch {
    onFallback();
    return decodeWindows1252(bytes);
  }
}

function listFileNames(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

function errorCode(error: unknown): string {
  return isRecord(error) && typeof error.code === "string" ? error.code : String(error);
}

// Code-point order: the same on every machine, whatever its locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

import path from "node:path";
import { stringify } from "yaml";
import { parseRecapSource, type YamlPath } from "../../lib/content/front-matter";
import { KNOWN_FIELDS } from "../../lib/content/schema";
import type { Recap } from "../../lib/content/model";
import type { ContentProblem, FileProblem } from "../../lib/content/problems";
import { repairMojibake } from "../../lib/content/mojibake";
import { readRecap } from "../../lib/content/read-recap";
import { redirectAddressProblem } from "../../lib/content/redirect-addresses";
import { isRecord, scalarText } from "../../lib/guards";
import { prettyPermalink } from "../../lib/publish/redirects";
import { normaliseYouTubeUrl, type YouTubeVideo, youTubeWatchUrl } from "../../lib/youtube";
import { convertBody, embeddedYouTubeVideos, mojibakeWords } from "./body";
import { jekyllCategories, jekyllTags, readFlag, readJekyllDate, withDefaults } from "./fields";
import type { SiteFiles } from "./files";
import { ImageResolver } from "./images";
import { sourceLineMap } from "./line-map";
import { type LiquidContext, repairLiquid } from "./liquid";
import { jekyllPostUrl, type JekyllPost } from "./permalink";
import type { JekyllConfig, SourcePost } from "./site";
import { type ImportRepair, PAGE_EXTENSION, type PlannedPost, RECAPS_DIR } from "./types";

/** One post into this site's format: its front matter field by field, its body, its old addresses. */

const HANDLED_ELSEWHERE: ReadonlySet<string> = new Set(["permalink", "slug", "categories", "category", "tag", "imported"]);

export type ConvertContext = {
  config: JekyllConfig;
  files: SiteFiles;
  /** Jekyll file name without extension → imported slug, for `{% post_url %}`. */
  slugs: ReadonlyMap<string, string>;
};

/** An old address the recap will redirect, with the source line that asked for it (its redirect_from entry, or its permalink). */
export type PlannedRedirect = { address: string; line: number };

export type Converted = {
  repairs: ImportRepair[];
  problems: FileProblem[];
  /** Jekyll-only front-matter fields left out of this post. */
  dropped: string[];
  planned: { post: PlannedPost; content: string; files: string[]; recap: Recap; redirects: PlannedRedirect[] } | null;
};

/**
 * `leftOut`: old addresses not to redirect, which the checks across files found would take over
 * another page (the plan reports them); the post is converted again without them.
 */
export function convertPost(post: SourcePost, slug: string, context: ConvertContext, leftOut: ReadonlySet<string> = new Set()): Converted {
  const conversion = new PostConversion(post, slug, context, leftOut);
  const planned = conversion.run();
  return { repairs: conversion.repairs, problems: conversion.problems, dropped: [...conversion.dropped], planned };
}

/** One post into this site's format: front matter, body, old addresses, then the site's own check. */
class PostConversion {
  readonly repairs: ImportRepair[];
  readonly problems: FileProblem[] = [];
  readonly dropped = new Set<string>();
  private readonly source: string;
  private readonly data: Record<string, unknown>;
  private readonly files = new Set<string>();
  private readonly images: ImageResolver;
  private readonly liquid: LiquidContext;
  private readonly out: Record<string, unknown> = {};
  private readonly redirects: PlannedRedirect[] = [];
  /** The page's video: from `video:`, else the first player embedded in the body. */
  private video: YouTubeVideo | null = null;
  /** `video:` names something that is not YouTube: kept for the content check, never replaced. */
  private foreignVideo = false;
  private talkRecordings = false;
  /** What `video:` becomes, written in the field's place. */
  private videoField: string | null = null;
  private jekyllDate: string;
  private time: JekyllPost["time"] = null;

  constructor(
    private readonly post: SourcePost,
    private readonly slug: string,
    private readonly context: ConvertContext,
    private readonly leftOut: ReadonlySet<string>,
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
    // One player per talk (a virtual meetup's recordings): each stays with its talk, which plays it in place.
    this.talkRecordings = this.video === null && !this.foreignVideo && embeddedYouTubeVideos(parsed.body).length > 1;
    const body = convertBody(parsed.body, {
      liquid: this.liquid,
      images: this.images,
      embed: (video) => this.embed(video),
      repair: (bodyLine, message) => this.repair(bodyLine + parsed.bodyStartLine - 1, message),
      problem: (bodyLine, message) => this.problem(bodyLine + parsed.bodyStartLine - 1, message),
    });
    if (this.out.video === undefined && this.video !== null) this.out.video = youTubeWatchUrl(this.video.videoId, this.video.start);

    const oldUrl = this.oldAddress();
    const redirects = this.redirects.filter((redirect, index) => this.redirects.findIndex((other) => other.address === redirect.address) === index);
    const redirectFrom = redirects.map((redirect) => redirect.address);
    if (redirectFrom.length > 0) this.out.redirect_from = redirectFrom;
    this.out.imported = true;
    const content = `---\n${stringify(this.out, { lineWidth: 0 })}---\n${body}`;
    return this.check(content, oldUrl, redirects);
  }

  /**
   * An old address to redirect, unless it is not a plain path ('..', a control character: left out
   * here, at its line) or the plan's checks across files found it would take over another page.
   */
  private redirect(address: string, line: number): void {
    if (this.leftOut.has(address)) return;
    const problem = redirectAddressProblem(address);
    if (problem) this.problem(line, `left out: ${problem}`);
    else this.redirects.push({ address, line });
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
        const entries = (Array.isArray(value) ? value : [value]).map((item: unknown, index) => ({
          address: scalarText(item)?.trim() ?? "",
          line: Array.isArray(value) ? this.lineOf([key, index]) : line,
        }));
        const list = entries.filter((entry) => entry.address !== "");
        for (const entry of list) this.redirect(entry.address, entry.line);
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
        if (!HANDLED_ELSEWHERE.has(key) && !KNOWN_FIELDS.has(key)) this.dropped.add(key);
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
    if (this.talkRecordings) return { replacement: link, message: `replaced an embedded YouTube player with a link to ${url}: its talk plays it in the page's own player` };
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
    const line = postPermalink ? this.lineOf(["permalink"]) : 1;
    if ("error" in old) {
      this.problem(line, `${old.error}: its old address is not redirected; add it to redirect_from by hand`);
      return null;
    }
    // The pretty permalink (the old site's default) is redirected by the site itself; any other old address is kept in redirect_from.
    if (old.url !== prettyPermalink({ date: this.jekyllDate, slug: this.slug }) && old.url !== `/recaps/${this.slug}`) this.redirect(old.url, line);
    return old.url;
  }

  // The page as the site will read it, with the photos where the import puts them.
  private check(content: string, oldUrl: string | null, redirects: PlannedRedirect[]): Converted["planned"] {
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
      redirects,
      post: {
        source: this.source,
        target,
        slug: this.slug,
        url: recap.url,
        title: recap.title,
        date: recap.date,
        draft: recap.draft,
        oldUrl,
        redirectFrom: redirects.map((redirect) => redirect.address),
        videoId: recap.videoId,
        photos: recap.photos.map((photo) => photo.src),
        talks: recap.talks.map(({ speakers, company, title, start, videoId, doubts }) => ({ speakers, company, title, start, videoId, doubts })),
      },
    };
  }
}

import path from "node:path";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { ContentProblem } from "./problems";
import { parseRecapSource, type YamlPath } from "./front-matter";
import { parseMarkdown } from "./markdown-ast";
import { markdownTooComplex } from "./markdown-limits";
import { decodeRecap } from "./encoding";
import { findMojibakeWords } from "./mojibake";
import { htmlImages, lookUpPublicImage } from "./images";
import type { Photo, Recap, Talk } from "./model";
import { parseRecapFileName } from "./file-name";
import { KNOWN_FIELDS, type RecapFrontMatter, recapFrontMatterSchema } from "./schema";
import { siteConfig } from "../site-config";
import { isSitePath } from "../url";
import { isRecord } from "../guards";
import { canonicalName, slugify } from "../slug";
import { findTalks, talksFromFrontMatter } from "./talks";
import { parseYouTubeUrl } from "../youtube";
import { codePointLabel, controlCharacterLines, controlCharacterMessage, findControlCharacters } from "../control-characters";
import { redirectAddressProblem } from "./redirect-addresses";

/** `talks` is kept even when an error leaves `recap` null, so an organiser can see what was read. */
export type RecapReading = { recap: Recap | null; problems: ContentProblem[]; talks: Talk[] };

export type ReadRecapOptions = { publicDir: string };

/**
 * The one place a recap file becomes data: validates the front matter and body, and derives the
 * slug, date, video, photos (with their real sizes) and talks. `recap` is null when any error was found.
 */
export function readRecap(file: string, content: string | Uint8Array, options: ReadRecapOptions): RecapReading {
  try {
    return readRecapContent(file, content, options);
  } catch (error) {
    // The check and the build must name the file, never die with a bare stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return { recap: null, talks: [], problems: [{ line: 1, severity: "error", message: `this file could not be read (${reason}): look for unusual Markdown, and report it if the file looks fine` }] };
  }
}

function readRecapContent(file: string, content: string | Uint8Array, options: ReadRecapOptions): RecapReading {
  // Read from disk, the file's bytes are checked to be UTF-8 first.
  const decoded = typeof content === "string" ? { text: content, problems: [] } : decodeRecap(content);
  const raw = decoded.text;
  const source = parseRecapSource(raw);
  const problems: ContentProblem[] = [...decoded.problems, ...source.problems];
  const error = (line: number, message: string) => problems.push({ line, severity: "error", message });
  const warn = (line: number, message: string) => problems.push({ line, severity: "warning", message });

  const fileName = path.basename(file);
  const named = parseRecapFileName(fileName);
  if (!named) {
    error(1, `the file name '${fileName}' does not start with a valid date: name it YYYY-MM-DD-<slug>.md, e.g. 2022-09-07-cloud-native-london-september-2022.md`);
  }

  // Invisible in an editor, and forbidden in the feed's XML: only the organiser can tell what was meant.
  const controlLines = new Set<number>();
  for (const found of controlCharacterLines(raw)) {
    error(found.line, controlCharacterMessage(found));
    controlLines.add(found.line);
  }
  // YAML can also write one as an escape ("\x01", "\0"), which reaches the title all the same
  // (an address of redirect_from has its own check, below).
  for (const { at, text } of frontMatterTexts(source.data).filter(({ at }) => at[0] !== "redirect_from")) {
    const [found] = findControlCharacters(text);
    const line = source.lineOf(at);
    if (found && !controlLines.has(line)) {
      error(line, `'${at.join(".")}' holds the invisible control character ${codePointLabel(found.char)}, written as an escape such as "\\x01" or "\\0": delete it`);
    }
  }
  raw.split(/\r?\n/).forEach((line, index) => {
    for (const { damaged, repaired } of findMojibakeWords(line)) {
      error(index + 1, `text damaged by a wrong encoding: '${damaged}' should read '${repaired}'; replace it, and save the file as UTF-8`);
    }
  });

  for (const key of Object.keys(source.data)) {
    if (!KNOWN_FIELDS.has(key)) warn(source.lineOf([key]), `unknown field '${key}' is ignored: check its spelling (known fields: ${[...KNOWN_FIELDS].join(", ")})`);
  }

  // Unreadable YAML was reported above; checking its fields too would only repeat it as "missing".
  const parsed = source.problems.length === 0 ? recapFrontMatterSchema.safeParse(source.data) : null;
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const missing = issue.path.length === 1 && source.data[field] === undefined;
      error(
        source.lineOf(issue.path.filter((key) => typeof key !== "symbol")),
        missing ? `the '${field}' field is missing: add a line '${field}: ...' to the front matter` : issue.message,
      );
    }
  }
  const frontMatter = parsed?.success ? parsed.data : null;
  // With one field wrong, the others are still checked: one run shows every problem of the file.
  const fields = frontMatter ?? validFields(source.data);
  const redirects = redirectEntries(source.data.redirect_from, source.lineOf);
  for (const { address, line } of redirects) {
    const problem = redirectAddressProblem(address);
    if (problem) error(line, problem);
  }
  // An imported archive post must still build: what the importer could not repair is listed as a
  // warning and left out of the page. Recaps written here afterwards get the strict checks.
  const imported = fields.imported === true;
  const mustFix = (line: number, message: string) => (imported ? warn(line, `${message} (imported post: left out of the page)`) : error(line, message));

  let videoId: string | null = null;
  if (fields.video) {
    const video = parseYouTubeUrl(fields.video);
    if (video) videoId = video.videoId;
    else mustFix(source.lineOf(["video"]), `'${fields.video}' is not a YouTube video URL this site can read: use https://www.youtube.com/watch?v=<id> or https://youtu.be/<id>`);
  }

  const photo = (src: string, alt: string, line: number): Photo | null => {
    if (!isSitePath(src)) {
      warn(line, `the image ${src} is not a file of this site: download it into public/images/ and use /images/<name>`);
      return null;
    }
    const lookup = lookUpPublicImage(src, options.publicDir);
    if (lookup.found) return { ...lookup.image, alt };
    mustFix(line, lookup.reason);
    return null;
  };

  const title = fields.title ?? "";
  const cover = fields.image ? photo(fields.image, `Photo from ${title}`, source.lineOf(["image"])) : null;

  const toFileLine = (bodyLine: number) => bodyLine + source.bodyStartLine - 1;
  const tooComplex = markdownTooComplex(source.body);
  if (tooComplex) {
    error(toFileLine(tooComplex.line), tooComplex.message);
    return { recap: null, problems: problems.sort((a, b) => a.line - b.line), talks: [] };
  }
  const tree = parseMarkdown(source.body);
  const photos: Photo[] = cover ? [cover] : [];
  for (const image of bodyImages(tree)) {
    const found = photo(image.src, image.alt || `Photo from ${title}`, toFileLine(image.line));
    if (found && !photos.some((known) => known.src === found.src)) photos.push(found);
  }

  const explicitTalks = fields.talks !== undefined;
  const talkReading = explicitTalks
    ? talksFromFrontMatter(fields.talks, { videoId, line: (talkPath) => source.lineOf(["talks", ...talkPath]) })
    : findTalks(source.body, { videoId, firstLine: source.bodyStartLine, title: fields.title ?? null, description: fields.description ?? null });
  problems.push(...talkReading.problems.map((problem) => (imported ? { ...problem, severity: "warning" as const } : problem)));
  const { speakers: speakerAliases, companies: companyAliases } = siteConfig.aliases;
  const talks = talkReading.talks.map((talk) => {
    const speakers = talk.speakers.map((name) => canonicalName(name, speakerAliases));
    const company = talk.company === null ? null : canonicalName(talk.company, companyAliases);
    return {
      ...talk,
      speakers,
      company,
      speakerSlugs: speakers.map(slugify),
      companySlug: company === null ? null : slugify(company) || null,
    };
  });

  problems.sort((a, b) => a.line - b.line);
  if (!named || !frontMatter || problems.some((problem) => problem.severity === "error")) return { recap: null, problems, talks };

  const date = frontMatter.date ?? named.date;
  const description = frontMatter.description ? capitalise(frontMatter.description) : null;
  return {
    problems,
    talks,
    recap: {
      slug: named.slug,
      url: `/recaps/${named.slug}`,
      sourceFile: file,
      date,
      year: Number(date.slice(0, 4)),
      title,
      description,
      summary: description ?? firstParagraph(tree),
      location: frontMatter.location ?? siteConfig.defaultLocation,
      tags: frontMatter.tags ?? [],
      videoId,
      slides: frontMatter.slides ?? null,
      cover,
      hideCover: frontMatter.hide_image ?? false,
      photos,
      talks,
      talksFrom: explicitTalks ? "front-matter" : "body",
      bodyStartLine: source.bodyStartLine,
      redirectFrom: redirects.map((redirect) => redirect.address),
      redirectFromLines: redirects.map((redirect) => redirect.line),
      draft: frontMatter.published === false,
    },
  };
}

/** Every text in the front matter, at its path: a key's value, a list's items, a nested setting's. */
function frontMatterTexts(value: unknown, at: (string | number)[] = []): { at: (string | number)[]; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => frontMatterTexts(item, [...at, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => frontMatterTexts(item, [...at, key]));
  return [];
}

/** The fields of a front matter that are valid on their own, when the whole is not. */
function validFields(data: Record<string, unknown>): Partial<RecapFrontMatter> {
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(recapFrontMatterSchema.shape)) {
    if (key in data && field.safeParse(data[key]).success) valid[key] = data[key];
  }
  const partial = recapFrontMatterSchema.partial().safeParse(valid);
  return partial.success ? partial.data : {};
}

type RedirectEntry = { address: string; line: number };

/** The addresses of `redirect_from` (a path or a list) as the schema reads them, each with its own line. */
function redirectEntries(value: unknown, lineOf: (path: YamlPath) => number): RedirectEntry[] {
  const items = Array.isArray(value) ? value.map((item: unknown, index) => ({ item, at: ["redirect_from", index] })) : [{ item: value, at: ["redirect_from"] }];
  return items.flatMap(({ item, at }) => {
    const address = typeof item === "string" || typeof item === "number" ? String(item).trim() : "";
    return address === "" ? [] : [{ address, line: lineOf(at) }];
  });
}

type BodyImage = { src: string; alt: string; line: number };

function bodyImages(tree: Root): BodyImage[] {
  const images: BodyImage[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "image") images.push({ src: node.url, alt: node.alt ?? "", line });
    if (node.type === "html") {
      for (const { src, alt } of htmlImages(node.value)) images.push({ src, alt, line });
    }
  });
  return images;
}

function firstParagraph(tree: Root): string {
  const paragraph = tree.children.find((node) => node.type === "paragraph");
  const text = paragraph ? toString(paragraph).replace(/\s+/g, " ").trim() : "";
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

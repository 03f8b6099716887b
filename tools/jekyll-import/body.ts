import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { htmlImages } from "../../lib/content/images";
import { parseMarkdown } from "../../lib/content/markdown-ast";
import { findMojibakeWords, repairMojibake } from "../../lib/content/mojibake";
import { escapeMarkup } from "../../lib/publish/escape-markup";
import { normaliseYouTubeUrl, type YouTubeVideo, youTubeWatchUrl } from "../../lib/youtube";
import { hostOf } from "./files";
import type { ImageResolver } from "./images";
import { lineNumber } from "./line-map";
import { keepLineBreaks, type LiquidContext, repairLiquid } from "./liquid";
import { IMAGE_EXTENSION } from "./types";

/** A post's Markdown body rewritten for this site: Liquid, encoding, photos, links, players, kramdown. */

export type BodyContext = {
  liquid: LiquidContext;
  images: ImageResolver;
  embed: (video: YouTubeVideo) => { replacement: string; message: string };
  repair: (bodyLine: number, message: string) => void;
  problem: (bodyLine: number, message: string) => void;
};

type Edit = { start: number; end: number; replacement: string; message: string | null };

const IFRAME = /<iframe\b([^>]*)>(?:[^<]*<\/iframe\s*>)?/gi;
// The page drops a <style> with its text (or the CSS would show): said here, at its line, rather than lost in silence.
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** An iframe's src, quoted or not (`<iframe src=https://…>` is valid HTML). */
function iframeSource(attributes: string): string | undefined {
  const match = /\bsrc\s*=\s*(?:(["'])([^"']*)\1|([^\s"'>]+))/i.exec(attributes);
  return match ? (match[2] ?? match[3]) : undefined;
}

/** The distinct YouTube videos a body embeds as players. */
export function embeddedYouTubeVideos(text: string): string[] {
  const videos = [...text.matchAll(IFRAME)].map((match) => normaliseYouTubeUrl(iframeSource(match[1] ?? "") ?? "")?.videoId);
  return [...new Set(videos.filter((videoId) => videoId !== undefined))];
}
const HTML_A_HREF = /<a\b[^>]*?\bhref\s*=\s*(["'])([^"']+)\1/gi;
// kramdown's attribute lists (`{: .center}`, `{:target="_blank"}`) showed as nothing on the old site.
const KRAMDOWN_ATTRIBUTES = /\{:[^{}\n]*\}/g;
const KRAMDOWN_TOC = /^[*-][ \t]+(?:TOC|Table of contents)[ \t]*\n\{:toc\}[ \t]*$/gim;

/** Body repairs keep every line where it was, so the source's line numbers stay right. */
export function convertBody(original: string, context: BodyContext): string {
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
    const src = iframeSource(attributes)?.trim();
    if (src === undefined) continue;
    const youTube = normaliseYouTubeUrl(src);
    let replacement: string;
    let message: string;
    if (!youTube && !/^(?:https?:)?\/\/[^/]/i.test(src)) {
      // javascript:, data: or a page of the old site: nothing a visitor could open from here (the page drops it too).
      context.problem(lineAt(text, match.index), `removed a frame whose source '${src}' is not a web address (https://…): it showed nothing a visitor of this site could open; if it showed something, link to that instead`);
      edits.push({ start: match.index, end: match.index + match[0].length, replacement: keepLineBreaks(match[0], ""), message: null });
      continue;
    }
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
  for (const match of text.matchAll(STYLE_BLOCK)) {
    if (!outsideCode(match.index)) continue;
    edits.push({ start: match.index, end: match.index + match[0].length, replacement: keepLineBreaks(match[0], ""), message: "removed a <style> block: the site keeps its own look (the page would drop it anyway)" });
  }
  for (const { src, index, srcIndex: at } of htmlImages(text)) {
    if (!outsideCode(index)) continue;
    const resolved = context.images.resolve(src, false);
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
export function mojibakeWords(text: string, runs: readonly { damaged: string; repaired: string }[]): { damaged: string; repaired: string }[] {
  if (runs.length === 0) return [];
  const words = text.split("\n").flatMap(findMojibakeWords);
  return words.length > 0 ? words : [...runs];
}

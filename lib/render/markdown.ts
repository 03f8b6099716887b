import type { Element, ElementContent, Root as HastRoot, Text } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { parseTimestamp } from "../timestamps";
import { parseYouTubeUrl, youTubeWatchUrl } from "../youtube";

export type MarkdownOptions = {
  /** The recap's recording: plain-text "starting at 1:01:01" becomes a link into it. */
  videoId: string | null;
  /** Body lines (1-based) of the paragraphs that introduce talks, in talk order. */
  talkLines: readonly number[];
};

/**
 * Organisers may write raw HTML (the archive does). It is parsed, then sanitized with GitHub's
 * rules, so markup renders but nothing in a recap can run script.
 */
const schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, img: [...(defaultSchema.attributes?.img ?? []), "loading"] },
  // Elements whose content is code or markup, not text: dropped whole, or the CSS would show on the page.
  strip: [...(defaultSchema.strip ?? []), "script", "style", "template", "noscript"],
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(() => embedsToLinks)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug);

export function markdownToHast(markdown: string, options: MarkdownOptions): HastRoot {
  const tree = processor.runSync(processor.parse(markdown));
  normaliseHeadingOutline(tree);
  wrapTalkSections(tree, options.talkLines);
  if (options.videoId) linkPlainTimestamps(tree, options.videoId);
  return tree;
}

/** Embeds old posts carry, named for the link that replaces them. */
const EMBED_SERVICES: { host: RegExp; label: string }[] = [
  { host: /(^|\.)speakerdeck\.com$/, label: "View the slides on Speaker Deck" },
  { host: /(^|\.)slideshare\.net$/, label: "View the slides on SlideShare" },
  { host: /^docs\.google\.com$/, label: "View the slides on Google Slides" },
  { host: /(^|\.)soundcloud\.com$/, label: "Listen on SoundCloud" },
  { host: /(^|\.)(anchor\.fm|podcasters\.spotify\.com|open\.spotify\.com)$/, label: "Listen on Spotify" },
  { host: /(^|\.)vimeo\.com$/, label: "Watch on Vimeo" },
  { host: /(^|\.)twitch\.tv$/, label: "Watch on Twitch" },
];

/**
 * Third-party players and slide decks would load other sites' scripts and trackers (and the CSP
 * refuses them): each iframe becomes a plain link to what it showed, so nothing is lost.
 */
function embedsToLinks(tree: HastRoot) {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "iframe" || !parent || index === undefined) return;
    const src = typeof node.properties.src === "string" ? node.properties.src : "";
    const url = URL.canParse(src, "https://invalid.example") ? new URL(src, "https://invalid.example") : null;
    // A relative src, or javascript:, data: and the like, names no page a visitor could open.
    if (!url || url.hostname === "invalid.example" || (url.protocol !== "https:" && url.protocol !== "http:")) {
      parent.children.splice(index, 1);
      return index;
    }
    const video = parseYouTubeUrl(url.toString());
    const href = video ? youTubeWatchUrl(video.videoId, video.start) : url.toString();
    const label = video ? "Watch on YouTube" : (EMBED_SERVICES.find((service) => service.host.test(url.hostname))?.label ?? `Open the embedded content on ${url.hostname}`);
    const title = typeof node.properties.title === "string" && node.properties.title ? `: ${node.properties.title}` : "";
    parent.children.splice(index, 1, { type: "element", tagName: "a", properties: { href }, children: [text(`${label}${title}`)] });
    return index + 1;
  });
}

const HEADING = /^h([1-6])$/;

/**
 * Recaps start at ### or ## as the old layout needed; under the page's own h1 they become a
 * gap-free outline starting at h2, so screen-reader heading navigation makes sense.
 */
function normaliseHeadingOutline(tree: HastRoot) {
  let previous = 1;
  visit(tree, "element", (node) => {
    const depth = HEADING.exec(node.tagName)?.[1];
    if (!depth) return;
    const level = Math.min(Math.max(Number(depth), 2), previous + 1);
    node.tagName = `h${level}`;
    previous = level;
  });
}

/**
 * Each talk's paragraph and the list of takeaways under it become one section, marked with the
 * talk's index (`data-talk`) and the heading level its title takes in the outline (`data-level`).
 * A talk that opens with its own heading ("### Title — Speaker") is that heading's whole part, up to
 * the next heading; the section's header then stands in for the heading.
 */
function wrapTalkSections(tree: HastRoot, talkLines: readonly number[]) {
  const children = tree.children;
  let outlineLevel = 1;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node?.type !== "element") continue;
    const heading = HEADING.exec(node.tagName)?.[1];
    const talkIndex = node.tagName === "p" || heading ? talkLines.indexOf(node.position?.start.line ?? -1) : -1;
    if (heading && talkIndex === -1) outlineLevel = Number(heading);
    if (talkIndex === -1) continue;
    const end = heading ? partEnd(children, index + 1, talkLines) : takeawaysEnd(children, index + 1);
    const members = children.slice(heading ? index + 1 : index, end).filter((child): child is ElementContent => child.type !== "doctype");
    const section: Element = {
      type: "element",
      tagName: "section",
      properties: { dataTalk: String(talkIndex), dataLevel: String(heading ? Number(heading) : outlineLevel + 1) },
      children: members,
    };
    children.splice(index, end - index, section);
  }
}

/** One talk's section of a recap, without its frame: the recap's words that a talk's own page shows. */
export function talkSectionContent(tree: HastRoot, talkIndex: number): HastRoot {
  const section = tree.children.find(
    (node): node is Element => node.type === "element" && node.tagName === "section" && node.properties.dataTalk === String(talkIndex),
  );
  return { type: "root", children: section?.children ?? [] };
}

// Just past the list of takeaways right under a talk's paragraph, or past the paragraph.
function takeawaysEnd(children: HastRoot["children"], from: number): number {
  let end = from;
  while (children[end]?.type === "text") end++;
  const next = children[end];
  return next?.type === "element" && (next.tagName === "ul" || next.tagName === "ol") ? end + 1 : from;
}

// Where a heading's part ends: at the next heading, or at the next talk's paragraph.
function partEnd(children: HastRoot["children"], from: number, talkLines: readonly number[]): number {
  let end = from;
  for (; end < children.length; end++) {
    const child = children[end];
    if (child?.type !== "element") continue;
    if (HEADING.test(child.tagName) || talkLines.includes(child.position?.start.line ?? -1)) break;
  }
  return end;
}

const PLAIN_TIMESTAMP = /\b(?:starting at|starts at|starting from)\s+(\d{1,2}:\d{2}(?::\d{2})?)\b/gi;

/** "starting at 1:01:01" written without a link gets one, so it seeks like every other timestamp. */
function linkPlainTimestamps(tree: HastRoot, videoId: string) {
  visit(tree, (node, index, parent) => {
    if (node.type === "element" && node.tagName === "a") return SKIP;
    if (node.type !== "text" || !parent || index === undefined) return;
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(PLAIN_TIMESTAMP)) {
      const time = match[1] ?? "";
      const seconds = parseTimestamp(time);
      if (seconds === null) continue;
      const timeAt = (match.index ?? 0) + match[0].length - time.length;
      pieces.push(text(node.value.slice(last, timeAt)));
      pieces.push({ type: "element", tagName: "a", properties: { href: youTubeWatchUrl(videoId, seconds) }, children: [text(time)] });
      last = timeAt + time.length;
    }
    if (pieces.length === 0) return;
    pieces.push(text(node.value.slice(last)));
    parent.children.splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

function text(value: string): Text {
  return { type: "text", value };
}

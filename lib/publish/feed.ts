import { Feed } from "feed";
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";
import { z } from "zod";
import type { Photo, Recap } from "../content/model";
import { markdownToHast } from "../render/markdown";
import { shownBodyImage, shownCover } from "../render/recap-images";
import { siteConfig } from "../site-config";
import { dayInstant } from "../time-zone";
import { absoluteUrl, isSitePath } from "../url";
import { escapeMarkup, withoutForbiddenXmlCharacters } from "./escape-markup";
import { FEED_CONTENT_TYPES, type FeedChannel, type FeedFormat } from "./feed-channels";

type FeedRecap = Recap & { body: string };

const photoElement = (photo: Photo, alt: string): Element => ({
  type: "element",
  tagName: "img",
  properties: { src: absoluteUrl(photo.src), alt, width: photo.width, height: photo.height },
  children: [],
});

/**
 * The recap as its page shows it, for reading away from the site: every link and image absolute,
 * and only the images the page shows (a missing photo left out, a remote one a link).
 */
function recapHtml(recap: FeedRecap): string {
  const tree = markdownToHast(recap.body, { videoId: recap.videoId, talkLines: [] });
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName === "img" && parent && index !== undefined) {
      const shown = shownBodyImage(recap, node.properties.src, typeof node.properties.alt === "string" ? node.properties.alt : undefined);
      const replacement: ElementContent[] =
        shown === null ? [] : [shown.kind === "photo" ? photoElement(shown.photo, shown.alt) : { type: "element", tagName: "a", properties: { href: shown.href }, children: [{ type: "text", value: shown.text }] }];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    }
    for (const property of ["href", "src"] as const) {
      const value = node.properties[property];
      if (typeof value === "string" && isSitePath(value)) node.properties[property] = absoluteUrl(value);
    }
  });
  const cover = shownCover(recap);
  if (cover) tree.children.unshift({ type: "element", tagName: "p", properties: {}, children: [photoElement(cover.photo, cover.photo.alt)] });
  // "]]>" would end the CDATA section the XML feeds carry the HTML in; "]]&gt;" is the same HTML.
  // Forbidden characters go first, so removing one cannot make a "]]>".
  return withoutForbiddenXmlCharacters(toHtml(tree)).replaceAll("]]>", "]]&gt;");
}

/** `feed` writes JSON Feed 1.0; 1.1 adds the language and lists authors (its `author` is deprecated). */
const jsonFeed10 = z.looseObject({ version: z.literal("https://jsonfeed.org/version/1"), author: z.looseObject({}).optional(), items: z.array(z.unknown()) });

function jsonFeed11(json10: string): string {
  const { author, items, ...head } = jsonFeed10.parse(JSON.parse(json10));
  const feed = { ...head, version: "https://jsonfeed.org/version/1.1", language: siteConfig.language, ...(author ? { authors: [author] } : {}), items };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Atom's language is `xml:lang` on the root, which `feed` does not write. */
function withAtomLanguage(atom: string): string {
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!atom.includes(root)) throw new Error("the feed library changed how it writes Atom's root element: update withAtomLanguage");
  return atom.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(siteConfig.language)}">`);
}

/**
 * How many recaps a feed carries, newest first: readers fetch a feed again and again and only need
 * what is new, and a feed of every recap would grow with the archive (3.4 MB at 1,000 recaps).
 */
export const FEED_ITEMS = 30;

/** The newest `FEED_ITEMS` of `recaps` (newest first) as one of the feed formats, for `channel`. */
export function feedDocument(all: readonly FeedRecap[], channel: FeedChannel, format: FeedFormat): string {
  const recaps = all.slice(0, FEED_ITEMS);
  const xml = format !== "json";
  // A character XML forbids makes a reader reject the whole feed. In XML, `feed` puts titles and
  // summaries in CDATA sections that xml-js splits at their first "]]>" only: an invisible word
  // joiner keeps any other from ending the section.
  const text = (value: string) => {
    const clean = withoutForbiddenXmlCharacters(value);
    return xml ? clean.replaceAll("]]>", "]]\u2060>") : clean;
  };
  // Atom writes a category as attributes, where neither `feed` nor xml-js escapes "<".
  const attribute = (value: string) => text(value).replaceAll("<", "\uFF1C");
  const absolute = Object.fromEntries(Object.entries(channel.addresses).map(([key, path]) => [key, absoluteUrl(path)]));
  const newest = recaps[0];
  const feed = new Feed({
    title: text(channel.title),
    description: text(channel.description),
    id: absoluteUrl(channel.page),
    link: absoluteUrl(channel.page),
    language: siteConfig.language,
    ...(newest ? { updated: dayInstant(newest.date) } : {}),
    feedLinks: absolute,
    author: { name: siteConfig.name, link: absoluteUrl("/") },
  });
  for (const recap of recaps) {
    const link = absoluteUrl(recap.url);
    const day = dayInstant(recap.date);
    feed.addItem({
      title: text(recap.title),
      id: link,
      link,
      date: day,
      published: day,
      description: text(recap.summary),
      content: recapHtml(recap),
      category: recap.tags.map((tag) => (format === "atom" ? { name: attribute(tag), term: attribute(tag) } : { name: text(tag) })),
    });
  }
  if (format === "rss") return feed.rss2();
  if (format === "atom") return withAtomLanguage(feed.atom1());
  return jsonFeed11(feed.json1());
}

export function feedResponse(recaps: readonly FeedRecap[], channel: FeedChannel, format: FeedFormat): Response {
  return new Response(feedDocument(recaps, channel, format), { headers: { "content-type": `${FEED_CONTENT_TYPES[format]}; charset=utf-8` } });
}

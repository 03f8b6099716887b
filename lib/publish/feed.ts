import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { escapeMarkup, withoutForbiddenXmlCharacters } from "./escape-markup";
import { markdownToHast } from "../render/markdown";
import type { Recap } from "../content/model";
import { siteConfig } from "../site-config";
import { absoluteUrl } from "../url";

/** Feed readers show the HTML away from the site, so every link and image must be absolute. */
function absolutiseUrls(tree: Root) {
  visit(tree, "element", (node) => {
    for (const property of ["href", "src"] as const) {
      const value = node.properties[property];
      if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//")) node.properties[property] = absoluteUrl(value);
    }
  });
}

export function recapHtml(recap: Recap & { body: string }): string {
  const tree = markdownToHast(recap.body, { videoId: recap.videoId, talkLines: [] });
  absolutiseUrls(tree);
  return toHtml(tree);
}

/** CDATA cannot contain "]]>"; split it across two sections. Forbidden characters go first, so removing one cannot make a "]]>". */
const cdata = (text: string) => `<![CDATA[${withoutForbiddenXmlCharacters(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** RFC 822 date of a meetup day, as RSS 2.0 requires (evening in London, so the day never shifts). */
const rfc822 = (day: string) => new Date(`${day}T18:00:00Z`).toUTCString();

/** RSS 2.0 with the full recap in content:encoded, newest first. */
export function recapFeedXml(recaps: readonly (Recap & { body: string })[]): string {
  const self = absoluteUrl("/feed.xml");
  const items = recaps.map((recap) => {
    const link = absoluteUrl(recap.url);
    const cover = recap.cover ? `<p><img src="${escapeMarkup(absoluteUrl(recap.cover.src))}" alt="${escapeMarkup(recap.cover.alt)}" width="${recap.cover.width}" height="${recap.cover.height}"></p>` : "";
    return [
      "    <item>",
      `      <title>${escapeMarkup(recap.title)}</title>`,
      `      <link>${escapeMarkup(link)}</link>`,
      `      <guid isPermaLink="true">${escapeMarkup(link)}</guid>`,
      `      <pubDate>${rfc822(recap.date)}</pubDate>`,
      ...recap.tags.map((tag) => `      <category>${escapeMarkup(tag)}</category>`),
      `      <description>${escapeMarkup(recap.summary)}</description>`,
      `      <content:encoded>${cdata(cover + recapHtml(recap))}</content:encoded>`,
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "  <channel>",
    `    <title>${escapeMarkup(siteConfig.name)}</title>`,
    `    <link>${escapeMarkup(absoluteUrl("/"))}</link>`,
    `    <description>${escapeMarkup(siteConfig.description)}</description>`,
    `    <language>${siteConfig.language.toLowerCase()}</language>`,
    `    <atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
    ...(recaps[0] ? [`    <lastBuildDate>${rfc822(recaps[0].date)}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

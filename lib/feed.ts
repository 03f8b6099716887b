import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { markdownToHast } from "./markdown";
import type { Recap } from "./recap";
import { siteConfig } from "./site-config";
import { absoluteUrl } from "./talk-display";

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

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char] ?? char);

/** CDATA cannot contain "]]>"; split it across two sections. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** RFC 822 date of a meetup day, as RSS 2.0 requires (evening in London, so the day never shifts). */
const rfc822 = (day: string) => new Date(`${day}T18:00:00Z`).toUTCString();

/** RSS 2.0 with the full recap in content:encoded, newest first. */
export function recapFeedXml(recaps: readonly (Recap & { body: string })[]): string {
  const self = absoluteUrl("/feed.xml");
  const items = recaps.map((recap) => {
    const link = absoluteUrl(recap.url);
    const cover = recap.cover ? `<p><img src="${escapeXml(absoluteUrl(recap.cover.src))}" alt="${escapeXml(recap.cover.alt)}" width="${recap.cover.width}" height="${recap.cover.height}"></p>` : "";
    return [
      "    <item>",
      `      <title>${escapeXml(recap.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${rfc822(recap.date)}</pubDate>`,
      ...recap.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      `      <description>${escapeXml(recap.summary)}</description>`,
      `      <content:encoded>${cdata(cover + recapHtml(recap))}</content:encoded>`,
      "    </item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "  <channel>",
    `    <title>${escapeXml(siteConfig.name)}</title>`,
    `    <link>${escapeXml(absoluteUrl("/"))}</link>`,
    `    <description>${escapeXml(siteConfig.description)}</description>`,
    `    <language>${siteConfig.locale.toLowerCase()}</language>`,
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(recaps[0] ? [`    <lastBuildDate>${rfc822(recaps[0].date)}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

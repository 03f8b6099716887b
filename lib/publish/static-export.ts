import { escapeMarkup } from "./escape-markup";
import { buildLibrary } from "../content/library";
import type { Recap } from "../content/model";
import { legacyPermalinks } from "./redirects";
import { type Header } from "./security-headers";
import { siteConfig } from "../site-config";
import { absoluteUrl } from "../url";

type StaticPage = { file: string; html: string };

/** Where a host that serves plain files looks for `path`: a folder's index.html, or the .html file named. */
export function staticFileFor(path: string): string {
  const clean = path.trim().replace(/^\/+/, "").replace(/[?#].*$/, "");
  if (/\.html?$/i.test(clean)) return clean;
  return `${clean.replace(/\/+$/, "")}/index.html`.replace(/^\//, "");
}

/** A page that sends browsers on at once and tells search engines where the content lives now. */
export function redirectPage(destination: string): string {
  const target = escapeMarkup(destination);
  const canonical = escapeMarkup(destination.startsWith("/") ? absoluteUrl(destination) : destination);
  return `<!doctype html><html lang="${siteConfig.language}"><head><meta charset="utf-8"><title>This page has moved</title><link rel="canonical" href="${canonical}"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${target}"></head><body><p>This page has moved to <a href="${target}">${target}</a>.</p></body></html>\n`;
}

/**
 * Static hosts cannot answer with an HTTP redirect, so every old address gets a page: the Jekyll
 * permalinks of each recap (/YYYY/MM/DD/<slug>/ and …<slug>.html), each redirect_from, the old
 * address of each speaker, company and tag page whose slug changed, and each short link.
 */
export function staticRedirectPages(recaps: readonly Recap[], shortLinks: Readonly<Record<string, string>>): StaticPage[] {
  const pages = new Map<string, string>();
  for (const recap of recaps) {
    const destination = `${recap.url}/`;
    for (const old of legacyPermalinks(recap)) pages.set(staticFileFor(old), redirectPage(destination));
    for (const from of recap.redirectFrom) pages.set(staticFileFor(from), redirectPage(destination));
  }
  for (const { from, to } of buildLibrary(recaps).moved) {
    // A recap's redirect_from wins, as it does under `next start`.
    if (!pages.has(staticFileFor(from))) pages.set(staticFileFor(from), redirectPage(`${to}/`));
  }
  for (const [from, destination] of Object.entries(shortLinks)) pages.set(staticFileFor(from), redirectPage(destination));
  return [...pages].map(([file, html]) => ({ file, html }));
}

/**
 * Netlify's and Cloudflare Pages' `_headers` file: the same security headers as `next start` sends,
 * and the type of the generated preview images, which are exported without a file extension.
 */
export function headersFile(headers: readonly Header[]): string {
  const previews = ["/opengraph-image", "/recaps/*/opengraph-image", "/speakers/*/opengraph-image"];
  return [
    "/*",
    ...headers.map((header) => `  ${header.key}: ${header.value}`),
    ...previews.flatMap((path) => [path, "  Content-Type: image/png"]),
    "",
  ].join("\n");
}

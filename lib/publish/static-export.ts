import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { escapeMarkup } from "./escape-markup";
import { feedFiles } from "./feed-channels";
import { buildLibrary } from "../content/library";
import type { Recap } from "../content/model";
import { fullyDecoded } from "../content/redirect-addresses";
import { legacyPermalinks } from "./redirects";
import { pagePolicy, type PageScripts } from "./page-csp";
import { BASELINE_POLICY, CROSS_ORIGIN_RESOURCE, CSP_HEADER, embeddableResources, type Header, OTHER_HEADERS, SAME_ORIGIN_RESOURCE, SVG_HEADERS } from "./security-headers";
import { codePointLabel, findControlCharacters, visibleText } from "../control-characters";
import { siteConfig } from "../site-config";
import { absoluteUrl } from "../url";
import { EXPORTED_PREVIEW_FILE, PREVIEW_FILE } from "../render/metadata";

export type StaticPage = { file: string; html: string };
/** An old address the export will not write, and why. */
export type RefusedAddress = { address: string; reason: string };

/**
 * Where a host that serves plain files looks for `address`, relative to out/: a folder's index.html,
 * or the .html file named. The address is read as a host reads it (percent-decoded, repeated and
 * trailing slashes ignored); one that could name a file outside out/ is refused.
 */
export function staticFile(address: string): { file: string } | { error: string } {
  const shown = `the address '${visibleText(address)}'`;
  const decoded = fullyDecoded(address.trim().replace(/[?#].*$/, ""));
  const [control] = findControlCharacters(decoded);
  if (control) return { error: `${shown} holds the control character ${codePointLabel(control.char)}` };
  // A backslash is a folder separator on Windows hosts, and '..' climbs out of out/.
  if (decoded.includes("\\")) return { error: `${shown} holds a backslash, which some hosts read as a folder separator` };
  const parts = decoded.split("/").filter((part) => part !== "");
  if (parts.some((part) => part === "." || part === "..")) return { error: `${shown} has a '.' or '..' part, which would write outside out/` };
  const clean = parts.join("/");
  if (clean === "") return { file: "index.html" };
  return { file: /\.html?$/i.test(clean) ? clean : `${clean}/index.html` };
}

/** staticFile's file, for an address known to be safe; throws, with the reason, for one that is not. */
export function staticFileFor(address: string): string {
  const result = staticFile(address);
  if ("error" in result) throw new Error(`${result.error}: it cannot be written as a static file`);
  return result.file;
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
 * address of each speaker, company and tag page whose slug changed, and each short link. An
 * address that cannot be a file inside out/ is refused, not written.
 */
export function planStaticRedirects(recaps: readonly Recap[], shortLinks: Readonly<Record<string, string>>): { pages: StaticPage[]; refused: RefusedAddress[] } {
  const pages = new Map<string, string>();
  const refused: RefusedAddress[] = [];
  const fileOf = (address: string): string | null => {
    const result = staticFile(address);
    if ("file" in result) return result.file;
    refused.push({ address, reason: result.error });
    return null;
  };
  const put = (address: string, html: string, { keep = false } = {}) => {
    const file = fileOf(address);
    if (file !== null && !(keep && pages.has(file))) pages.set(file, html);
  };
  for (const recap of recaps) {
    const destination = `${recap.url}/`;
    for (const old of legacyPermalinks(recap)) put(old, redirectPage(destination));
    for (const from of recap.redirectFrom) put(from, redirectPage(destination));
  }
  // A recap's redirect_from wins, as it does under `next start`.
  for (const { from, to } of buildLibrary(recaps).moved) put(from, redirectPage(`${to}/`), { keep: true });
  for (const [from, destination] of Object.entries(shortLinks)) put(from, redirectPage(destination));
  return { pages: [...pages].map(([file, html]) => ({ file, html })), refused };
}

/** The redirect pages planStaticRedirects writes (without the refused addresses). */
export function staticRedirectPages(recaps: readonly Recap[], shortLinks: Readonly<Record<string, string>>): StaticPage[] {
  return planStaticRedirects(recaps, shortLinks).pages;
}

export type StaticWrite = { written: string[]; skipped: string[]; refused: string[] };

/**
 * Writes each page into `outDir`, never outside it, and never over the site: a page whose path
 * already holds a file (out/feed.xml for /feed.xml/, a real page's index.html) or passes through
 * one is skipped with the reason instead of failing halfway with EEXIST or ENOTDIR.
 */
export function writeStaticPages(outDir: string, pages: readonly StaticPage[]): StaticWrite {
  const root = path.resolve(outDir);
  const report: StaticWrite = { written: [], skipped: [], refused: [] };
  for (const page of pages) {
    const target = path.resolve(root, page.file);
    const inside = path.relative(root, target);
    const shown = path.join(outDir, inside);
    if (inside === "" || inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
      report.refused.push(`${page.file}: this path is outside ${outDir}/, so its redirect was not written`);
      continue;
    }
    const blocker = blockingEntry(root, inside);
    if (blocker === inside) {
      report.skipped.push(`${shown}: a real page already lives at this old address; its redirect was not written.`);
    } else if (blocker !== null) {
      report.skipped.push(`${shown}: ${path.join(outDir, blocker)} is a file of the site, so this old address cannot be a folder; its redirect was not written.`);
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, page.html);
      report.written.push(shown);
    }
  }
  return report;
}

/** The first existing entry on the way to `inside` that is not a real folder (a file, or a link that could lead out), or the target itself when it exists. */
function blockingEntry(root: string, inside: string): string | null {
  const parts = inside.split(path.sep);
  for (let end = 1; end <= parts.length; end++) {
    const at = parts.slice(0, end).join(path.sep);
    const entry = lstatSync(path.join(root, at), { throwIfNoEntry: false });
    if (!entry) return null;
    if (end === parts.length || !entry.isDirectory()) return at;
  }
  return null;
}

/**
 * Next.js exports each generated card as a file without an extension, which a plain host serves
 * with no type, so link previews break. Each becomes opengraph-image.png, the name the exported
 * pages point at (lib/render/metadata.ts). Returns the files renamed, relative to `outDir`.
 */
export function nameExportedPreviews(outDir: string): string[] {
  const root = path.resolve(outDir);
  const renamed: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(at);
      else if (entry.isFile() && entry.name === PREVIEW_FILE) {
        renameSync(at, path.join(dir, EXPORTED_PREVIEW_FILE));
        renamed.push(path.relative(root, at));
      }
    }
  };
  walk(root);
  return renamed;
}

/**
 * Netlify's and Cloudflare Pages' `_headers` file: the headers `next start` sends, for a host that
 * sends every matching rule's headers (Cloudflare joins a header set by two rules). So `/*` sends
 * only what every file shares, with BASELINE_POLICY, which lets each page's own policy (its
 * scripts' hashes) alone decide what runs; the resource policy is set once per address; the feeds
 * get their own types (a host would call them application/xml and application/json).
 */
export function headersFile(pages: readonly PageScripts[]): string {
  const rules = new Map<string, Header[]>();
  const add = (address: string, ...headers: Header[]) => rules.set(address, [...(rules.get(address) ?? []), ...headers]);
  add("/*", ...OTHER_HEADERS, { key: CSP_HEADER, value: BASELINE_POLICY });
  for (const address of SAME_ORIGIN_FILES) add(address, SAME_ORIGIN_RESOURCE);
  for (const { path, type } of feedFiles()) add(path, { key: "Content-Type", value: `${type}; charset=utf-8` });
  for (const { hostPaths } of embeddableResources()) for (const address of hostPaths) add(address, CROSS_ORIGIN_RESOURCE);
  // A browser enforces both policies for an SVG: no script runs.
  add("/*.svg", ...SVG_HEADERS);
  for (const page of pages) add(page.address, { key: CSP_HEADER, value: pagePolicy(page) }, SAME_ORIGIN_RESOURCE);
  return [...[...rules].flatMap(([address, headers]) => [address, ...headers.map((header) => `  ${header.key}: ${header.value}`)]), ""].join("\n");
}

/** The exported files (other than pages) only the site's own pages load. */
const SAME_ORIGIN_FILES = ["/_next/*", "/search-index.json", "/talks.json"];

/**
 * `next build` for the export also rewrites .next, and `next start` would then serve the export's
 * build, which has no redirects and no headers. The export leaves the build's id here, so `npm start`
 * can refuse that build with the reason; the next `npm run build` makes a new id.
 */
export const EXPORTED_BUILD_MARKER = "exported-build-id";

export function markExportedBuild(nextDir: string): void {
  const id = path.join(nextDir, "BUILD_ID");
  if (existsSync(id)) writeFileSync(path.join(nextDir, EXPORTED_BUILD_MARKER), readFileSync(id));
}

/** Whether .next holds the static export's build rather than the one `npm run build` makes. */
export function isExportedBuild(nextDir: string): boolean {
  const id = path.join(nextDir, "BUILD_ID");
  const marker = path.join(nextDir, EXPORTED_BUILD_MARKER);
  return existsSync(id) && existsSync(marker) && readFileSync(id, "utf8") === readFileSync(marker, "utf8");
}


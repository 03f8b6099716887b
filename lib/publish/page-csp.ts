import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type InlineScriptReading, readInlineScripts, scriptHash } from "./inline-scripts";
import { contentSecurityPolicy, CSP_HEADER, type Header } from "./security-headers";
import { escapeRegExp } from "../regexp";

/*
 * Per-page Content-Security-Policy for a static site: each prerendered page is sent the hashes of
 * its own inline scripts, so no page needs 'unsafe-inline'. `npm run build` writes them into
 * `.next/routes-manifest.json`, the file `next start` (and Vercel, after the build command) reads
 * its header rules from; `npm run export` writes them into `out/_headers`.
 */

/** A page's address and the `'sha256-…'` sources of its inline scripts, each once, in document order. */
export type PageScripts = { address: string; hashes: string[] };

/**
 * The pages, and `fallback`: the hashes of what is answered where there is no page (the 404 page
 * for an unknown address, the error page when rendering fails).
 */
export type SiteScripts = { pages: PageScripts[]; fallback: string[] };

/** The pages Next.js answers with when it has no page of its own for an address: .next/server/app/<name>.html. */
const FALLBACK_PAGES = ["_not-found", "_global-error"];
/** The export's copies of the 404 page, which a host serves at unknown addresses. */
const EXPORTED_FALLBACK_PAGES = ["404.html", "404/index.html"];

/** The hashes of a page's inline scripts; throws with the file's name when a policy could not allow one. */
export function pageScriptHashes(html: string, file: string): string[] {
  let reading: InlineScriptReading;
  try {
    reading = readInlineScripts(html);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { scripts, handlers } = reading;
  if (handlers.length > 0) {
    throw new Error(`${file}: inline event handlers (${[...new Set(handlers)].join(", ")}) would need 'unsafe-hashes' in the policy: attach the handler in a script instead`);
  }
  return unique(scripts.map(scriptHash));
}

/**
 * Every page `next build` prerendered (.next/server/app/**\/*.html), at the address `next start`
 * serves it: `index.html` is `/`, `recaps/<slug>.html` is `/recaps/<slug>`. Throws when the 404
 * page is missing, since every unknown address is answered with it.
 */
export function readNextPages(appDir: string): SiteScripts {
  const files = htmlFiles(appDir);
  if (!files.includes("_not-found.html")) throw new Error(`${path.join(appDir, "_not-found.html")} does not exist: was the 404 page prerendered by next build?`);
  const fallback = unique(files.filter((file) => FALLBACK_PAGES.includes(file.replace(/\.html$/, ""))).flatMap((file) => hashesOf(appDir, file)));
  const pages = files
    .filter((file) => !FALLBACK_PAGES.includes(file.replace(/\.html$/, "")))
    .map((file) => ({ address: file === "index.html" ? "/" : `/${file.replace(/\.html$/, "")}`, hashes: hashesOf(appDir, file) }));
  return { pages: pages.filter((page) => page.hashes.length > 0), fallback };
}

/**
 * Every page of the static export, at the address a static host serves it: a folder's index.html
 * at the folder with its trailing slash (`/recaps/<slug>/`), any other file at its own name. The
 * export's 404 page is served at unknown addresses, where only the host's rule for `/*` applies.
 */
export function readExportedPages(outDir: string): SiteScripts {
  const pages = htmlFiles(outDir)
    .filter((file) => !EXPORTED_FALLBACK_PAGES.includes(file) && !file.startsWith("_"))
    .map((file) => ({ address: `/${file.replace(/(^|\/)index\.html$/, "$1")}`, hashes: hashesOf(outDir, file) }))
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { pages: pages.filter((page) => page.hashes.length > 0), fallback: [] };
}

/** A page's own policy: its hashes, and the fallback's, for an address that matches its rule but is answered with the 404 page. */
export function pagePolicy(page: PageScripts, fallback: readonly string[] = []): string {
  return contentSecurityPolicy({ scriptHashes: unique([...page.hashes, ...fallback]) });
}

const headerSchema = z.object({ key: z.string(), value: z.string() });
const headerRuleSchema = z.looseObject({ source: z.string(), headers: z.array(headerSchema), regex: z.string().optional() });
const routesManifestSchema = z.looseObject({ headers: z.array(headerRuleSchema) });

export type HeaderRule = z.infer<typeof headerRuleSchema>;

/** The source every response matches, whose rule (from next.config.ts) carries the site's headers. */
const EVERY_ADDRESS = "/:path*";

/**
 * `rules` with the policies of `site` after the rule for every address: first the fallback's policy
 * for every address, then one rule per page. A later rule's header wins over an earlier one's, so a
 * page's rule decides its policy, and the rules after them (an SVG's stricter policy) still win.
 * Rules a previous run added are replaced, so running it twice on one build changes nothing.
 */
export function withPageRules(rules: readonly HeaderRule[], site: SiteScripts): HeaderRule[] {
  const kept = rules.filter((rule) => !isPageRule(rule));
  const base = kept.findIndex((rule) => rule.source === EVERY_ADDRESS && rule.headers.some((header) => header.key === CSP_HEADER));
  if (base < 0) throw new Error(`no header rule for '${EVERY_ADDRESS}' sends a ${CSP_HEADER}: check headers() in next.config.ts`);
  const fallbackRule: HeaderRule = { ...kept[base], source: EVERY_ADDRESS, headers: [policyHeader(contentSecurityPolicy({ scriptHashes: site.fallback }))] };
  const pageRules = site.pages.map((page): HeaderRule => {
    const source = literalRouteSource(page.address);
    return { source, headers: [policyHeader(pagePolicy(page, site.fallback))], regex: literalRouteRegex(page.address) };
  });
  return [...kept.slice(0, base + 1), fallbackRule, ...pageRules, ...kept.slice(base + 1)];
}

/** `.next/routes-manifest.json` with the pages' rules (withPageRules); every other field is kept as it was. */
export function manifestWithPageRules(manifestJson: string, site: SiteScripts): string {
  const parsed: unknown = JSON.parse(manifestJson);
  const manifest = routesManifestSchema.parse(parsed);
  return JSON.stringify({ ...manifest, headers: withPageRules(manifest.headers, site) });
}

/** Whether a routes manifest holds the pages' rules: false for a build made by `next build` alone, whose pages would run no inline script. */
export function manifestHasPageRules(manifestJson: string): boolean {
  try {
    const parsed = routesManifestSchema.safeParse(JSON.parse(manifestJson));
    return parsed.success && parsed.data.headers.some(isPageRule);
  } catch {
    return false;
  }
}

/** A rule this module added: it sends only a policy, and only such a policy lists hashes (next.config.ts never does). */
function isPageRule(rule: HeaderRule): boolean {
  return rule.headers.length === 1 && rule.headers[0]?.key === CSP_HEADER && rule.headers[0].value.includes("'sha256-");
}

function policyHeader(value: string): Header {
  return { key: CSP_HEADER, value };
}

/**
 * An address as the browser sends it (spaces, quotes and letters beyond ASCII percent-encoded in
 * UTF-8), as a route source that matches it literally: path-to-regexp's special characters escaped.
 */
export function literalRouteSource(address: string): string {
  return encodedAddress(address).replace(/[\\:()*+?{}]/g, (char) => `\\${char}`);
}

/** The same address as the `regex` Next.js writes beside a source (Vercel matches with it), with or without a trailing slash. */
export function literalRouteRegex(address: string): string {
  const bare = encodedAddress(address).replace(/(.)\/$/, "$1");
  return `^${escapeRegExp(bare).replace(/\\\//g, "/")}(?:/)?$`;
}

function encodedAddress(address: string): string {
  return address.replace(/[^\x21-\x7e]|["#<>?`{}]/gu, (char) => encodeURIComponent(char));
}

function hashesOf(dir: string, file: string): string[] {
  return pageScriptHashes(readFileSync(path.join(dir, file), "utf8"), path.join(dir, file));
}

/** The .html files under `dir`, relative to it with '/' separators, sorted. */
function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(path.join(dir, at), { withFileTypes: true })) {
      const relative = at === "" ? entry.name : `${at}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && entry.name.endsWith(".html")) found.push(relative);
    }
  };
  walk("");
  return found.sort();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

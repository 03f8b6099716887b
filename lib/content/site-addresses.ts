import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildLibrary, type Library } from "./library";
import type { Recap } from "./model";
import { addressKey } from "./redirect-addresses";
import { legacyPermalinks } from "../publish/redirects";

/**
 * Every address of the site that a redirect_from must not take over: the routes found in app/
 * (read from the folder, so a new route is covered without a second list), the pages its dynamic
 * routes have, public/, the short links, addresses Next.js reserves, and each recap's old addresses.
 */

export type AppRoute = {
  /** As the folders spell it: `/recaps/[slug]`. */
  path: string;
  /** A page is a folder in the static export; a route handler or metadata file is a file, so nothing can live under it. */
  kind: "page" | "file";
};

const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx|md)$/;
const ROUTE_FILE = /^route\.(tsx|ts|jsx|js)$/;
const CODE = "(?:tsx|ts|jsx|js)";

/** Next.js's metadata files, and the name each is served at. */
const METADATA_FILES: readonly { file: RegExp; name: (match: RegExpExecArray) => string }[] = [
  { file: new RegExp(`^sitemap\\.(?:${CODE}|xml)$`), name: () => "sitemap.xml" },
  { file: new RegExp(`^robots\\.(?:${CODE}|txt)$`), name: () => "robots.txt" },
  { file: new RegExp(`^manifest\\.${CODE}$`), name: () => "manifest.webmanifest" },
  { file: /^manifest\.(?:json|webmanifest)$/, name: (match) => match[0] },
  { file: /^favicon\.ico$/, name: (match) => match[0] },
  { file: new RegExp(`^((?:apple-)?icon|opengraph-image|twitter-image)(\\d*)\\.${CODE}$`), name: (match) => `${match[1] ?? ""}${match[2] ?? ""}` },
  { file: /^(?:(?:apple-)?icon|opengraph-image|twitter-image)\d*\.(?:ico|jpe?g|png|gif|svg)$/, name: (match) => match[0] },
];

/** Every page, route handler and metadata file under `appDir`, by the address Next.js serves it at. */
export function appRoutes(appDir: string): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: readonly string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const at = (name?: string) => `/${[...segments, ...(name === undefined ? [] : [name])].join("/")}`;
      if (entry.isDirectory()) {
        // _private folders and intercepting routes (…)/ serve nothing of their own; groups and @slots add no segment.
        if (entry.name.startsWith("_") || /^\(\.+\)/.test(entry.name)) continue;
        const transparent = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@");
        walk(path.join(dir, entry.name), transparent ? segments : [...segments, entry.name]);
      } else if (PAGE_FILE.test(entry.name)) {
        routes.push({ path: at(), kind: "page" });
      } else if (ROUTE_FILE.test(entry.name)) {
        routes.push({ path: at(), kind: "file" });
      } else {
        for (const { file, name } of METADATA_FILES) {
          const match = file.exec(entry.name);
          if (match) {
            routes.push({ path: at(name(match)), kind: "file" });
            break;
          }
        }
      }
    }
  };
  if (existsSync(appDir)) walk(appDir, []);
  return routes.sort((a, b) => a.path.localeCompare(b.path));
}

type SitePages = { recaps: readonly Recap[]; library: Library<Recap> };

/**
 * What each dynamic folder of app/ is filled with: the pages that exist. A dynamic folder not named
 * here owns every address under it, so a new route is safe before anyone lists its pages here.
 */
const DYNAMIC_PAGES: Readonly<Record<string, (site: SitePages) => readonly string[]>> = {
  "/recaps/[slug]": ({ recaps }) => recaps.map((recap) => recap.slug),
  "/speakers/[slug]": ({ library }) => library.speakers.map((speaker) => speaker.slug),
  "/companies/[slug]": ({ library }) => library.companies.map((company) => company.slug),
  "/tags/[tag]": ({ library }) => library.tags.map((tag) => tag.slug),
  "/talks/[slug]": ({ library }) => library.talks.map((talk) => talk.slug),
};

/** Next.js's own addresses and the files static hosts read (/_next/, /_not-found, /_headers, /_redirects), and its error pages. */
const isReserved = (key: string) => key.startsWith("/_") || /^\/(404|500)(\.html)?$/.test(key);

export type AddressOwner = {
  /** Who owns it, for a message: "the page /talks". */
  owner: string;
  /** Set when it is a recap's old address: that recap's file. */
  recapFile?: string;
  /** True when the address lies under what owns it (a file, a folder of public/). */
  beneath: boolean;
};

export class AddressOwners {
  private readonly exact = new Map<string, Omit<AddressOwner, "beneath">>();
  private readonly under = new Map<string, Omit<AddressOwner, "beneath">>();
  private everything: string | null = null;

  /** `beneath`: it owns every address under it too (a file cannot be a folder; public/'s folders hold the site's files). */
  add(address: string, owner: Omit<AddressOwner, "beneath">, { beneath = false } = {}): void {
    const key = addressKey(address);
    if (key === "/" && beneath) this.everything ??= owner.owner;
    if (!this.exact.has(key)) this.exact.set(key, owner);
    if (beneath && !this.under.has(key)) this.under.set(key, owner);
  }

  ownerOf(address: string): AddressOwner | null {
    const key = addressKey(address);
    const exact = this.exact.get(key);
    if (exact) return { ...exact, beneath: false };
    if (isReserved(key)) return { owner: "an address Next.js and static hosts reserve (those starting with /_, and /404, /500)", beneath: false };
    const parts = key.split("/");
    for (let end = parts.length - 1; end >= 2; end--) {
      const owner = this.under.get(parts.slice(0, end).join("/"));
      if (owner) return { ...owner, beneath: true };
    }
    return this.everything === null ? null : { owner: this.everything, beneath: true };
  }
}

export type SiteAddressOptions = {
  appDir: string;
  publicDir: string;
  /** Every recap the check accepted, drafts too (a draft is published one day), with its file. */
  recaps: readonly { file: string; recap: Recap }[];
  shortLinks: Readonly<Record<string, string>>;
  /** Site paths of files not yet under publicDir that will be (what an import is about to copy there). */
  comingToPublic?: readonly string[];
};

export function siteAddressOwners({ appDir, publicDir, recaps, shortLinks, comingToPublic = [] }: SiteAddressOptions): AddressOwners {
  const owners = new AddressOwners();
  const all = recaps.map(({ recap }) => recap);
  const site: SitePages = { recaps: all, library: buildLibrary(all.filter((recap) => !recap.draft)) };

  for (const route of appRoutes(appDir)) {
    const { paths, under } = expandRoute(route.path, site);
    const owner = route.kind === "page" ? (address: string) => `the page ${address}` : (address: string) => `the site's own ${address}`;
    for (const address of paths) owners.add(address, { owner: owner(address) }, { beneath: route.kind === "file" });
    for (const prefix of under) owners.add(prefix || "/", { owner: `the pages under ${prefix || "/"}` }, { beneath: true });
  }
  if (existsSync(publicDir)) {
    for (const entry of readdirSync(publicDir, { withFileTypes: true })) {
      const owner = entry.isDirectory() ? `the folder public/${entry.name}/ of the site's own files` : `the file public/${entry.name}`;
      owners.add(`/${entry.name}`, { owner }, { beneath: true });
    }
  }
  for (const sitePath of comingToPublic) {
    const [name = "", ...below] = sitePath.split("/").filter(Boolean);
    const owner = below.length > 0 ? `the folder public/${name}/ of the site's own files` : `the file public/${name}`;
    if (name !== "") owners.add(`/${name}`, { owner }, { beneath: true });
  }
  for (const source of Object.keys(shortLinks)) owners.add(source, { owner: `the short link ${source} (shortLinks in lib/site-config.ts)` });
  for (const { file, recap } of recaps) {
    for (const old of legacyPermalinks(recap)) owners.add(old, { owner: `the old address of ${file}, which already redirects to ${recap.url}`, recapFile: file });
  }
  return owners;
}

/** A route's real addresses; `under` lists the prefixes of a dynamic folder whose pages are not known, which own everything beneath. */
function expandRoute(route: string, site: SitePages): { paths: string[]; under: string[] } {
  const segments = route.split("/").filter(Boolean);
  let paths = [""];
  for (const [index, segment] of segments.entries()) {
    if (!/^\[.+\]$/.test(segment)) {
      paths = paths.map((known) => `${known}/${segment}`);
      continue;
    }
    const fill = segment.startsWith("[[") || segment.startsWith("[...") ? undefined : DYNAMIC_PAGES[`/${segments.slice(0, index + 1).join("/")}`];
    if (!fill) return { paths: [], under: paths };
    const values = fill(site);
    paths = paths.flatMap((known) => values.map((value) => `${known}/${value}`));
  }
  return { paths: paths.map((known) => known || "/"), under: [] };
}

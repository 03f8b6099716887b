import { buildLibrary } from "../content/library";
import type { Recap } from "../content/model";

export type Redirect = { source: string; destination: string; permanent: boolean };

/**
 * The old Jekyll site's permalinks: "pretty" /2022/09/07/<slug>/ and, from before that, "date"
 * style /2022/09/07/<slug>.html, both → /recaps/<slug>.
 */
const LEGACY_PERMALINKS: Redirect[] = [
  { source: "/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})/:slug([^/]+)\\.html", destination: "/recaps/:slug", permanent: true },
  { source: "/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})/:slug", destination: "/recaps/:slug", permanent: true },
];

/** A recap's "pretty" address on the old site, /2022/09/07/<slug>/, the one its recaps were published at. */
export function prettyPermalink({ date, slug }: Pick<Recap, "date" | "slug">): string {
  return `/${date.replace(/-/g, "/")}/${slug}/`;
}

/** A recap's addresses on the old site that LEGACY_PERMALINKS cover: the pretty one, then the date-style one. */
export function legacyPermalinks(recap: Pick<Recap, "date" | "slug">): string[] {
  const pretty = prettyPermalink(recap);
  return [pretty, `${pretty.replace(/\/$/, "")}.html`];
}

/** A `redirect_from` path as a literal route source (no parameters, no trailing slash). */
export function toRouteSource(path: string): string {
  const withSlash = path.trim().startsWith("/") ? path.trim() : `/${path.trim()}`;
  const bare = withSlash.length > 1 ? withSlash.replace(/\/+$/, "") : withSlash;
  return bare.replace(/[:()*+?{}]/g, (char) => `\\${char}`);
}

/**
 * Every old address of the site: legacy permalinks, each recap's redirect_from, the old addresses of
 * speaker, company and tag pages whose slug changed, and short links.
 */
export function siteRedirects(recaps: readonly Recap[], shortLinks: Readonly<Record<string, string>>): Redirect[] {
  return [
    // A recap's own old addresses come first: they also cover renamed slugs that the general
    // permalink rule below would send to the wrong page.
    ...recaps.flatMap((recap) => recap.redirectFrom.map((from) => ({ source: toRouteSource(from), destination: recap.url, permanent: true }))),
    ...LEGACY_PERMALINKS,
    ...buildLibrary(recaps).moved.map(({ from, to }) => ({ source: toRouteSource(from), destination: to, permanent: true })),
    // Short links point at things that change (next month's RSVP page), so they are not cached as permanent.
    ...Object.entries(shortLinks).map(([source, destination]) => ({ source: toRouteSource(source), destination, permanent: false })),
  ];
}

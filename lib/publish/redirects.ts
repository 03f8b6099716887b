import { escapeRegExp } from "../regexp";
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

/**
 * What `next start` answers: every old address with and without its trailing slash, so
 * /2022/09/07/<slug>/ reaches its recap in one hop, and then any other address with a trailing
 * slash sent to the one without. Next.js would strip the slash first and redirect again; with these
 * it is told not to (`skipTrailingSlashRedirect` in next.config.ts).
 */
export function oneHopRedirects(redirects: readonly Redirect[]): Redirect[] {
  return [
    ...redirects.flatMap((redirect) => (redirect.source === "/" ? [redirect] : [redirect, { ...redirect, source: `${redirect.source}/` }])),
    { source: "/:path+/", destination: "/:path+", permanent: true },
  ];
}

/**
 * A route source as a RegExp, for the part of path-to-regexp's syntax these sources use: `\x` is a
 * literal character, `:name(pattern)` and `:name` a parameter. Next.js matches sources in any case.
 */
function sourcePattern(source: string): RegExp {
  let pattern = "";
  for (let at = 0; at < source.length; ) {
    const parameter = /^:\w+(?:\(((?:\\.|[^)])*)\))?/.exec(source.slice(at));
    if (source[at] === "\\") {
      pattern += escapeRegExp(source[at + 1] ?? "");
      at += 2;
    } else if (parameter) {
      pattern += parameter[1] === undefined ? "[^/]+" : `(?:${parameter[1]})`;
      at += parameter[0].length;
    } else {
      pattern += escapeRegExp(source[at] ?? "");
      at += 1;
    }
  }
  return new RegExp(`^${pattern}$`, "i");
}

/** Whether a request for an address is answered by one of `redirects` (with or without its trailing slash), so no page is served there. */
export function redirectMatcher(redirects: readonly Redirect[]): (address: string) => boolean {
  const patterns = redirects.map((redirect) => sourcePattern(redirect.source));
  return (address) => {
    const path = address.length > 1 ? address.replace(/\/+$/, "") : address;
    return patterns.some((pattern) => pattern.test(path));
  };
}

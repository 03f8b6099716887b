import { siteFeed, speakerFeedPath, tagFeedPath } from "./feed-channels";
import { YOUTUBE_EMBED_ORIGIN } from "../youtube";

export type Header = { key: string; value: string };

export const CSP_HEADER = "Content-Security-Policy";
export const CORP_HEADER = "Cross-Origin-Resource-Policy";

export type PolicyOptions = {
  /** `next dev`: its client needs inline scripts and eval (React's dev build, Fast Refresh). */
  development?: boolean;
  /** The `'sha256-…'` sources of the inline scripts the page may run (lib/publish/inline-scripts.ts). */
  scriptHashes?: readonly string[];
};

/**
 * The site's Content-Security-Policy: the site's own origin only, plus frames from the
 * privacy-enhanced YouTube host (loaded once the viewer presses Play). In production a script runs
 * only if it is a file of the site or an inline script whose hash is listed: Next.js inlines its
 * bootstrapping data in each static page, and since the pages are static those scripts are known
 * at build time, so each page is sent the hashes of its own (lib/publish/page-csp.ts). Nonces would
 * make every page render per request. Styles keep 'unsafe-inline': next/image and React write
 * `style` attributes, and the Observatory does not count it against the grade.
 */
export function contentSecurityPolicy({ development = false, scriptHashes = [] }: PolicyOptions = {}): string {
  const scripts = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // `next dev` serves plain http (a browser may upgrade even localhost); in production any http:
    // address left in a recap is fetched over https instead of being blocked as mixed content.
    ...(development ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/**
 * For a static host that sends the policies of every rule matching an address (Cloudflare Pages
 * joins them), the policy of `/*`: what no file of the site may ever do. It names no script or
 * default source, so it leaves each page's own policy (with its hashes) the only one that decides
 * what runs; a browser enforces both.
 */
export const BASELINE_POLICY = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "upgrade-insecure-requests"].join("; ");

/**
 * A page, the site's own scripts, styles and data (the search index, the talk list), resized photos
 * from `/_next/image`: no other site's page may load them (`same-origin`). It changes nothing for
 * the site's own pages, for links, or for programs that fetch an address themselves.
 */
export const SAME_ORIGIN_RESOURCE: Header = { key: CORP_HEADER, value: "same-origin" };

/**
 * What other sites are meant to show. A web feed reader shows a recap's photos with `<img>` at
 * their `/images/…` address (the feeds' HTML links them there), and link previewers and social
 * apps show the social card and the icon the same way; CORP `same-origin` would make the browser
 * refuse every one of those loads. Feeds and the calendar file are public on purpose: readers fetch
 * them themselves (CORP only ever limits loads a page makes without CORS), and `cross-origin` says
 * so for any that embed one.
 */
export const CROSS_ORIGIN_RESOURCE: Header = { key: CORP_HEADER, value: "cross-origin" };

/** The addresses that get CROSS_ORIGIN_RESOURCE: as `next start` matches them, and as a static host's `_headers` does. */
export type EmbeddableResource = { route: string; hostPaths: string[] };

export function embeddableResources(): EmbeddableResource[] {
  const feeds = [...Object.values(siteFeed.addresses), speakerFeedPath(":slug"), tagFeedPath(":tag")];
  return [
    { route: "/images/:path*", hostPaths: ["/images/*"] },
    // The site's own card, /opengraph-image, matches too; the export names every card with .png.
    { route: "/:path*/opengraph-image", hostPaths: ["/opengraph-image.png", "/*/opengraph-image.png"] },
    { route: "/icon.svg", hostPaths: ["/icon.svg"] },
    ...feeds.map((feed) => ({ route: feed, hostPaths: [feed.replace(/:\w+/g, "*")] })),
    { route: "/next-meetup.ics", hostPaths: ["/next-meetup.ics"] },
  ];
}

/**
 * Every response's headers under `next start`. In production its policy lists no script hashes:
 * after `next build`, `npm run build` gives each page, and every other address, its own policy
 * (scripts/page-csp.ts), so a build that skipped that step runs no inline script rather than any.
 */
export function securityHeaders({ development = false }: { development?: boolean } = {}): Header[] {
  return [{ key: CSP_HEADER, value: contentSecurityPolicy({ development }) }, ...OTHER_HEADERS, SAME_ORIGIN_RESOURCE];
}

const youtube = `"${YOUTUBE_EMBED_ORIGIN}"`;

/** The headers that are the same for every response, wherever it is served. */
export const OTHER_HEADERS: readonly Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: `camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), autoplay=(self ${youtube}), encrypted-media=(self ${youtube}), fullscreen=(self ${youtube}), picture-in-picture=(self ${youtube})`,
  },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * An SVG opened on its own is a document in the site's origin: it may show itself and its styles,
 * never run script (the check refuses such SVGs too; this holds for any that slip past it).
 */
export const SVG_HEADERS: readonly Header[] = [{ key: CSP_HEADER, value: "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'; sandbox" }];

import type { NamedRef } from "../content/library";
import { siteConfig } from "../site-config";
import { tagPath } from "../slug";

/**
 * The site's feeds: what each follows and where each format is served. The routes in app/ serve
 * these addresses, every page's head advertises them (lib/render/metadata.ts), and the static
 * export gives them their content types.
 */
export type FeedFormat = "rss" | "atom" | "json";

export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

export const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

export const FEED_FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

export type FeedChannel = {
  title: string;
  description: string;
  /** The page the feed follows: `/`, `/speakers/<slug>`, `/tags/<slug>`. */
  page: string;
  /** Where each of its formats is served; speaker and tag feeds are RSS only. */
  addresses: { rss: string } & Partial<Record<FeedFormat, string>>;
};

export const siteFeed: FeedChannel = {
  title: siteConfig.name,
  description: siteConfig.description,
  page: "/",
  addresses: { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" },
};

export const speakerFeedPath = (slug: string) => `/speakers/${slug}/feed.xml`;
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`;

/** The recaps of the meetups where this speaker spoke. */
export function speakerFeed(speaker: NamedRef): FeedChannel {
  return {
    title: `${speaker.name} at ${siteConfig.name}`,
    description: `Recaps of the ${siteConfig.name} meetups where ${speaker.name} spoke.`,
    page: `/speakers/${speaker.slug}`,
    addresses: { rss: speakerFeedPath(speaker.slug) },
  };
}

export function tagFeed(tag: NamedRef): FeedChannel {
  return {
    title: `${siteConfig.name}: recaps tagged ${tag.name}`,
    description: `Recaps of ${siteConfig.name} tagged ${tag.name}.`,
    page: tagPath(tag.slug),
    addresses: { rss: tagFeedPath(tag.slug) },
  };
}

/** Every feed file of the site, as a host's headers file matches them (`*` for a speaker or tag), with its content type. */
export function feedFiles(): { path: string; type: string }[] {
  const site = FEED_FORMATS.flatMap((format) => {
    const path = siteFeed.addresses[format];
    return path ? [{ path, type: FEED_CONTENT_TYPES[format] }] : [];
  });
  return [...site, { path: speakerFeedPath("*"), type: FEED_CONTENT_TYPES.rss }, { path: tagFeedPath("*"), type: FEED_CONTENT_TYPES.rss }];
}

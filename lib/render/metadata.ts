import type { Metadata } from "next";
import { FEED_CONTENT_TYPES, FEED_FORMAT_NAMES, FEED_FORMATS, type FeedChannel, siteFeed } from "../publish/feed-channels";
import { siteConfig } from "../site-config";

export type PreviewImage = { url: string; width: number; height: number; alt: string };

export type PageMetadataInput = {
  title?: string;
  description?: string;
  /** Site path of the page, e.g. /recaps/x; becomes the canonical URL. */
  path: string;
  /** Social previews, best first; by default the site's generated card (app/opengraph-image.tsx). */
  images?: PreviewImage[];
  type?: "website" | "article";
  publishedTime?: string;
  /** An embeddable video the page is about (og:video). */
  video?: string | null;
  /** The page's own feed (a speaker's, a tag's), advertised after the site's. */
  feed?: FeedChannel;
};

/**
 * The file name of a generated card. `next start` serves it with its type, and the static export
 * renames each card with its extension (lib/publish/static-export.ts), since a plain host gives a
 * file without one no type and link previews then break.
 */
export const PREVIEW_FILE = "opengraph-image";
export const EXPORTED_PREVIEW_FILE = `${PREVIEW_FILE}.png`;

/** A route's generated 1200×630 card (its opengraph-image.tsx), by the name this build serves it at. */
export function generatedPreview(routePath: string, alt: string): PreviewImage {
  const file = process.env.STATIC_EXPORT === "1" ? EXPORTED_PREVIEW_FILE : PREVIEW_FILE;
  return { url: `${routePath === "/" ? "" : routePath}/${file}`, width: 1200, height: 630, alt };
}

/** `<link rel="alternate">` for each feed, by content type: what feed readers find in a page's head. */
function feedAlternates(channels: readonly FeedChannel[]): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of FEED_FORMATS) {
    const links = channels.flatMap((channel) => {
      const url = channel.addresses[format];
      return url ? [{ url, title: `${channel.title} (${FEED_FORMAT_NAMES[format]})` }] : [];
    });
    if (links.length > 0) types[FEED_CONTENT_TYPES[format]] = links;
  }
  return types;
}

/**
 * Every page's metadata comes from here, so titles, canonicals, previews and feeds stay consistent.
 * (Next.js replaces a layout's `alternates` with the page's, so the feeds are added here, not in the layout.)
 */
export function buildMetadata({ title, description, path, images, type = "website", publishedTime, video, feed }: PageMetadataInput): Metadata {
  const pageDescription = description ?? siteConfig.description;
  const previews = images ?? [generatedPreview("/", `${siteConfig.name}: recaps and recorded talks`)];
  return {
    title: title ?? { absolute: `${siteConfig.name} — recaps and recorded talks` },
    description: pageDescription,
    alternates: { canonical: path, types: feedAlternates([siteFeed, ...(feed ? [feed] : [])]) },
    openGraph: {
      type,
      siteName: siteConfig.name,
      locale: siteConfig.language.replace("-", "_"),
      title: title ?? siteConfig.name,
      description: pageDescription,
      url: path,
      images: previews,
      ...(publishedTime ? { publishedTime } : {}),
      ...(video ? { videos: [{ url: video }] } : {}),
    },
    twitter: { card: "summary_large_image", title: title ?? siteConfig.name, description: pageDescription, images: previews.slice(0, 1) },
  };
}

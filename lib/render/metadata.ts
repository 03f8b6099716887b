import type { Metadata } from "next";
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
};

/** A route's generated 1200×630 card (its opengraph-image.tsx). */
export function generatedPreview(routePath: string, alt: string): PreviewImage {
  return { url: `${routePath === "/" ? "" : routePath}/opengraph-image`, width: 1200, height: 630, alt };
}

/** Every page's metadata comes from here, so titles, canonicals and previews stay consistent. */
export function buildMetadata({ title, description, path, images, type = "website", publishedTime, video }: PageMetadataInput): Metadata {
  const pageDescription = description ?? siteConfig.description;
  const previews = images ?? [generatedPreview("/", `${siteConfig.name}: recaps and recorded talks`)];
  return {
    title: title ?? { absolute: `${siteConfig.name} — recaps and recorded talks` },
    description: pageDescription,
    alternates: { canonical: path },
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

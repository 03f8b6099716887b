import type { Metadata } from "next";
import { siteConfig } from "./site-config";

export type PageMetadataInput = {
  title?: string;
  description?: string;
  /** Site path of the page, e.g. /recaps/x; becomes the canonical URL. */
  path: string;
  image?: { src: string; width: number; height: number; alt: string } | null;
  type?: "website" | "article";
  publishedTime?: string;
};

/** Every page's metadata comes from here, so titles, canonicals and previews stay consistent. */
export function buildMetadata({ title, description, path, image, type = "website", publishedTime }: PageMetadataInput): Metadata {
  const pageDescription = description ?? siteConfig.description;
  const images = image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined;
  return {
    title: title ?? { absolute: `${siteConfig.name} — recaps and recorded talks` },
    description: pageDescription,
    alternates: { canonical: path },
    openGraph: {
      type,
      siteName: siteConfig.name,
      locale: siteConfig.locale.replace("-", "_"),
      title: title ?? siteConfig.name,
      description: pageDescription,
      url: path,
      images,
      ...(publishedTime ? { publishedTime } : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: title ?? siteConfig.name, description: pageDescription },
  };
}

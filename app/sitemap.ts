import type { MetadataRoute } from "next";
import { getCompanies, getRecaps, getSpeakers, getTags, getTalks } from "@/lib/content";
import { sitemapPages } from "@/lib/publish/sitemap";
import { siteConfig } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/url";

export const dynamic = "force-static";

/** Every page that exists and no address that redirects (lib/publish/sitemap.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = sitemapPages(getRecaps(), { talks: getTalks(), speakers: getSpeakers(), companies: getCompanies(), tags: getTags() }, siteConfig.shortLinks);
  return pages.map(({ path, lastModified }) => ({ url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) }));
}

import type { MetadataRoute } from "next";
import { getCompanies, getRecaps, getSpeakers, getTags } from "@/lib/content";
import { absoluteUrl } from "@/lib/url";

export const dynamic = "force-static";

/** Every page that exists, each dated by the newest recap it shows. */
export default function sitemap(): MetadataRoute.Sitemap {
  const recaps = getRecaps();
  const newest = recaps[0]?.date;
  const entry = (path: string, date: string | undefined) => ({ url: absoluteUrl(path), ...(date ? { lastModified: date } : {}) });
  return [
    ...["/", "/recaps", "/talks", "/speakers", "/companies", "/tags"].map((path) => entry(path, newest)),
    ...recaps.map((recap) => entry(recap.url, recap.date)),
    ...getSpeakers().map((speaker) => entry(`/speakers/${speaker.slug}`, speaker.latest)),
    ...getCompanies().map((company) => entry(`/companies/${company.slug}`, company.talks[0]?.recap.date)),
    ...getTags().map((tag) => entry(`/tags/${tag.slug}`, tag.recaps[0]?.date)),
  ];
}

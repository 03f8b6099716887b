import type { Library } from "../content/library";
import type { Recap } from "../content/model";
import { redirectMatcher, siteRedirects } from "./redirects";
import { tagPath } from "../slug";
import { pageNumbers, pageOf, pagePath } from "../pagination";

export type SitemapPage = { path: string; lastModified?: string };

/**
 * Every page that exists, each dated by the newest recap it shows, and none that a redirect answers
 * (under `next start` a redirect comes before any page, so a listed address would lead elsewhere).
 */
export function sitemapPages(
  recaps: readonly Recap[],
  library: Pick<Library<Recap>, "talks" | "speakers" | "companies" | "tags">,
  shortLinks: Readonly<Record<string, string>>,
): SitemapPage[] {
  const newest = recaps[0]?.date;
  const entry = (path: string, date: string | undefined): SitemapPage => ({ path, ...(date ? { lastModified: date } : {}) });
  const redirected = redirectMatcher(siteRedirects(recaps, shortLinks));
  return [
    ...["/", "/recaps", "/talks", "/speakers", "/companies", "/tags"].map((path) => entry(path, newest)),
    ...recaps.map((recap) => entry(recap.url, recap.date)),
    ...library.talks.map((talk) => entry(talk.path, talk.recap.date)),
    ...library.speakers.map((speaker) => entry(`/speakers/${speaker.slug}`, speaker.latest)),
    ...library.companies.map((company) => entry(`/companies/${company.slug}`, company.talks[0]?.recap.date)),
    ...library.tags.map((tag) => entry(tagPath(tag.slug), tag.recaps[0]?.date)),
    // The later pages of the lists that are split (the first is the list's own address, above).
    ...laterPagesOf("/recaps", recaps),
    ...library.tags.flatMap((tag) => laterPagesOf(tagPath(tag.slug), tag.recaps)),
  ].filter((page) => !redirected(page.path));

  function laterPagesOf(base: string, list: readonly Recap[]): SitemapPage[] {
    return pageNumbers(list.length)
      .slice(1)
      .map((page) => entry(pagePath(base, page), pageOf(list, page)?.items[0]?.date));
  }
}

import { allRecapDocuments } from "contentlayer/generated";
import { buildLibrary, recapsOfSpeaker, type Company, type Speaker, type Tag, type TalkEntry, type TalkFacets } from "./library";
import { parseGeneratedRecap } from "./generated";
import type { Recap } from "./model";
import { type Page, pageNumbers, pageOf, RECAPS_PER_PAGE } from "../pagination";

export type { Company, NamedRef, Speaker, Tag, TagKind, TalkEntry, TalkFacets } from "./library";
export type { Photo, Recap, Talk } from "./model";

/**
 * The only module that reads the generated collection, and what pages and components import of the
 * content. Each document's `recap` was validated and derived by lib/content/read-recap.ts at content build time; parsing it again here turns the generated
 * JSON back into typed data without a cast.
 */
export type RecapWithBody = Recap & { body: string };

const recaps: RecapWithBody[] = allRecapDocuments
  .map((document) => ({ ...parseGeneratedRecap(document.recap, document._raw.sourceFilePath), body: document.body.raw }))
  .filter((recap) => !recap.draft)
  .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

/** Published recaps, newest first. */
export function getRecaps(): RecapWithBody[] {
  return recaps;
}

export function getRecap(slug: string): RecapWithBody | undefined {
  return recaps.find((recap) => recap.slug === slug);
}

export type RecapYear = { year: number; recaps: RecapWithBody[] };
/** A page of the archive, by year, and where each year of the whole archive starts. */
export type RecapArchivePage = Page<RecapYear> & { yearStarts: { year: number; page: number }[] };

/** The archive as the visitor reads it, page `page` of it: newest year first, newest recap first within it. */
export function getRecapArchivePage(page: number): RecapArchivePage | null {
  const shown = pageOf(recaps, page);
  if (!shown) return null;
  const yearStarts: { year: number; page: number }[] = [];
  recaps.forEach((recap, index) => {
    if (yearStarts.at(-1)?.year !== recap.year) yearStarts.push({ year: recap.year, page: Math.floor(index / RECAPS_PER_PAGE) + 1 });
  });
  return { ...shown, items: byYear(shown.items), yearStarts };
}

function byYear(list: readonly RecapWithBody[]): RecapYear[] {
  const years = new Map<number, RecapWithBody[]>();
  for (const recap of list) years.set(recap.year, [...(years.get(recap.year) ?? []), recap]);
  return [...years].map(([year, inYear]) => ({ year, recaps: inYear }));
}

/** The pages of /recaps. */
export function getRecapArchivePages(): number[] {
  return pageNumbers(recaps.length);
}

const library = buildLibrary(recaps);

/** Every talk, newest recap first, in running order within a recap. */
export function getTalks(): TalkEntry[] {
  return library.talks;
}

const talksBySlug = new Map(library.talks.map((talk) => [talk.slug, talk]));
const talksByRecap = new Map<string, TalkEntry[]>();
for (const talk of library.talks) talksByRecap.set(talk.recap.slug, [...(talksByRecap.get(talk.recap.slug) ?? []), talk]);

/** A talk's page, /talks/<slug>. */
export function getTalk(slug: string): TalkEntry | undefined {
  return talksBySlug.get(slug);
}

/** One evening's talks in running order, each with its page. */
export function getRecapTalks(recapSlug: string): TalkEntry[] {
  return talksByRecap.get(recapSlug) ?? [];
}

export function getTalkFacets(): TalkFacets {
  return library.facets;
}

/** Speakers A–Z. */
export function getSpeakers(): Speaker[] {
  return library.speakers;
}

export function getSpeaker(slug: string): Speaker | undefined {
  return library.speakers.find((speaker) => speaker.slug === slug);
}

/** The recaps of the meetups where `speaker` spoke, newest first. */
export function getSpeakerRecaps(speaker: Speaker): RecapWithBody[] {
  return recapsOfSpeaker(speaker, recaps);
}

/** Companies A–Z. */
export function getCompanies(): Company[] {
  return library.companies;
}

export function getCompany(slug: string): Company | undefined {
  return library.companies.find((company) => company.slug === slug);
}

/** Topic tags A–Z, then year tags newest first. */
export function getTags(): Tag<RecapWithBody>[] {
  return library.tags;
}

export function getTag(slug: string): Tag<RecapWithBody> | undefined {
  return library.tags.find((tag) => tag.slug === slug);
}

/** A tag with page `page` of its recaps, newest first. */
export function getTagPage(slug: string, page: number): { tag: Tag<RecapWithBody>; recaps: Page<RecapWithBody> } | null {
  const tag = getTag(slug);
  const shown = tag ? pageOf(tag.recaps, page) : null;
  return tag && shown ? { tag, recaps: shown } : null;
}

/** Each tag's pages. */
export function getTagPages(): { tag: string; page: number }[] {
  return library.tags.flatMap((tag) => pageNumbers(tag.recaps.length).map((page) => ({ tag: tag.slug, page })));
}

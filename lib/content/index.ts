import { allRecapDocuments } from "contentlayer/generated";
import { buildLibrary, recapsOfSpeaker, type Company, type Speaker, type Tag, type TalkEntry, type TalkFacets } from "./library";
import { parseGeneratedRecap } from "./generated";
import type { Recap } from "./model";

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

/** The archive as the visitor reads it: newest year first, newest recap first within it. */
export function getRecapsByYear(): RecapYear[] {
  const years = new Map<number, RecapWithBody[]>();
  for (const recap of recaps) years.set(recap.year, [...(years.get(recap.year) ?? []), recap]);
  return [...years].map(([year, list]) => ({ year, recaps: list }));
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

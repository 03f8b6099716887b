import type { FileProblem } from "./problems";
import type { Recap, Talk } from "./model";
import { siteConfig } from "../site-config";
import { compactKey, legacySlugify, legacyTagSlug, slugify, tagSlug, talkSlugBase } from "../slug";
import { talkInRecapPath } from "../url";

/**
 * The archive as a library of talks: every talk with its recap, and the speakers, companies and
 * tags across all recaps. Pure, so the pages and the content check see the same people.
 */
export type RecapRef = Pick<Recap, "slug" | "title" | "url" | "date" | "year" | "tags" | "videoId"> & { tagSlugs: string[] };
/**
 * `slug`: the talk's page, /talks/<slug> (`path`); `recapPath`: the recap at that talk (its moment in
 * the video, or its section); `key`: unique and stable within the archive.
 */
export type TalkEntry = Talk & { recap: RecapRef; slug: string; path: string; recapPath: string; key: string };
export type NamedRef = { slug: string; name: string };
export type CompanySpell = NamedRef & { first: string; latest: string };
export type Speaker = NamedRef & { talks: TalkEntry[]; companies: CompanySpell[]; first: string; latest: string };
export type Company = NamedRef & { talks: TalkEntry[]; speakers: NamedRef[] };
export type TagKind = "year" | "topic";
export type Tag<R> = NamedRef & { kind: TagKind; recaps: R[] };
/** What /talks can be filtered by: years newest first, tags and companies A–Z. */
export type TalkFacets = { years: string[]; tags: NamedRef[]; companies: NamedRef[] };
/** An old address of a speaker, company or tag page whose slug changed, and the page's address now. */
export type MovedPage = { from: string; to: string };
export type Library<R> = {
  talks: TalkEntry[];
  facets: TalkFacets;
  speakers: Speaker[];
  companies: Company[];
  tags: Tag<R>[];
  /** What lib/publish/redirects.ts and the static export redirect, so old addresses keep working. */
  moved: MovedPage[];
};

const byName = (a: NamedRef, b: NamedRef) => a.name.localeCompare(b.name, siteConfig.language, { sensitivity: "base" });
const nonAscii = (text: string) => [...text].filter((char) => char.charCodeAt(0) > 127).length;

/** The spelling a page shows for a slug: the accented one when spellings differ only by accents, else the most used. */
function preferredSpelling(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => nonAscii(b) - nonAscii(a) || countB - countA || a.localeCompare(b))[0]?.[0] ?? "";
}

type PageName = readonly [slug: string, name: string];
/**
 * The pages of one kind (`/speakers`, …) whose slug changed when slugs began to transliterate:
 * `names` pairs each page's slug with every name it was made from, whose legacy slug was its old
 * address. An old address gets a redirect only when it was not empty, is not the same page, is not
 * a real page now, and every name that had it went to the same page (else no one can tell which).
 */
function movedPages(prefix: string, names: readonly PageName[], legacy: (name: string) => string): MovedPage[] {
  const pages = new Set(names.map(([slug]) => slug));
  const targets = new Map<string, Set<string>>();
  for (const [slug, name] of names) {
    const old = legacy(name);
    if (old) targets.set(old, (targets.get(old) ?? new Set<string>()).add(slug));
  }
  return [...targets].flatMap(([old, slugs]) => {
    const [slug] = slugs;
    if (slug === undefined || slugs.size !== 1 || old === slug || pages.has(old)) return [];
    return [{ from: `${prefix}/${old}`, to: `${prefix}/${slug}` }];
  });
}

/**
 * Names talk pages, oldest talk first: the first talk with given speakers and title keeps the plain
 * slug and a later one gets its meetup's date, so publishing a new recap never moves an old address.
 */
function talkSlugClaimer(): (talk: Talk, recap: RecapRef) => string {
  const taken = new Set<string>();
  return (talk, recap) => {
    const base = talkSlugBase(talk.speakers, talk.title, recap.slug);
    let slug = taken.has(base) ? `${base}-${recap.date}` : base;
    for (let count = 2; taken.has(slug); count++) slug = `${base}-${recap.date}-${count}`;
    taken.add(slug);
    return slug;
  };
}

/** `recaps` newest first, as lib/content/index.ts keeps them. */
export function buildLibrary<R extends Recap>(recaps: readonly R[]): Library<R> {
  const claimSlug = talkSlugClaimer();
  const talksByRecap = [...recaps].reverse().map((recap): TalkEntry[] => {
    const ref: RecapRef = {
      slug: recap.slug,
      title: recap.title,
      url: recap.url,
      date: recap.date,
      year: recap.year,
      tags: recap.tags,
      tagSlugs: recap.tags.map(tagSlug),
      videoId: recap.videoId,
    };
    return recap.talks.map((talk) => {
      const slug = claimSlug(talk, ref);
      return { ...talk, recap: ref, slug, path: `/talks/${slug}`, recapPath: talkInRecapPath(recap.url, talk), key: `${recap.slug}#${talk.anchor}` };
    });
  });
  const talks = talksByRecap.reverse().flat();

  const spellings = new Map<string, string[]>();
  const spell = (slug: string, name: string) => spellings.set(slug, [...(spellings.get(slug) ?? []), name]);
  const speakerTalks = new Map<string, TalkEntry[]>();
  const companyTalks = new Map<string, TalkEntry[]>();
  for (const talk of talks) {
    talk.speakerSlugs.forEach((slug, index) => {
      if (!slug) return;
      spell(`speaker:${slug}`, talk.speakers[index] ?? slug);
      speakerTalks.set(slug, [...(speakerTalks.get(slug) ?? []), talk]);
    });
    if (talk.companySlug && talk.company) {
      spell(`company:${talk.companySlug}`, talk.company);
      companyTalks.set(talk.companySlug, [...(companyTalks.get(talk.companySlug) ?? []), talk]);
    }
  }
  const name = (kind: string, slug: string) => preferredSpelling(spellings.get(`${kind}:${slug}`) ?? [slug]);

  const speakers: Speaker[] = [...speakerTalks].map(([slug, list]) => {
    const companies = new Map<string, CompanySpell>();
    for (const talk of [...list].reverse()) {
      if (!talk.companySlug) continue;
      const known = companies.get(talk.companySlug);
      companies.set(talk.companySlug, {
        slug: talk.companySlug,
        name: name("company", talk.companySlug),
        first: known?.first ?? talk.recap.date,
        latest: talk.recap.date,
      });
    }
    return {
      slug,
      name: name("speaker", slug),
      talks: list,
      companies: [...companies.values()],
      first: list.at(-1)?.recap.date ?? "",
      latest: list[0]?.recap.date ?? "",
    };
  });

  const companies: Company[] = [...companyTalks].map(([slug, list]) => {
    const people = new Map<string, NamedRef>();
    for (const talk of list) talk.speakerSlugs.forEach((speaker) => speaker && people.set(speaker, { slug: speaker, name: name("speaker", speaker) }));
    return { slug, name: name("company", slug), talks: list, speakers: [...people.values()].sort(byName) };
  });

  const tagMap = new Map<string, Tag<R>>();
  for (const recap of recaps) {
    for (const tag of recap.tags) {
      const slug = tagSlug(tag);
      const known = tagMap.get(slug) ?? { slug, name: tag, kind: /^\d{4}$/.test(tag) ? "year" : "topic", recaps: [] };
      known.recaps.push(recap);
      tagMap.set(slug, known);
    }
  }
  const tags = [...tagMap.values()].sort((a, b) => (a.kind === b.kind ? (a.kind === "year" ? b.name.localeCompare(a.name) : byName(a, b)) : a.kind === "topic" ? -1 : 1));

  const named = ({ slug, name }: NamedRef): NamedRef => ({ slug, name });
  companies.sort(byName);
  const facets: TalkFacets = {
    years: [...new Set(talks.map((talk) => String(talk.recap.year)))],
    tags: tags.filter((tag) => tag.recaps.some((recap) => recap.talks.length > 0)).map(named),
    companies: companies.map(named),
  };
  const speakerNames: PageName[] = talks.flatMap((talk) => talk.speakerSlugs.flatMap((slug, index): PageName[] => (slug ? [[slug, talk.speakers[index] ?? ""]] : [])));
  const companyNames: PageName[] = talks.flatMap((talk): PageName[] => (talk.companySlug && talk.company ? [[talk.companySlug, talk.company]] : []));
  const tagNames: PageName[] = recaps.flatMap((recap) => recap.tags.map((tag): PageName => [tagSlug(tag), tag]));
  const moved = [
    ...movedPages("/speakers", speakerNames, legacySlugify),
    ...movedPages("/companies", companyNames, legacySlugify),
    ...movedPages("/tags", tagNames, legacyTagSlug),
  ];
  return { talks, facets, speakers: speakers.sort(byName), companies, tags, moved };
}

/** The recaps, of `recaps` and in their order, where `speaker` gave a talk. */
export function recapsOfSpeaker<R extends Pick<Recap, "slug">>(speaker: Pick<Speaker, "talks">, recaps: readonly R[]): R[] {
  const spokeAt = new Set(speaker.talks.map((talk) => talk.recap.slug));
  return recaps.filter((recap) => spokeAt.has(recap.slug));
}

/**
 * Names organisers probably meant as one: speakers or companies spelled differently (merged, but
 * worth making consistent), and companies that differ only by spaces or punctuation ("Control
 * Plane" / "ControlPlane"), which stay apart until an alias in lib/site-config.ts merges them.
 */
export function findLikelyDuplicateNames(recaps: readonly Recap[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const firstSeen = new Map<string, { name: string; file: string; line: number }>();
  const check = (kind: "speaker" | "company", name: string, slug: string, file: string, line: number) => {
    if (!slug) {
      problems.push({ file, line, severity: "warning", message: `the ${kind} name '${name}' has no letters or digits: write the name in full` });
      return;
    }
    const key = `${kind}:${compactKey(name)}`;
    const earlier = firstSeen.get(key);
    if (!earlier) {
      firstSeen.set(key, { name, file, line });
      return;
    }
    if (earlier.name === name) return;
    const fix =
      slugify(earlier.name) === slug
        ? "they are shown as one person or organisation; write it the same way in both"
        : `they are shown apart: write it the same way in both, or add "${earlier.name}": ["${name}"] to aliases.${kind === "speaker" ? "speakers" : "companies"} in lib/site-config.ts`;
    problems.push({ file, line, severity: "warning", message: `the ${kind} '${name}' is written '${earlier.name}' in ${earlier.file}:${earlier.line}: ${fix}` });
  };
  for (const recap of [...recaps].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const talk of recap.talks) {
      talk.speakers.forEach((speaker, index) => check("speaker", speaker, talk.speakerSlugs[index] ?? "", recap.sourceFile, talk.line));
      if (talk.company !== null) check("company", talk.company, talk.companySlug ?? "", recap.sourceFile, talk.line);
    }
  }
  return problems;
}


import type { TalkEntry } from "./content/library";
import { isRecord, isText, isTextList, isTextOrNull } from "./guards";

/** What a talk's row shows (components/talks/talk-row.tsx), on /talks and on speaker and company pages. */
export type TalkRowData = Pick<TalkEntry, "key" | "path" | "title" | "speakers" | "speakerSlugs" | "company" | "companySlug" | "start" | "videoId"> & {
  recap: Pick<TalkEntry["recap"], "title" | "url" | "date" | "videoId">;
  takeaways?: string[];
};

/**
 * A talk as /talks lists it: its row and what the filters match, nothing more. The first page of
 * these is rendered into /talks; the rest come from /talks.json when a visitor asks for them, so the
 * page stays small however long the archive grows.
 */
export type TalkListItem = TalkRowData & { recap: { year: string; tagSlugs: string[] } };

/**
 * How many talks /talks renders before "Show all": a decade of monthly meetups with three talks each,
 * so a real archive shows every talk at once, and one ten times larger still sends a small page.
 */
export const TALKS_FIRST_PAGE = 300;

export const TALK_FILTER_KEYS = ["year", "tag", "company"] as const;
export type TalkFilterKey = (typeof TALK_FILTER_KEYS)[number];

export function toTalkListItem(talk: TalkEntry): TalkListItem {
  const { key, path, title, speakers, speakerSlugs, company, companySlug, start, videoId, recap } = talk;
  return {
    key,
    path,
    title,
    speakers,
    speakerSlugs,
    company,
    companySlug,
    start,
    videoId,
    recap: { title: recap.title, url: recap.url, date: recap.date, videoId: recap.videoId, year: String(recap.year), tagSlugs: recap.tagSlugs },
  };
}

/** The filters in an address such as ?company=harness&year=2022; other parameters are ignored. */
export function activeTalkFilters(search: URLSearchParams): Partial<Record<TalkFilterKey, string>> {
  const filters: Partial<Record<TalkFilterKey, string>> = {};
  for (const key of TALK_FILTER_KEYS) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function matchesTalkFilters(talk: TalkListItem, filters: Partial<Record<TalkFilterKey, string>>): boolean {
  return (
    (!filters.year || talk.recap.year === filters.year) &&
    (!filters.tag || talk.recap.tagSlugs.includes(filters.tag)) &&
    (!filters.company || talk.companySlug === filters.company)
  );
}

/** /talks.json as the browser receives it: checked before a row is rendered from it. */
export function isTalkList(value: unknown): value is TalkListItem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (talk) =>
        isRecord(talk) &&
        isText(talk.key) &&
        isText(talk.path) &&
        isTextOrNull(talk.title) &&
        isTextList(talk.speakers) &&
        isTextList(talk.speakerSlugs) &&
        isTextOrNull(talk.company) &&
        isTextOrNull(talk.companySlug) &&
        (talk.start === null || typeof talk.start === "number") &&
        isTextOrNull(talk.videoId) &&
        isRecord(talk.recap) &&
        isText(talk.recap.title) &&
        isText(talk.recap.url) &&
        isText(talk.recap.date) &&
        isTextOrNull(talk.recap.videoId) &&
        isText(talk.recap.year) &&
        isTextList(talk.recap.tagSlugs),
    )
  );
}

/** The whole list as the browser has it: not fetched yet, fetched, or failed to load. */
export type AllTalks = { status: "not fetched" | "error" } | { status: "ready"; talks: TalkListItem[] };

export type TalkListState = { firstPage: TalkListItem[]; total: number; all: AllTalks; search: URLSearchParams; showAll: boolean };

export type TalkListView = {
  filters: Partial<Record<TalkFilterKey, string>>;
  /** The rows to show now. */
  listed: TalkListItem[];
  /** The whole list is needed and not here yet: fetch /talks.json. */
  loading: boolean;
  /** The "Show all" button, while the page holds only the first page. */
  canShowAll: boolean;
  status: string;
};

/**
 * What /talks shows for the address and what the browser has: the first page until a filter or
 * "Show all" needs the rest; once fetched, the whole list stays (without a filter it shows only
 * after "Show all").
 */
export function talkListView({ firstPage, total, all, search, showAll }: TalkListState): TalkListView {
  const filters = activeTalkFilters(search);
  const filtering = Object.keys(filters).length > 0;
  const complete = firstPage.length >= total;
  const needAll = !complete && (filtering || showAll);
  const known = all.status === "ready" ? all.talks : firstPage;
  const listed = filtering ? known.filter((talk) => matchesTalkFilters(talk, filters)) : showAll ? known : firstPage;
  const loading = needAll && all.status === "not fetched";
  const status = loading
    ? "Loading every talk…"
    : needAll && all.status === "error"
      ? `Could not load every talk; showing the newest ${firstPage.length}.`
      : filtering
        ? `Showing ${listed.length} of ${total} talks`
        : `${total} talks`;
  return { filters, listed, loading, canShowAll: !complete && !filtering && !showAll, status };
}

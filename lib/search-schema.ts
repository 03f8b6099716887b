import type { Options, SearchResult } from "minisearch";

/**
 * What the browser needs to load and read the search index: no Node or Markdown code, so the
 * search dialog's bundle stays small. The index itself is built by lib/publish/search-index.ts.
 */
/** One searchable thing: a talk (opens the recap playing it) or a recap. */
export type SearchDocument = {
  id: string;
  kind: "talk" | "recap";
  title: string;
  speakers: string;
  company: string;
  takeaways: string;
  text: string;
  url: string;
  /** Shown under the title: who, from where, when. */
  context: string;
};

export type StoredResult = Pick<SearchDocument, "kind" | "title" | "url" | "context" | "takeaways">;

const searchOptions: Options<SearchDocument>["searchOptions"] = {
  boost: { title: 3, speakers: 3, company: 2, takeaways: 1.5 },
  prefix: true,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  combineWith: "AND",
};

/** Shared by the build (which indexes) and the browser (which loads the index): they must agree. */
export const searchIndexOptions: Options<SearchDocument> = {
  fields: ["title", "speakers", "company", "takeaways", "text"],
  storeFields: ["kind", "title", "url", "context", "takeaways"],
  searchOptions,
};

/**
 * What the dialog loads first, so the first results come after a small download however big the
 * archive grows: titles, speakers and companies. The full index (the recaps' words and the talks'
 * takeaways) follows in the background and then answers instead.
 */
export const nameIndexOptions: Options<SearchDocument> = {
  fields: ["title", "speakers", "company"],
  storeFields: ["kind", "title", "url", "context"],
  searchOptions,
};

/** The two indexes, in the order the dialog fetches them. */
export const SEARCH_INDEXES = [
  { url: "/search-names.json", options: nameIndexOptions },
  { url: "/search-index.json", options: searchIndexOptions },
] as const;

export type SearchHit = StoredResult & { id: string; matched: string[]; terms: string[]; snippet: string | null };

/** A result with what matched, and the takeaway that matched, for the result list. */
export function toSearchHit(result: SearchResult): SearchHit {
  const stored = (field: string) => (typeof result[field] === "string" ? String(result[field]) : "");
  const kind = stored("kind") === "talk" ? "talk" : "recap";
  const takeaways = stored("takeaways");
  const fields = [...new Set(Object.values(result.match).flat())];
  const terms = result.terms.map((term) => term.toLowerCase());
  const snippet = fields.includes("takeaways") ? (takeaways.split("\n").find((line) => terms.some((term) => line.toLowerCase().includes(term))) ?? null) : null;
  return { id: String(result.id), kind, title: stored("title"), url: stored("url"), context: stored("context"), takeaways, matched: fields, terms, snippet };
}

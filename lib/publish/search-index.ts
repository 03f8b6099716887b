import MiniSearch, { type Options } from "minisearch";
import { toString } from "mdast-util-to-string";
import { formatDate, formatSpeakers, talkTitle } from "../render/format";
import type { TalkEntry } from "../content/library";
import type { Recap } from "../content/model";
import { parseMarkdown } from "../content/markdown-ast";
import { type SearchDocument, searchIndexOptions } from "../search-schema";
import { formatTimestamp } from "../timestamps";

/** `withText`: the recaps' own words too, which only the full index searches (and which cost a parse of every body). */
export function buildSearchDocuments(recaps: readonly (Recap & { body: string })[], talks: readonly TalkEntry[], { withText = true }: { withText?: boolean } = {}): SearchDocument[] {
  const talkDocuments = talks.map((talk): SearchDocument => ({
    id: `talk:${talk.key}`,
    kind: "talk",
    title: talkTitle(talk),
    speakers: talk.speakers.join(" "),
    company: talk.company ?? "",
    takeaways: talk.takeaways.join("\n"),
    text: talk.recap.title,
    url: talk.path,
    context: [formatSpeakers(talk.speakers), talk.company, formatDate(talk.recap.date, "short"), talk.start === null ? null : formatTimestamp(talk.start)]
      .filter(Boolean)
      .join(" · "),
  }));
  const recapDocuments = recaps.map((recap): SearchDocument => ({
    id: `recap:${recap.slug}`,
    kind: "recap",
    title: recap.title,
    speakers: recap.talks.flatMap((talk) => talk.speakers).join(" "),
    company: recap.talks.map((talk) => talk.company ?? "").join(" "),
    takeaways: "",
    text: withText ? [recap.summary, toString(parseMarkdown(recap.body)), recap.tags.join(" ")].join("\n") : "",
    url: recap.url,
    context: `Recap · ${formatDate(recap.date, "short")} · ${recap.location}`,
  }));
  return [...talkDocuments, ...recapDocuments];
}

export function buildSearchIndex(documents: readonly SearchDocument[], options: Options<SearchDocument> = searchIndexOptions): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll([...documents]);
  return index;
}

/** A search index as the route that serves it answers: built once, at build time. */
export function searchIndexResponse(recaps: readonly (Recap & { body: string })[], talks: readonly TalkEntry[], options: Options<SearchDocument>): Response {
  const documents = buildSearchDocuments(recaps, talks, { withText: options.fields.includes("text") });
  return new Response(JSON.stringify(buildSearchIndex(documents, options)), { headers: { "content-type": "application/json; charset=utf-8" } });
}

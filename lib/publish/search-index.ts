import MiniSearch from "minisearch";
import { toString } from "mdast-util-to-string";
import { formatDate, formatSpeakers, talkTitle } from "../render/format";
import type { TalkEntry } from "../content/library";
import type { Recap } from "../content/model";
import { parseMarkdown } from "../content/markdown-ast";
import { type SearchDocument, searchIndexOptions } from "../search-schema";
import { formatTimestamp } from "../timestamps";

export function buildSearchDocuments(recaps: readonly (Recap & { body: string })[], talks: readonly TalkEntry[]): SearchDocument[] {
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
    text: [recap.summary, toString(parseMarkdown(recap.body)), recap.tags.join(" ")].join("\n"),
    url: recap.url,
    context: `Recap · ${formatDate(recap.date, "short")} · ${recap.location}`,
  }));
  return [...talkDocuments, ...recapDocuments];
}

export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll([...documents]);
  return index;
}

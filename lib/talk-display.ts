import type { Talk } from "./content/model";

const speakerList = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** "Prithvi Raj and Sunil Anjin"; empty when the recap named nobody. */
export function formatSpeakers(speakers: readonly string[]): string {
  return speakerList.format(speakers);
}

/** How a talk is named in lists, chapters and search results: "Viktor Gamov: Supercharge…". */
export function talkName(talk: Pick<Talk, "speakers" | "title">): string {
  const speakers = formatSpeakers(talk.speakers);
  if (speakers && talk.title) return `${speakers}: ${talk.title}`;
  return talk.title ?? (speakers || "Talk");
}

/** The shareable address of a talk: its moment in the video, or its section when it has none. */
export function talkPath(recapUrl: string, talk: Pick<Talk, "start" | "anchor">): string {
  return talk.start === null ? `${recapUrl}#${talk.anchor}` : `${recapUrl}?t=${talk.start}`;
}

/** The talk playing at `seconds`: the last one that started at or before it. */
export function talkAt<T extends Pick<Talk, "start">>(talks: readonly T[], seconds: number): T | null {
  let current: T | null = null;
  for (const talk of talks) {
    if (talk.start !== null && talk.start <= seconds && (current?.start ?? -1) <= talk.start) current = talk;
  }
  return current;
}

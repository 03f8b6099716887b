import type { TalkEntry } from "../content/library";
import type { Talk } from "../content/model";
import { siteConfig } from "../site-config";

/** Dates are calendar days (YYYY-MM-DD) in the community's own time zone; never shift them by UTC. */
function toDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDate(day: string, style: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(siteConfig.language, {
    day: "numeric",
    month: style === "long" ? "long" : "short",
    year: "numeric",
    weekday: style === "long" ? "long" : undefined,
    timeZone: "UTC",
  }).format(toDate(day));
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const speakerList = new Intl.ListFormat(siteConfig.language, { style: "long", type: "conjunction" });

/** "Prithvi Raj and Sunil Anjin"; empty when the recap named nobody. */
export function formatSpeakers(speakers: readonly string[]): string {
  return speakerList.format(speakers);
}

/** A talk's heading: its title, or who gave it when the recap names no title. */
export function talkTitle(talk: Pick<Talk, "speakers" | "title">): string {
  const speakers = formatSpeakers(talk.speakers);
  return talk.title ?? (speakers ? `Talk by ${speakers}` : "Talk");
}

/** How a talk is named in lists, chapters and search results: "Viktor Gamov: Supercharge…". */
export function talkName(talk: Pick<Talk, "speakers" | "title">): string {
  const speakers = formatSpeakers(talk.speakers);
  if (speakers && talk.title) return `${speakers}: ${talk.title}`;
  return talk.title ?? (speakers || "Talk");
}

/** A talk page's description for search engines and previews: who, where from, which evening, what they took away. */
export function talkDescription(talk: Pick<TalkEntry, "speakers" | "company" | "takeaways" | "recap">): string {
  const who = formatSpeakers(talk.speakers) || "A talk";
  const from = talk.company ? ` (${talk.company})` : "";
  const takeaways = talk.takeaways.length > 0 ? ` ${talk.takeaways.join(" · ")}` : "";
  return `${who}${from} at ${talk.recap.title}, ${formatDate(talk.recap.date)}.${takeaways}`;
}

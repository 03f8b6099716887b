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

/** How a talk is named in lists, chapters and search results: "Viktor Gamov: Supercharge…". */
export function talkName(talk: Pick<Talk, "speakers" | "title">): string {
  const speakers = formatSpeakers(talk.speakers);
  if (speakers && talk.title) return `${speakers}: ${talk.title}`;
  return talk.title ?? (speakers || "Talk");
}

import { siteConfig } from "./site-config";

/** Dates are calendar days (YYYY-MM-DD) in the community's own time zone; never shift them by UTC. */
function toDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function formatDate(day: string, style: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(siteConfig.locale, {
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

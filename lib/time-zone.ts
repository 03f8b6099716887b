import { siteConfig } from "./site-config";

/** Wall-clock arithmetic in the community's time zone (siteConfig.timeZone), with the platform's zone data. */

// One formatter per zone: building one is far slower than using it, and transitions need hundreds of readings.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    // A fixed locale: these parts are read back as numbers, never shown.
    format = new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** Minutes to add to UTC to get the wall-clock time in `timeZone` at `instant` (London: 0 in winter, 60 in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone = siteConfig.timeZone): number {
  const parts = wallClock(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/** The instant at which the clocks in `timeZone` show `date` `time`. */
export function zonedTime(date: string, time: string, timeZone = siteConfig.timeZone): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** ISO 8601 with the zone's offset, e.g. 2026-12-02T18:30:00+00:00, as schema.org prefers. */
export function zonedIso(date: string, time: string, timeZone = siteConfig.timeZone): string {
  return `${date}T${time}:00${formatOffset(zoneOffsetMinutes(zonedTime(date, time, timeZone), timeZone), ":")}`;
}

/**
 * The instant that stands for a calendar day (a recap's date) where a format wants a time, as feeds
 * and schema.org do: noon in the community's zone, the same day for readers up to 11 hours away.
 */
export function dayInstant(date: string, timeZone = siteConfig.timeZone): Date {
  return zonedTime(date, "12:00", timeZone);
}

/** dayInstant as ISO 8601 with the zone's offset, e.g. 2022-09-07T12:00:00+01:00. */
export function dayIso(date: string, timeZone = siteConfig.timeZone): string {
  return zonedIso(date, "12:00", timeZone);
}

/** `+01:00` (or `+0100` with an empty separator) for an offset in minutes. */
function formatOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${sign}${hours}${separator}${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

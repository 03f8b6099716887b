import type { UpcomingMeetup } from "../next-meetup";
import { formatSpeakers } from "../render/format";
import { siteConfig } from "../site-config";
import { formatOffset, type ZoneTransition, zoneName, zoneOffsetMinutes, zoneTransitions } from "../time-zone";

// RFC 5545 text: escape \ ; , and newlines; lines fold at 75 octets with CRLF + space.
const icsText = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

// RFC 5545 allows no control character but tab inside a content line (line breaks are escaped by icsText).
const ICS_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const chunks: string[] = [];
  let current = "";
  for (const char of line) {
    const limit = chunks.length === 0 ? 75 : 74;
    if (new TextEncoder().encode(current + char).length > limit) {
      chunks.push(current);
      current = "";
    }
    current += char;
  }
  chunks.push(current);
  return chunks.join("\r\n ");
}

const icsLocal = (date: string, time: string) => `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
const icsUtc = (instant: Date) => instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
const icsWall = (wall: Date) => icsUtc(wall).replace(/Z$/, "");

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/**
 * One yearly rule per transition of the meetup's year ("the last Sunday of March at 01:00"), starting
 * in 1970 as calendars expect: the zone's rules as they stand, read from the platform's zone data.
 */
function observance(transition: ZoneTransition, timeZone: string): string[] {
  // The wall clock just before the change, in the offset it changes from.
  const wall = new Date(transition.at.getTime() + transition.from * 60_000);
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  const weekday = wall.getUTCDay();
  const last = day + 7 > new Date(Date.UTC(wall.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const nth = Math.ceil(day / 7);
  const start = new Date(Date.UTC(1970, month, 1, wall.getUTCHours(), wall.getUTCMinutes()));
  if (last) start.setUTCMonth(month + 1, 0);
  while (start.getUTCDay() !== weekday) start.setUTCDate(start.getUTCDate() + (last ? -1 : 1));
  if (!last) start.setUTCDate(start.getUTCDate() + (nth - 1) * 7);
  const kind = transition.to > transition.from ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(transition.from, "")}`,
    `TZOFFSETTO:${formatOffset(transition.to, "")}`,
    `TZNAME:${zoneName(transition.at, timeZone)}`,
    `DTSTART:${icsWall(start)}`,
    `RRULE:FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${last ? -1 : nth}${WEEKDAYS[weekday] ?? "SU"}`,
    `END:${kind}`,
  ];
}

/** The zone's VTIMEZONE for `year`, so any calendar shows the event at the right time. */
function vtimezone(timeZone: string, year: number): string[] {
  const transitions = zoneTransitions(year, timeZone);
  const january = new Date(Date.UTC(year, 0, 1));
  const offset = formatOffset(zoneOffsetMinutes(january, timeZone), "");
  const observances =
    transitions.length > 0
      ? transitions.flatMap((transition) => observance(transition, timeZone))
      : ["BEGIN:STANDARD", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, `TZNAME:${zoneName(january, timeZone)}`, "DTSTART:19700101T000000", "END:STANDARD"];
  return ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, ...observances, "END:VTIMEZONE"];
}

/** An "Add to calendar" file: one event in the community's time zone, with the zone's rules. */
export function meetupIcs(meetup: UpcomingMeetup, stamp: Date): string {
  const { timeZone } = siteConfig;
  const speakers = meetup.speakers.length > 0 ? `Speakers: ${formatSpeakers(meetup.speakers)}. ` : "";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${siteConfig.name}//Meetup site//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...vtimezone(timeZone, Number(meetup.date.slice(0, 4))),
    "BEGIN:VEVENT",
    `UID:${meetup.date}@${new URL(siteConfig.url).hostname}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART;TZID=${timeZone}:${icsLocal(meetup.date, meetup.startTime)}`,
    `DTEND;TZID=${timeZone}:${icsLocal(meetup.date, meetup.endTime)}`,
    `SUMMARY:${icsText(meetup.title)}`,
    `LOCATION:${icsText([meetup.venue, meetup.address].filter(Boolean).join(", "))}`,
    `DESCRIPTION:${icsText(`${speakers}RSVP: ${meetup.rsvpUrl}`)}`,
    `URL:${meetup.rsvpUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map((line) => foldLine(line.replace(ICS_CONTROL, ""))).join("\r\n")}\r\n`;
}

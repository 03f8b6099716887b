import { z } from "zod";
import { isRealDate } from "./content/file-name";
import { type NextMeetup, siteConfig } from "./site-config";
import { formatSpeakers } from "./talk-display";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "times are HH:MM, 24-hour, e.g. 18:30" });
const nextMeetupSchema = z
  .object({
    title: z.string().min(1),
    date: z.string().refine(isRealDate, { error: "the date is YYYY-MM-DD, e.g. 2026-12-02" }),
    startTime: time,
    endTime: time,
    venue: z.string().min(1),
    address: z.string(),
    speakers: z.array(z.string()),
    rsvpUrl: z.url(),
  })
  .refine((meetup) => meetup.endTime > meetup.startTime, { error: "the meetup must end after it starts" });

export type UpcomingMeetup = NextMeetup & { start: Date; end: Date };

/** Minutes to add to UTC to get London's wall-clock time at `instant` (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: siteConfig.timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/** The instant at which London's clocks show `date` `time`. */
export function londonTime(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - londonOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - londonOffsetMinutes(new Date(first)) * 60_000);
}

/**
 * When the pages are built: now, or `SITE_BUILD_TIME` (an ISO date and time) to build the site as of
 * another moment, as the browser tests do so that they do not depend on the day they run.
 */
export function buildTime(): Date {
  const fixed = process.env.SITE_BUILD_TIME;
  if (!fixed) return new Date();
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime())) throw new Error(`SITE_BUILD_TIME='${fixed}' is not a date: write it as 2026-11-21T12:00:00Z, or unset it`);
  return time;
}

/** The configured meetup if it has not ended by `now`; a past one is never shown as upcoming. */
export function upcomingMeetup(config: NextMeetup | null, now: Date): UpcomingMeetup | null {
  if (!config) return null;
  const parsed = nextMeetupSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`lib/site-config.ts: nextMeetup is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const meetup = { ...parsed.data, start: londonTime(parsed.data.date, parsed.data.startTime), end: londonTime(parsed.data.date, parsed.data.endTime) };
  return meetup.end.getTime() > now.getTime() ? meetup : null;
}

/** ISO 8601 with London's offset, e.g. 2026-12-02T18:30:00+00:00, as schema.org prefers. */
export function londonIso(date: string, time: string): string {
  const offset = londonOffsetMinutes(londonTime(date, time));
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  return `${date}T${time}:00${sign}${hours}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
}

// RFC 5545 text: escape \ ; , and newlines; lines fold at 75 octets with CRLF + space.
const icsText = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

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

/** An "Add to calendar" file: one event in London time, with the zone's rules so any calendar gets it right. */
export function meetupIcs(meetup: UpcomingMeetup, stamp: Date): string {
  const speakers = meetup.speakers.length > 0 ? `Speakers: ${formatSpeakers(meetup.speakers)}. ` : "";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${siteConfig.name}//Meetup site//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    `UID:${meetup.date}@${new URL(siteConfig.url).hostname}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART;TZID=Europe/London:${icsLocal(meetup.date, meetup.startTime)}`,
    `DTEND;TZID=Europe/London:${icsLocal(meetup.date, meetup.endTime)}`,
    `SUMMARY:${icsText(meetup.title)}`,
    `LOCATION:${icsText([meetup.venue, meetup.address].filter(Boolean).join(", "))}`,
    `DESCRIPTION:${icsText(`${speakers}RSVP: ${meetup.rsvpUrl}`)}`,
    `URL:${meetup.rsvpUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

export function meetupJsonLd(meetup: UpcomingMeetup): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meetup.title,
    startDate: londonIso(meetup.date, meetup.startTime),
    endDate: londonIso(meetup.date, meetup.endTime),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: meetup.venue, address: meetup.address },
    organizer: { "@type": "Organization", name: siteConfig.name, url: siteConfig.url },
    url: meetup.rsvpUrl,
    ...(meetup.speakers.length > 0 ? { performer: meetup.speakers.map((name) => ({ "@type": "Person", name })) } : {}),
  };
}

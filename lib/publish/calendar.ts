import ical, { ICalCalendarMethod } from "ical-generator";
import { withoutControlCharacters } from "../control-characters";
import type { UpcomingMeetup } from "../next-meetup";
import { formatSpeakers } from "../render/format";
import { siteConfig } from "../site-config";
import { formatOffset, type ZoneTransition, zoneName, zoneOffsetMinutes, zoneTransitions } from "../time-zone";

const icsWall = (wall: Date) => wall.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "");

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

/**
 * The zone's VTIMEZONE for `year`, so any calendar shows the event at the right time. ical-generator
 * writes this block with a generator it is given (it suggests @touch4it/ical-timezones). This one is
 * our own, read from the runtime's Intl zone data, so the build needs no further package and no
 * network, and the rules are those of the same zone data that converts the times everywhere else.
 */
function vtimezone(timeZone: string, year: number): string {
  const transitions = zoneTransitions(year, timeZone);
  const january = new Date(Date.UTC(year, 0, 1));
  const offset = formatOffset(zoneOffsetMinutes(january, timeZone), "");
  const observances =
    transitions.length > 0
      ? transitions.flatMap((transition) => observance(transition, timeZone))
      : ["BEGIN:STANDARD", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, `TZNAME:${zoneName(january, timeZone)}`, "DTSTART:19700101T000000", "END:STANDARD"];
  return ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, ...observances, "END:VTIMEZONE"].join("\r\n");
}

/** An "Add to calendar" file: one event at the meetup's wall-clock times in `timeZone`, with that zone's rules. */
export function meetupIcs(meetup: UpcomingMeetup, stamp: Date, timeZone = siteConfig.timeZone): string {
  // iCalendar allows no control character but tab in a line (ical-generator escapes line breaks).
  const text = withoutControlCharacters;
  const speakers = meetup.speakers.length > 0 ? `Speakers: ${formatSpeakers(meetup.speakers)}. ` : "";
  const calendar = ical({
    prodId: { company: siteConfig.name, product: "Meetup site", language: siteConfig.language },
    method: ICalCalendarMethod.PUBLISH,
    scale: "GREGORIAN",
    // No calendar-wide zone: ical-generator would then write DTSTAMP in it, not in UTC as RFC 5545
    // requires. The event names its zone, and the generator writes that zone's VTIMEZONE.
    timezone: { name: null, generator: (zone) => vtimezone(zone, Number(meetup.date.slice(0, 4))) },
  });
  calendar.createEvent({
    id: `${meetup.date}@${new URL(siteConfig.url).hostname}`,
    stamp,
    // Wall-clock times without an offset: with the event's zone set, ical-generator writes them as they are.
    start: `${meetup.date}T${meetup.startTime}:00`,
    end: `${meetup.date}T${meetup.endTime}:00`,
    timezone: timeZone,
    summary: text(meetup.title),
    location: text([meetup.venue, meetup.address].filter(Boolean).join(", ")),
    description: text(`${speakers}RSVP: ${meetup.rsvpUrl}`),
    url: meetup.rsvpUrl,
  });
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves the last one open.
  return `${calendar.toString()}\r\n`;
}

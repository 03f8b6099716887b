import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import { withoutControlCharacters } from "../control-characters";
import type { UpcomingMeetup } from "../next-meetup";
import { formatSpeakers } from "../render/format";
import { siteConfig } from "../site-config";

/**
 * The zone's VTIMEZONE block, from the zone data @touch4it/ical-timezones ships (the generator
 * ical-generator's documentation suggests), so any calendar shows the event at the right time.
 */
function vtimezone(timeZone: string): string {
  const block = getVtimezoneComponent(timeZone);
  if (!block) throw new Error(`lib/site-config.ts: timeZone '${timeZone}' is not a time zone calendars know: use an IANA name such as Europe/London`);
  return block.trim();
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
    timezone: { name: null, generator: vtimezone },
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

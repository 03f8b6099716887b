import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { upcomingMeetup } from "../../../lib/next-meetup";
import { meetupIcs } from "../../../lib/publish/calendar";
import type { NextMeetup } from "../../../lib/site-config";
import { zonedIso, zonedTime } from "../../../lib/time-zone";

const december: NextMeetup = { title: "December", date: "2026-12-02", startTime: "18:30", endTime: "21:00", venue: "esynergy", address: "London", speakers: ["Jane, Doe"], rsvpUrl: "https://example.com/rsvp" };
const STAMP = new Date("2026-11-21T10:00:00Z");

function calendarFile(meetup: NextMeetup, timeZone?: string): string {
  const upcoming = upcomingMeetup(meetup, new Date("2026-01-01T00:00:00Z"));
  assert.ok(upcoming);
  return meetupIcs(upcoming, STAMP, timeZone);
}

/** What a calendar app reads from the file: the event's instants, using only the VTIMEZONE the file carries. */
function readCalendar(ics: string) {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent("vtimezone");
  assert.ok(vtimezone, "the file carries its zone's VTIMEZONE");
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const vevent = calendar.getFirstSubcomponent("vevent");
  assert.ok(vevent);
  const event = new ICAL.Event(vevent);
  return {
    zone: event.startDate.zone?.tzid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    summary: event.summary,
    location: event.location,
    description: event.description,
    stamp: vevent.getFirstPropertyValue("dtstamp")?.toString(),
  };
}

describe("the next meetup's time", () => {
  it("converts London wall-clock time in winter and summer", () => {
    assert.equal(zonedTime("2026-12-02", "18:30").toISOString(), "2026-12-02T18:30:00.000Z");
    assert.equal(zonedTime("2026-07-01", "18:30").toISOString(), "2026-07-01T17:30:00.000Z");
    assert.equal(zonedIso("2026-07-01", "18:30"), "2026-07-01T18:30:00+01:00");
  });

  it("is upcoming until it ends, never after", () => {
    assert.ok(upcomingMeetup(december, new Date("2026-12-02T20:59:00Z")));
    assert.equal(upcomingMeetup(december, new Date("2026-12-02T21:00:00Z")), null);
    assert.equal(upcomingMeetup(null, new Date()), null);
    assert.throws(() => upcomingMeetup({ ...december, startTime: "7pm" }, new Date(0)), /nextMeetup is invalid: startTime: times are HH:MM/);
  });
});

describe("the calendar file, as a calendar app reads it", () => {
  const cases = [
    { timeZone: "Europe/London", date: "2026-12-02", start: "2026-12-02T18:30:00.000Z", end: "2026-12-02T21:00:00.000Z" },
    { timeZone: "Europe/London", date: "2026-07-01", start: "2026-07-01T17:30:00.000Z", end: "2026-07-01T20:00:00.000Z" },
    { timeZone: "America/New_York", date: "2026-12-02", start: "2026-12-02T23:30:00.000Z", end: "2026-12-03T02:00:00.000Z" },
    { timeZone: "America/New_York", date: "2026-07-01", start: "2026-07-01T22:30:00.000Z", end: "2026-07-02T01:00:00.000Z" },
  ];
  for (const { timeZone, date, start, end } of cases) {
    it(`18:30–21:00 on ${date} in ${timeZone} is ${start} to ${end}`, () => {
      const event = readCalendar(calendarFile({ ...december, date }, timeZone));
      assert.deepEqual([event.zone, event.start, event.end], [timeZone, start, end]);
    });
  }

  it("is in the site's time zone, Europe/London, unless told otherwise", () => {
    assert.equal(readCalendar(calendarFile(december)).zone, "Europe/London");
  });

  it("carries the title, the place, the speakers and the RSVP link, and a UTC DTSTAMP", () => {
    const event = readCalendar(calendarFile(december));
    assert.equal(event.summary, "December");
    assert.equal(event.location, "esynergy, London");
    assert.equal(event.description, "Speakers: Jane, Doe. RSVP: https://example.com/rsvp");
    assert.equal(event.stamp, "2026-11-21T10:00:00Z");
  });

  it("writes RFC 5545: CRLF lines of at most 75 octets, escaped text", () => {
    const ics = calendarFile({ ...december, title: "A very long meetup title, with commas; and ünïcödé ".repeat(4).trim() });
    assert.ok(ics.endsWith("\r\n"));
    assert.doesNotMatch(ics.replace(/\r\n/g, ""), /[\r\n]/);
    assert.ok(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75));
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/London:20261202T183000\r\n/);
    assert.match(ics, /\r\nDTSTAMP:20261121T100000Z\r\n/);
    assert.match(readCalendar(ics).summary, /^A very long meetup title, with commas; and ünïcödé A very/);
  });

  it("leaves out the control characters iCalendar forbids", () => {
    const ics = calendarFile({ ...december, title: "December\u0001 meetup\u007f", venue: "esynergy\u0000" });
    assert.doesNotMatch(ics.replace(/\r\n/g, ""), /[\u0000-\u0008\u000A-\u001F\u007F]/);
    const event = readCalendar(ics);
    assert.equal(event.summary, "December meetup");
    assert.equal(event.location, "esynergy, London");
  });
});

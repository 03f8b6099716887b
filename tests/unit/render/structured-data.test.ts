import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRecapDirectory } from "../../../lib/content/check";
import { buildLibrary } from "../../../lib/content/library";
import { upcomingMeetup } from "../../../lib/next-meetup";
import { meetupJsonLd, recapVideoJsonLd, speakerJsonLd, talkRecordingsJsonLd } from "../../../lib/render/json-ld";

/**
 * What Google's structured-data documentation asks of each type (developers.google.com/search/docs/
 * appearance/structured-data: video, event), as a table: a required property that is missing or
 * malformed makes the item ineligible; a recommended one that is missing only loses features.
 */
type Check = (value: unknown, item: Record<string, unknown>) => boolean;

const SITE = "https://cloudnative.london";
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text: Check = (value) => typeof value === "string" && value.trim() !== "";
const url: Check = (value) => typeof value === "string" && /^https?:\/\//.test(value) && URL.canParse(value);
const urls: Check = (value, item) => (Array.isArray(value) ? value.length > 0 && value.every((entry) => url(entry, item)) : url(value, item));
const dateTimeWithZone: Check = (value) => typeof value === "string" && ISO_WITH_ZONE.test(value) && !Number.isNaN(Date.parse(value));
const seconds: Check = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
const duration: Check = (value) => typeof value === "string" && /^PT(?=\d)(\d+H)?(\d+M)?(\d+S)?$/.test(value);
const typed = (type: string, ...required: string[]): Check => (value) =>
  (Array.isArray(value) ? value : [value]).every((entry) => isRecord(entry) && entry["@type"] === type && required.every((property) => text(entry[property], entry)));
const oneOf = (...values: string[]): Check => (value) => typeof value === "string" && values.includes(value);
// A key moment opens the page at the clip: the page's address with a time parameter (?t= or #t=).
const clipUrl: Check = (value, item) => typeof value === "string" && url(value, item) && new RegExp(`[?#&]t=${String(item.startOffset)}$`).test(value);
const afterStart: Check = (value, item) => seconds(value, item) && typeof item.startOffset === "number" && Number(value) > item.startOffset;

type Rules = Record<string, Check>;
const GOOGLE: Record<"VideoObject" | "Clip" | "Event" | "Person", { required: Rules; recommended: Rules }> = {
  VideoObject: {
    required: { name: text, thumbnailUrl: urls, uploadDate: dateTimeWithZone },
    recommended: { description: text, "contentUrl|embedUrl": url, duration },
  },
  Clip: {
    required: { name: text, startOffset: seconds, url: clipUrl },
    recommended: { endOffset: afterStart },
  },
  Event: {
    required: { name: text, startDate: dateTimeWithZone, location: typed("Place", "name", "address") },
    recommended: {
      eventAttendanceMode: oneOf("https://schema.org/OfflineEventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode", "https://schema.org/MixedEventAttendanceMode"),
      eventStatus: oneOf("https://schema.org/EventScheduled", "https://schema.org/EventCancelled", "https://schema.org/EventMovedOnline", "https://schema.org/EventPostponed", "https://schema.org/EventRescheduled"),
      organizer: typed("Organization", "name", "url"),
      image: urls,
      description: text,
      endDate: dateTimeWithZone,
    },
  },
  Person: { required: { name: text, url }, recommended: {} },
};

/** Google's reading of one item, as it arrives in the page (JSON): what is wrong, and which recommended properties are absent. */
function review(data: unknown): { type: string; errors: string[]; absent: string[] } {
  const item: unknown = JSON.parse(JSON.stringify(data));
  assert.ok(isRecord(item));
  const type = String(item["@type"]);
  assert.ok(type === "VideoObject" || type === "Clip" || type === "Event" || type === "Person", type);
  const { required, recommended } = GOOGLE[type];
  const present = (alternatives: string) => alternatives.split("|").filter((property) => item[property] !== undefined);
  const errors: string[] = [];
  const absent: string[] = [];
  for (const [alternatives, check] of Object.entries(required)) {
    const found = present(alternatives);
    if (found.length === 0) errors.push(`${alternatives} is missing`);
    for (const property of found) if (!check(item[property], item)) errors.push(`${property} is malformed: ${JSON.stringify(item[property])}`);
  }
  for (const [alternatives, check] of Object.entries(recommended)) {
    const found = present(alternatives);
    if (found.length === 0) absent.push(alternatives);
    for (const property of found) if (!check(item[property], item)) errors.push(`${property} is malformed: ${JSON.stringify(item[property])}`);
  }
  return { type, errors, absent };
}

const { recaps } = checkRecapDirectory("content/recaps", "public");
const september = recaps.find((recap) => recap.slug === "cloud-native-london-september-2022");
assert.ok(september);

describe("structured data, as Google documents it", () => {
  it("a recap's VideoObject has what Google requires; only its duration is unknown to the site", () => {
    const video = recapVideoJsonLd(september);
    assert.deepEqual(review(video), { type: "VideoObject", errors: [], absent: ["duration"] });
    assert.equal(video?.["@context"], "https://schema.org");
    assert.equal(video?.uploadDate, "2022-09-07T12:00:00+01:00");
  });

  it("each of its Clips opens the page at the talk, and ends where the next talk starts", () => {
    const clips = recapVideoJsonLd(september)?.hasPart;
    assert.ok(Array.isArray(clips) && clips.length === 3);
    assert.deepEqual(
      clips.map((clip) => review(clip)),
      [
        { type: "Clip", errors: [], absent: [] },
        { type: "Clip", errors: [], absent: [] },
        // The last talk runs to the end of the recording, whose length the site does not know.
        { type: "Clip", errors: [], absent: ["endOffset"] },
      ],
    );
    assert.ok(clips.every((clip) => JSON.stringify(clip).includes(`"url":"${SITE}/recaps/cloud-native-london-september-2022?t=`)));
  });

  it("a talk's own recording is a VideoObject of its own, without a Clip the page could not open", () => {
    const [first, ...rest] = september.talks;
    assert.ok(first);
    const videos = talkRecordingsJsonLd({ ...september, talks: [{ ...first, videoId: "Zr8Kp2Lq4Xw", start: null }, ...rest] });
    assert.deepEqual(videos.map((video) => review(video)), [{ type: "VideoObject", errors: [], absent: ["duration"] }]);
    assert.equal(videos[0]?.hasPart, undefined);
  });

  it("the next meetup's Event has every required and recommended property, its times with their offset", () => {
    const meetup = upcomingMeetup(
      { title: "Cloud Native London July 2026", date: "2026-07-01", startTime: "18:30", endTime: "21:00", venue: "esynergy", address: "2nd Floor, 12 Hammersmith Grove, London W6 7AP", speakers: ["Jane Doe"], rsvpUrl: "https://www.meetup.com/cloud-native-london/events/1/" },
      new Date("2026-06-01T00:00:00Z"),
    );
    assert.ok(meetup);
    const event = meetupJsonLd(meetup);
    assert.deepEqual(review(event), { type: "Event", errors: [], absent: [] });
    assert.equal(event.startDate, "2026-07-01T18:30:00+01:00");
    assert.equal(meetupJsonLd(meetup, "America/New_York").startDate, "2026-07-01T18:30:00-04:00");
    assert.deepEqual(review(meetupJsonLd({ ...meetup, address: "" })).errors, [], "a venue without an address still has one: the site's location");
  });

  it("a speaker is a Person with a name and their page", () => {
    const viktor = buildLibrary(recaps).speakers.find((speaker) => speaker.slug === "viktor-gamov");
    assert.ok(viktor);
    const person = speakerJsonLd(viktor);
    assert.deepEqual(review(person), { type: "Person", errors: [], absent: [] });
    assert.ok(JSON.stringify(person).includes(`"url":"${SITE}/speakers/viktor-gamov"`));
  });

  it("the checks fail on what Google would refuse", () => {
    assert.deepEqual(review({ "@type": "VideoObject", name: "x", thumbnailUrl: [], uploadDate: "2022-09-07", embedUrl: "https://example.com/e" }).errors, [
      "thumbnailUrl is malformed: []",
      'uploadDate is malformed: "2022-09-07"',
    ]);
    assert.deepEqual(review({ "@type": "Clip", name: "x", startOffset: "90", url: `${SITE}/recaps/x#talk` }).errors, ['startOffset is malformed: "90"', `url is malformed: "${SITE}/recaps/x#talk"`]);
    assert.deepEqual(review({ "@type": "Event", name: "x", startDate: "2026-07-01T18:30:00", location: { "@type": "Place", name: "esynergy" } }).errors, [
      'startDate is malformed: "2026-07-01T18:30:00"',
      'location is malformed: {"@type":"Place","name":"esynergy"}',
    ]);
    assert.deepEqual(review({ "@type": "Person", name: "Jane Doe" }).errors, ["url is missing"]);
  });
});

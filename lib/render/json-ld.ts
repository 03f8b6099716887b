import type { Clip, Event, Organization, Person, VideoObject, WithContext } from "schema-dts";
import type { Recap } from "../content/model";
import type { Speaker, TalkEntry } from "../content/library";
import { formatSpeakers, talkDescription, talkName } from "./format";
import { generatedPreview } from "./metadata";
import { talkPlayback } from "./playback";
import type { UpcomingMeetup } from "../next-meetup";
import { siteConfig } from "../site-config";
import { dayIso, zonedIso } from "../time-zone";
import { absoluteUrl, talkPath } from "../url";
import { youTubeEmbedUrl, youTubeThumbnailUrl, youTubeWatchUrl } from "../youtube";

/**
 * schema.org data for search engines, typed with schema-dts so a misspelt property fails the type
 * check. What Google requires and recommends of each type is checked in
 * tests/unit/render/structured-data.test.ts.
 */

/**
 * The recap's recording, with one Clip per timed talk: what lets search engines show the talks as
 * key moments that open this page at the talk (`?t=`).
 */
export function recapVideoJsonLd(recap: Recap): WithContext<VideoObject> | null {
  if (!recap.videoId) return null;
  const timed = recap.talks
    .filter((talk): talk is typeof talk & { start: number } => talk.start !== null && talk.videoId === recap.videoId)
    .sort((a, b) => a.start - b.start);
  const clips = timed.map((talk, index): Clip => {
    const next = timed[index + 1];
    return {
      "@type": "Clip",
      name: talkName(talk),
      startOffset: talk.start,
      ...(next ? { endOffset: next.start } : {}),
      url: absoluteUrl(talkPath(recap.url, talk)),
    };
  });
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: recap.title,
    description: recap.summary || recap.title,
    thumbnailUrl: [...(recap.cover ? [absoluteUrl(recap.cover.src)] : []), youTubeThumbnailUrl(recap.videoId)],
    uploadDate: dayIso(recap.date),
    embedUrl: youTubeEmbedUrl(recap.videoId),
    url: youTubeWatchUrl(recap.videoId),
    hasPart: clips,
  };
}

/**
 * A VideoObject for each talk that has its own recording (played in the page from its section).
 * It has no Clip: a key moment must open the page at that moment, and the page's only such
 * address, `?t=`, is a moment in the recap's own recording.
 */
export function talkRecordingsJsonLd(recap: Recap): WithContext<VideoObject>[] {
  return recap.talks.flatMap((talk): WithContext<VideoObject>[] => {
    const playback = talkPlayback(talk, recap.videoId);
    if (!playback?.ownRecording) return [];
    return [
      {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        name: talkName(talk),
        description: `${talkName(talk)}, from ${recap.title}`,
        thumbnailUrl: [youTubeThumbnailUrl(playback.videoId)],
        uploadDate: dayIso(recap.date),
        embedUrl: youTubeEmbedUrl(playback.videoId),
        url: youTubeWatchUrl(playback.videoId),
      },
    ];
  });
}

/**
 * A talk's own page: the recording it plays, with the talk as its one Clip, whose address opens this
 * page at the talk (the page reads `?t=` as its player's cue). It ends where the next talk of that
 * recording starts.
 */
export function talkVideoJsonLd(talk: TalkEntry, recap: Recap): WithContext<VideoObject> | null {
  const playback = talkPlayback(talk, recap.videoId);
  if (!playback) return null;
  const next = playback.ownRecording
    ? undefined
    : recap.talks
        .flatMap((other) => (other.videoId === playback.videoId && other.start !== null && other.start > playback.seconds ? [other.start] : []))
        .sort((a, b) => a - b)[0];
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: talkName(talk),
    description: talkDescription(talk),
    thumbnailUrl: [absoluteUrl(generatedPreview(talk.path, talkName(talk)).url), youTubeThumbnailUrl(playback.videoId)],
    uploadDate: dayIso(recap.date),
    embedUrl: youTubeEmbedUrl(playback.videoId),
    url: youTubeWatchUrl(playback.videoId),
    hasPart: [
      {
        "@type": "Clip",
        name: talkName(talk),
        startOffset: playback.seconds,
        ...(next !== undefined ? { endOffset: next } : {}),
        url: absoluteUrl(`${talk.path}?t=${playback.seconds}`),
      },
    ],
  };
}

/** The next meetup, with its times in the community's time zone. */
export function meetupJsonLd(meetup: UpcomingMeetup, timeZone = siteConfig.timeZone): WithContext<Event> {
  const speakers = meetup.speakers.length > 0 ? `Speakers: ${formatSpeakers(meetup.speakers)}.` : "Speakers to be announced.";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meetup.title,
    description: `${siteConfig.tagline} ${speakers}`,
    startDate: zonedIso(meetup.date, meetup.startTime, timeZone),
    endDate: zonedIso(meetup.date, meetup.endTime, timeZone),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: meetup.venue, address: meetup.address || siteConfig.defaultLocation },
    image: [absoluteUrl(generatedPreview("/", siteConfig.name).url)],
    organizer: { "@type": "Organization", name: siteConfig.name, url: siteConfig.url },
    url: meetup.rsvpUrl,
    ...(meetup.speakers.length > 0 ? { performer: meetup.speakers.map((name): Person => ({ "@type": "Person", name })) } : {}),
  };
}

/** A speaker of the meetup, at their page here, with the organisations they spoke for. */
export function speakerJsonLd(speaker: Speaker): WithContext<Person> {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: speaker.name,
    url: absoluteUrl(`/speakers/${speaker.slug}`),
    ...(speaker.companies.length > 0
      ? { affiliation: speaker.companies.map((company): Organization => ({ "@type": "Organization", name: company.name, url: absoluteUrl(`/companies/${company.slug}`) })) }
      : {}),
  };
}

import type { Recap } from "../content/model";
import { talkName } from "./format";
import { talkPlayback } from "./playback";
import type { UpcomingMeetup } from "../next-meetup";
import { siteConfig } from "../site-config";
import { zonedIso } from "../time-zone";
import { absoluteUrl, talkPath } from "../url";
import { youTubeEmbedUrl, youTubeThumbnailUrl, youTubeWatchUrl } from "../youtube";

/**
 * schema.org VideoObject for a recap's recording, with one Clip per timed talk: what lets search
 * engines show the talks as key moments that open this page at the talk.
 */
export function recapVideoJsonLd(recap: Recap): Record<string, unknown> | null {
  if (!recap.videoId) return null;
  const timed = recap.talks
    .filter((talk): talk is typeof talk & { start: number } => talk.start !== null && talk.videoId === recap.videoId)
    .sort((a, b) => a.start - b.start);
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: recap.title,
    description: recap.summary || recap.title,
    thumbnailUrl: [...(recap.cover ? [absoluteUrl(recap.cover.src)] : []), youTubeThumbnailUrl(recap.videoId)],
    uploadDate: recap.date,
    embedUrl: youTubeEmbedUrl(recap.videoId),
    url: youTubeWatchUrl(recap.videoId),
    hasPart: timed.map((talk, index) => {
      const next = timed[index + 1];
      return {
        "@type": "Clip",
        name: talkName(talk),
        startOffset: talk.start,
        ...(next ? { endOffset: next.start } : {}),
        url: absoluteUrl(talkPath(recap.url, talk)),
      };
    }),
  };
}

/**
 * A VideoObject for each talk that has its own recording (played in the page from its section),
 * whose one Clip is the talk, linked to that section.
 */
export function talkRecordingsJsonLd(recap: Recap): Record<string, unknown>[] {
  return recap.talks.flatMap((talk) => {
    const playback = talkPlayback(talk, recap.videoId);
    if (!playback?.ownRecording) return [];
    return [
      {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        name: talkName(talk),
        description: `${talkName(talk)}, from ${recap.title}`,
        thumbnailUrl: [youTubeThumbnailUrl(playback.videoId)],
        uploadDate: recap.date,
        embedUrl: youTubeEmbedUrl(playback.videoId),
        url: youTubeWatchUrl(playback.videoId),
        hasPart: [{ "@type": "Clip", name: talkName(talk), startOffset: playback.seconds, url: absoluteUrl(`${recap.url}#${talk.anchor}`) }],
      },
    ];
  });
}

/** schema.org Event for the next meetup, with its times in the community's time zone. */
export function meetupJsonLd(meetup: UpcomingMeetup): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meetup.title,
    startDate: zonedIso(meetup.date, meetup.startTime),
    endDate: zonedIso(meetup.date, meetup.endTime),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: meetup.venue, address: meetup.address },
    organizer: { "@type": "Organization", name: siteConfig.name, url: siteConfig.url },
    url: meetup.rsvpUrl,
    ...(meetup.speakers.length > 0 ? { performer: meetup.speakers.map((name) => ({ "@type": "Person", name })) } : {}),
  };
}

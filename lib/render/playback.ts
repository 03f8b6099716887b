import type { Talk } from "../content/model";

/** Where a talk plays in the page's player: its moment in the recap's video, or its own recording. */
export type Playback = { videoId: string; seconds: number; ownRecording: boolean };

/**
 * A talk with a timestamp plays from it; a talk with its own recording (embedded or linked in its
 * section) plays that video, from its start when the recap gives one. Anything else cannot play.
 */
export function talkPlayback(talk: Pick<Talk, "videoId" | "start">, recapVideoId: string | null): Playback | null {
  if (talk.videoId === null) return null;
  const ownRecording = talk.videoId !== recapVideoId;
  if (talk.start === null && !ownRecording) return null;
  return { videoId: talk.videoId, seconds: talk.start ?? 0, ownRecording };
}

/** The video the page's player shows first: the recap's, or else the first talk's own recording. */
export function firstVideo(recapVideoId: string | null, talks: readonly Pick<Talk, "videoId" | "start">[]): string | null {
  return recapVideoId ?? talks.map((talk) => talkPlayback(talk, null)?.videoId).find((videoId) => videoId !== undefined) ?? null;
}

/** What the page's player needs of each talk, and nothing more: it travels to the browser with the page. */
export function playerTalks(talks: readonly Pick<Talk, "anchor" | "start" | "videoId">[]): Pick<Talk, "anchor" | "start" | "videoId">[] {
  return talks.map(({ anchor, start, videoId }) => ({ anchor, start, videoId }));
}

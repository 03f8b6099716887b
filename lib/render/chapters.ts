import type { Talk } from "../content/model";
import { talkName } from "./format";
import { formatTimestamp } from "../timestamps";

/** YouTube makes chapters of a description's timestamps only when there are at least three. */
export const YOUTUBE_MIN_CHAPTERS = 3;
/** …each at least ten seconds long. */
const YOUTUBE_MIN_CHAPTER_SECONDS = 10;

/**
 * Text for the video's description, following YouTube's rules: the first line at 0:00, ascending,
 * chapters of ten seconds or more. Null when no talk has a start.
 */
export function youTubeChapters(talks: readonly Talk[]): string | null {
  const timed = talks.filter((talk): talk is Talk & { start: number } => talk.start !== null).sort((a, b) => a.start - b.start);
  if (timed.length === 0) return null;
  const lines: { start: number; name: string }[] = [];
  if ((timed[0]?.start ?? 0) >= YOUTUBE_MIN_CHAPTER_SECONDS) lines.push({ start: 0, name: "Welcome" });
  for (const talk of timed) {
    const previous = lines.at(-1);
    const start = previous === undefined ? 0 : talk.start;
    if (previous && start - previous.start < YOUTUBE_MIN_CHAPTER_SECONDS) continue;
    lines.push({ start, name: talkName(talk) });
  }
  return lines.map((line) => `${formatTimestamp(line.start)} ${line.name}`).join("\n");
}

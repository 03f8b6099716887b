import type { ContentProblem } from "../problems";
import { formatTimestamp } from "../../timestamps";
import type { FoundTalk } from "./types";

/** Talks sharing a recording must be listed in recording order, each at its own time. */
export function checkTalkOrder(talks: FoundTalk[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen: FoundTalk[] = [];
  for (const talk of talks) {
    const start = talk.start;
    if (start === null) continue;
    const earlier = seen.filter((other) => other.videoId === talk.videoId && other.start !== null);
    const same = earlier.find((other) => other.start === start);
    const latest = earlier.reduce<FoundTalk | null>((max, other) => (max === null || (other.start ?? 0) > (max.start ?? 0) ? other : max), null);
    if (same) {
      problems.push({
        line: talk.line,
        severity: "error",
        message: `${describeTalk(talk)} starts at ${formatTimestamp(start)}, the same time as ${describeTalk(same)}: one of the two timestamps is wrong; check both in the video`,
      });
    } else if (latest && (latest.start ?? 0) > start) {
      problems.push({
        line: talk.line,
        severity: "error",
        message: `${describeTalk(talk)} starts at ${formatTimestamp(start)}, before ${describeTalk(latest)} at ${formatTimestamp(latest.start ?? 0)}, which is listed first: fix the timestamp, or list the talks in the order of the recording`,
      });
    }
    seen.push(talk);
  }
  return problems;
}

function describeTalk(talk: FoundTalk): string {
  if (talk.title) return `the talk "${talk.title}"`;
  if (talk.speakers.length > 0) return `the talk by ${talk.speakers.join(" and ")}`;
  return `the talk on line ${talk.line}`;
}

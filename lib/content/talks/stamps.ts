import type { ContentProblem } from "../problems";
import { formatTimestamp, parseTimestamp } from "../../timestamps";
import { normaliseYouTubeUrl, type YouTubeVideo } from "../../youtube";
import { onlyTime } from "./time-lists";
import { STAMP_CLOSE, STAMP_OPEN, type StampLink } from "./units";

/** A timestamp in a block's text: a link whose text is a time, or "(starting at 1:01:01)". */
export type Stamp = { from: number; to: number; text: string; seconds: number | null; link: StampLink | null };

/** Stands in for a timestamp in masked text, so the title ends there and offsets stay valid. */
export const CUT = "\u2029";

const TS_COLON = String.raw`\d+:\d{2}(?::\d{2})?`;
const TS_ANY = String.raw`${TS_COLON}|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?`;
const START_WORDS = String.raw`(?:starting|starts|started|start|beginning|begins)\s+(?:at|from)`;
// "…on Observability on a Shoestring, from 44:51": a start set off from the title, unlike the evening's
// clock ("Talks from 19:00", "from 18:30 to 21:00").
const FROM_OFFSET = String.raw`(?<=[,”"’)]\s)from\s+(${TS_COLON})(?![\w:])(?!\s*(?:until|till|to|and|[-–]|[ap]\.?m\b))`;
// "they're on at 38:05", "last one at 1:04:50", "from 12:30 in the stream": a time said with "at" or "from"
// is a moment in the recording when it cannot be the evening's clock (seconds, or 24 minutes or more), or
// when the sentence says it is in the recording.
const IN_RECORDING = String.raw`\s+(?:in|into|of)\s+(?:the\s+)?(?:recording|stream|livestream|video|vod|replay)\b`;
const AT_OR_FROM = String.raw`\b(?:at|from)\s+(${TS_COLON})(?![\w:])(?!\s*(?:until|till|to|and|[-–]|[ap]\.?m\b|o['’]clock))(${IN_RECORDING})?`;
const LINKED_STAMP_RE = new RegExp(String.raw`\(?\s*(?:(?:${START_WORDS}|at|from)\s+)?${STAMP_OPEN}(\d+)${STAMP_CLOSE}\s*\)?`, "gu");
// "… with Helm Charts Are Not a Packaging Format @ 4:10", "…: gRPC-Web in Production? [3:45]": a time
// after an at sign or in square brackets is a moment in the recording, not the clock.
const MARKED_STAMP = String.raw`@\s*(${TS_COLON})(?![\w:])|\[\s*(${TS_COLON})\s*\]`;
// "… begins in the recording from 12:30", "it start on 3:33 in the video": the recording said first, or "on".
const RECORDING_THEN_TIME = String.raw`\(?\s*\b(?:in|into)\s+the\s+(?:recording|stream|livestream|video|vod|replay)\s+(?:from|at|on)\s+(${TS_COLON})(?![\w:])\s*\)?|\bon\s+(${TS_COLON})(?![\w:])(?=${IN_RECORDING})`;
const PLAIN_STAMP_RE = new RegExp(
  String.raw`\(\s*(?:(?:video|recording|stream|livestream)\s+)?(?:(?:${START_WORDS}|at|from)\s+)?(${TS_COLON})(?:${IN_RECORDING})?\s*\)|\(?\s*${START_WORDS}\s+(${TS_ANY})(?![\w:])\s*\)?|${FROM_OFFSET}|${AT_OR_FROM}|${MARKED_STAMP}|${RECORDING_THEN_TIME}`,
  "giu",
);

const CHAPTER_TIME_RE = new RegExp(String.raw`^\s*(${TS_COLON})(?=\s)`, "u");

/** `chapter`: the text is a chapter list's entry, whose opening time is a moment in the recording. */
export function findStamps(text: string, stampLinks: readonly StampLink[], chapter = false): Stamp[] {
  const stamps: Stamp[] = [];
  if (chapter) stamps.push(...chapterTime(text));
  for (const match of text.matchAll(LINKED_STAMP_RE)) {
    const link = stampLinks[Number(match[1])];
    if (!link) continue;
    stamps.push({ from: match.index, to: match.index + match[0].length, text: link.text, seconds: parseTimestamp(link.text), link });
  }
  for (const match of mask(text, stamps).matchAll(PLAIN_STAMP_RE)) {
    if (match[4] !== undefined && match[5] === undefined && !cannotBeClock(match[4])) continue;
    const value = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[6] ?? match[7] ?? match[8] ?? match[9] ?? "";
    stamps.push({ from: match.index, to: match.index + match[0].length, text: value, seconds: parseTimestamp(value), link: null });
  }
  return stamps.sort((a, b) => a.from - b.from);
}

// The entry's opening time, or else the one time it holds ("Bjørn-Erik Haugland: 38:20").
function chapterTime(text: string): Stamp[] {
  const opening = CHAPTER_TIME_RE.exec(text);
  if (opening?.[1]) return [{ from: 0, to: opening[0].length, text: opening[1], seconds: parseTimestamp(opening[1]), link: null }];
  const time = onlyTime(text);
  const at = time === null ? -1 : text.indexOf(time);
  return time === null ? [] : [{ from: at, to: at + time.length, text: time, seconds: parseTimestamp(time), link: null }];
}

function cannotBeClock(time: string): boolean {
  const [hours = "0", minutes] = time.split(":");
  return minutes === undefined || time.split(":").length === 3 || Number(hours) >= 24;
}

// Same length, so link positions stay valid.
export function mask(text: string, stamps: readonly Stamp[]): string {
  let masked = text;
  for (const stamp of stamps) masked = masked.slice(0, stamp.from) + CUT.repeat(stamp.to - stamp.from) + masked.slice(stamp.to);
  return masked;
}

export function checkStampLink(link: StampLink, seconds: number | null, recapVideoId: string | null): ContentProblem[] {
  const video = normaliseYouTubeUrl(link.url);
  const problem = (severity: ContentProblem["severity"], message: string): ContentProblem[] => [{ line: link.line, severity, message }];
  if (!video) {
    const target = recapVideoId && seconds !== null ? `https://youtu.be/${recapVideoId}?t=${seconds}` : "the recording on YouTube with ?t=<seconds>";
    return problem("warning", `the timestamp [${link.text}] links to ${link.url}, which is not a YouTube video: link it to ${target}`);
  }
  const problems = checkVideo(video, recapVideoId, link.line, `the timestamp [${link.text}]`, seconds ?? video.start);
  if (seconds === null) return problems;
  if (video.start === null) {
    problems.push(...problem("warning", `the timestamp [${link.text}] links to the start of the video (no t=): add t=${seconds} to the link so it opens at the talk`));
  } else if (video.start !== seconds) {
    problems.push(
      ...problem(
        "error",
        `the timestamp [${link.text}] says ${link.text} (${seconds}s) but its link has t=${video.start} (${formatTimestamp(video.start)}): change the link to t=${seconds}, or the text to ${formatTimestamp(video.start)}`,
      ),
    );
  }
  return problems;
}

export function checkVideo(video: YouTubeVideo, recapVideoId: string | null, line: number, label: string, start: number | null): ContentProblem[] {
  if (recapVideoId === null || video.videoId === recapVideoId) return [];
  return [
    {
      line,
      severity: "error",
      message: `${label} links to video ${video.videoId}, but this recap's video is ${recapVideoId}: link to https://youtu.be/${recapVideoId}${start !== null ? `?t=${start}` : ""}, or fix the 'video' field`,
    },
  ];
}

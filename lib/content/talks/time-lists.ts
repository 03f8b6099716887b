// Lists of times written as plain text (chapter lists, programmes) and how to tell them apart.
import type { Code, ListItem, Paragraph } from "mdast";
import { visit } from "unist-util-visit";
import { parseTimestamp } from "../../timestamps";
import { normaliseYouTubeUrl } from "../../youtube";
import { plainLines } from "./plain-text";
import type { Unit } from "./units";

const LEADING_TIME = /^\s*(\d{1,2}:\d{2}(?::\d{2})?)(?=\s)/u;

// The entries of a list of times written as plain text: a programme, or the recording's chapters.
export function timeListUnits(entries: readonly { text: string; line: number }[], listId: number, recording: boolean): Unit[] {
  const chapter = recording && isChapterList(entries.map((entry) => entry.text));
  return entries.map((entry) => ({ kind: "item", depth: 0, text: entry.text, stampLinks: [], links: [], images: [], line: entry.line, embeds: [], listAfter: null, listId, ...(chapter ? { chapter } : {}) }));
}

// "Chapters:" or "Timestamps —" before the first time.
const LIST_LABEL = /^\p{L}[^:\d]{0,30}?\s*[:—–-]\s+(?=\d)/u;
// An entry starts at a time after a line break or a separator ("/", "|", "·", "•", ";").
const ENTRY_START = /(?:^|\n|\s[/|·•]\s|;\s)\s*(?=\d{1,2}:\d{2}(?::\d{2})?\s)/gu;

/**
 * A paragraph that is wholly a list of times, as pasted from a video's description: one entry a
 * line, or entries on one line between separators. Null for any other paragraph.
 */
export function timeListParagraph(paragraph: Paragraph, line: number): { text: string; line: number }[] | null {
  const lines = plainLines(paragraph).join("\n");
  const text = lines.replace(LIST_LABEL, "");
  const labelLines = lines.slice(0, lines.length - text.length).split("\n").length - 1;
  const starts = [...text.matchAll(ENTRY_START)].map((match) => match.index + match[0].length);
  if (starts[0] !== 0 && !(starts[0] !== undefined && text.slice(0, starts[0]).trim() === "")) return null;
  const entries = starts.map((from, index) => ({
    text: text.slice(from, starts[index + 1] ?? text.length).replace(/(?:\s[/|·•]|;)?\s*$/u, "").trim(),
    line: line + labelLines + (text.slice(0, from).match(/\n/gu)?.length ?? 0),
  }));
  return isTimeList(entries.map((entry) => entry.text)) ? entries : null;
}

export function codeLines(code: Code): { text: string; line: number }[] {
  const first = (code.position?.start.line ?? 1) + 1;
  return code.value.split("\n").flatMap((text, index) => (text.trim() === "" ? [] : [{ text: text.trim(), line: first + index }]));
}

// Entries that each open with a time: a programme, or a recording's chapters.
export function isTimeList(entries: readonly string[]): boolean {
  return entries.length >= 2 && entries.every((entry) => LEADING_TIME.test(entry));
}

/**
 * "00:00 Welcome", "04:35 Dagny Solberg – …", "1:09:02 Q&A": times into a recording, not the evening's
 * clock ("18:30 Doors", "19:10 …"): they rise from near the start, or run past an hour as H:MM:SS.
 */
export function isChapterList(entries: readonly string[], linkedStarts: readonly (number | null)[] = []): boolean {
  if (entries.length < 2) return false;
  // "- Farida Al-Masri: https://youtu.be/…?t=295", "- Bjørn-Erik Haugland: 38:20": a time that is not
  // the entry's first word counts when it is the entry's only one.
  const times = entries.map((entry) => LEADING_TIME.exec(entry)?.[1] ?? onlyTime(entry));
  const seconds = times.map((time, index) => (time !== null ? parseTimestamp(time) : (linkedStarts[index] ?? null)));
  const rising = seconds.every((value, index) => value !== null && (index === 0 || value > (seconds[index - 1] ?? 0)));
  return rising && (times.some((time) => time?.split(":").length === 3) || (seconds[0] ?? Infinity) < 10 * 60);
}

const ANY_TIME = /(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/gu;

/** The one time an entry holds, if it holds exactly one. */
export function onlyTime(entry: string): string | null {
  const times = entry.match(ANY_TIME) ?? [];
  return times.length === 1 ? (times[0] ?? null) : null;
}

export function timedLinkIn(item: ListItem): number | null {
  let start: number | null = null;
  visit(item, "link", (link) => {
    start ??= normaliseYouTubeUrl(link.url)?.start ?? null;
  });
  return start;
}

import { isRecord, isTextList } from "../../guards";
import { parseMarkdown } from "../markdown-ast";
import type { ContentProblem } from "../problems";
import { parseTimestamp } from "../../timestamps";
import { withAnchors } from "./anchors";
import { checkTalkOrder } from "./order";
import { plainText } from "./plain-text";
import type { TalkDraft, TalkReading } from "./types";
import { splitSpeakers } from "./vocabulary";

const FRONT_MATTER_KEYS: readonly string[] = ["speakers", "speaker", "company", "title", "start", "takeaways"];

/**
 * Validates an explicit `talks:` list. `line` maps a path inside that list (e.g. [2, "start"]) to a
 * file line; the caller adds the `talks` key itself.
 */
export function talksFromFrontMatter(
  value: unknown,
  options: { videoId: string | null; line: (path: (string | number)[]) => number },
): TalkReading {
  const problems: ContentProblem[] = [];
  const error = (path: (string | number)[], message: string) => problems.push({ line: options.line(path), severity: "error", message });
  if (value === undefined || value === null) return { talks: [], problems };
  if (!Array.isArray(value)) {
    error([], "'talks' must be a list: start each talk with '- speakers: [Name]' on its own line under 'talks:'");
    return { talks: [], problems };
  }

  const drafts: TalkDraft[] = [];
  value.forEach((entry: unknown, index: number) => {
    const label = `talk ${index + 1}`;
    if (!isRecord(entry)) {
      error([index], `${label} is not a set of fields: write it as '- speakers: [Name]' followed by 'title: ...' and 'start: "24:25"' lines, indented under the '-'`);
      return;
    }
    let readable = true;
    const fail = (key: string | null, message: string) => {
      readable = false;
      error(key === null ? [index] : [index, key], `${label}: ${message}`);
    };
    for (const key of Object.keys(entry)) {
      if (FRONT_MATTER_KEYS.includes(key)) continue;
      problems.push({
        line: options.line([index, key]),
        severity: "warning",
        message: `${label}: unknown field '${key}' is ignored: check its spelling (known fields: ${FRONT_MATTER_KEYS.join(", ")})`,
      });
    }

    const speakerKey = entry.speakers !== undefined ? "speakers" : "speaker";
    const speakers = readSpeakers(entry[speakerKey]);
    if (speakers === null) fail(speakerKey, `'${speakerKey}' must be a name or a list of names, e.g. speakers: [Prithvi Raj, Sunil Anjin]`);
    const company = readText(entry.company);
    if (company === undefined) fail("company", "'company' must be text: wrap it in double quotes");
    const title = readText(entry.title);
    if (title === undefined) fail("title", "'title' must be text: wrap it in double quotes");
    if (speakers?.length === 0 && title === null) fail(null, "has neither speakers nor a title: add 'speakers: [Name]' and 'title: ...'");
    const start = readStart(entry.start);
    if (start === undefined) {
      fail("start", `start '${String(entry.start)}' is not a timestamp: write it as "24:25" or "1:01:01" (in quotes) or a number of seconds such as 1465`);
    }
    const takeaways = readTakeaways(entry.takeaways);
    if (takeaways === null) fail("takeaways", "'takeaways' must be a list of text, one '- ...' line per takeaway");

    if (!readable) return;
    drafts.push({
      speakers: speakers ?? [],
      company: company ?? null,
      title: title ?? null,
      start: start ?? null,
      videoId: options.videoId,
      takeaways: takeaways ?? [],
      line: options.line([index]),
      // The organiser wrote this talk out field by field: nothing to doubt.
      doubts: [],
    });
  });

  const talks = withAnchors(drafts, new Set());
  return { talks, problems: [...problems, ...checkTalkOrder(talks)] };
}

function readSpeakers(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitSpeakers(value);
  if (isTextList(value)) return value.map((name) => name.trim()).filter((name) => name !== "");
  return null;
}

// undefined: present but unreadable; null: absent or empty.
function readText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  return value.trim() === "" ? null : value.trim();
}

function readStart(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value === "string") return parseTimestamp(value) ?? undefined;
  return undefined;
}

function readTakeaways(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const takeaways: string[] = [];
  for (const item of value) {
    if (typeof item !== "string" && typeof item !== "number") return null;
    // Organisers may use inline Markdown here too; the page shows plain text.
    const text = plainText(parseMarkdown(String(item)));
    if (text !== "") takeaways.push(text);
  }
  return takeaways;
}

import { parseMarkdown } from "../markdown-ast";
import type { ContentProblem } from "../problems";
import { headingSlugs, withAnchors } from "./anchors";
import { gatherEvidence, isTheEvening } from "./evidence";
import { checkTalkOrder } from "./order";
import type { TalkDraft, TalkReading } from "./types";
import { readUnits } from "./units";
import { draftTalk, introducedTalks } from "./drafts";
import { pieces, readUnit } from "./reading";
import { foldChapterEntries } from "./chapters";
import { withFullNames } from "./short-names";
import { asideUnits, describedTalks, talkStarts } from "./sections";

export type ProseOptions = {
  videoId: string | null;
  /** File line on which the body starts, so every line reported is a line of the organiser's file. */
  firstLine?: number;
  /** The recap's front-matter title and description: more evidence of who spoke, from where. */
  title?: string | null;
  description?: string | null;
};

/**
 * Reads a recap the way a person does: first who the recap says spoke (intro lists, photo captions,
 * "<Name> from <Company>"), then which blocks open a talk (a timestamp, an opener such as "First up",
 * a heading per talk, a takeaway list), then each talk's speakers, company, title and start, with
 * first names resolved against that evidence.
 */
export function findTalks(markdown: string, options: ProseOptions): TalkReading {
  const tree = parseMarkdown(markdown);
  const offset = (options.firstLine ?? 1) - 1;
  const units = readUnits(tree, { recording: options.videoId !== null });
  const aside = asideUnits(units, options.title ?? "");
  const evidence = gatherEvidence(units.filter((_, index) => !aside.has(index)), options);
  const readings = units.map((unit, index) => readUnit(unit, index, evidence));
  // "**Cloud Native London, March 2026**" over the programme names the evening, not a talk.
  const notTalks = new Set([...aside, ...units.flatMap((unit, index) => (unit.kind === "heading" && isTheEvening(unit.text, evidence) ? [index] : []))]);
  const starts = withFullNames(foldChapterEntries(talkStarts(readings.flatMap((reading) => pieces(reading, evidence) ?? [reading]), readings, notTalks, evidence), readings, notTalks), evidence);

  const drafts: TalkDraft[] = [];
  const problems: ContentProblem[] = [];
  const describes = describedTalks(starts, readings, notTalks);
  starts.forEach((start, position) => {
    // Starts are in running order, which a chapter list may give apart from where the prose stands.
    const next = Math.min(units.length, ...starts.map((other) => other.index).filter((index) => index > start.index));
    const own = readings.slice(start.index + 1, next).filter((reading) => (describes.get(reading.index) ?? position) === position);
    const elsewhere = readings.filter((reading) => describes.get(reading.index) === position && (reading.index <= start.index || reading.index >= next));
    const found = draftTalk(start, own, elsewhere, options.videoId, evidence);
    drafts.push({ ...found.talk, line: found.talk.line + offset });
    problems.push(...found.problems.map((problem) => ({ ...problem, line: problem.line + offset })));
  });
  if (drafts.length === 0) drafts.push(...introducedTalks(readings, aside, options.videoId, offset));

  const talks = withAnchors(drafts, headingSlugs(tree));
  return { talks, problems: [...problems, ...checkTalkOrder(talks)] };
}


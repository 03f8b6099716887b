import { parseMarkdown } from "../markdown-ast";
import type { ContentProblem } from "../problems";
import { escapeRegExp } from "../../regexp";
import { formatTimestamp } from "../../timestamps";
import { normaliseYouTubeUrl, type YouTubeVideo } from "../../youtube";
import { headingSlugs, withAnchors } from "./anchors";
import { gatherEvidence } from "./evidence";
import { nameKey, nameRuns, nameWords } from "./names";
import { checkTalkOrder } from "./order";
import { companyOf, type Evidence, findPerson, isPartOfName, listedPeople, readSpeakers, type SpeakerReading } from "./speakers";
import { checkStampLink, checkVideo, CUT, findStamps, mask, type Stamp } from "./stamps";
import type { TalkDraft, TalkReading } from "./types";
import { labelEnd, readFields } from "./fields";
import { segmentsOf } from "./segments";
import { leadingTitle, namedTitle, readTitle, sentenceEnd, spanTitle } from "./titles";
import { readUnits, type Unit } from "./units";
import { COUNTED_SPEAKERS, MONTH_HEADING, NOT_A_TALK, PANEL, RECORDING_LINK_TEXT, TALK_OPENER, TALK_WORDS, TEASER_HEADING, TITLE_INTRODUCERS } from "./vocabulary";

export type ProseOptions = {
  videoId: string | null;
  /** File line on which the body starts, so every line reported is a line of the organiser's file. */
  firstLine?: number;
  /** The recap's front-matter title and description: more evidence of who spoke, from where. */
  title?: string | null;
  description?: string | null;
};

/** A block read as a talk's opening: what it says, and how sure the reader is that it is one. */
type Reading = {
  unit: Unit;
  index: number;
  masked: string;
  stamps: Stamp[];
  speaking: SpeakerReading | null;
  title: string | null;
  /** A piece of a paragraph that carries several talks; "listed" when it came from an enumeration. */
  piece?: "timed" | "listed";
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
  const units = readUnits(tree);
  const teaser = teaserUnits(units, options.title ?? "");
  const evidence = gatherEvidence(units.filter((_, index) => !teaser.has(index)), options);
  const readings = units.map((unit, index) => readUnit(unit, index, evidence));
  const starts = talkStarts(readings.flatMap((reading) => pieces(reading, evidence) ?? [reading]), readings, teaser, evidence);

  const drafts: TalkDraft[] = [];
  const problems: ContentProblem[] = [];
  starts.forEach((start, position) => {
    const next = starts[position + 1]?.index ?? units.length;
    const found = draftTalk(start, readings.slice(start.index + 1, next), options.videoId, evidence);
    drafts.push({ ...found.talk, line: found.talk.line + offset });
    problems.push(...found.problems.map((problem) => ({ ...problem, line: problem.line + offset })));
  });
  if (drafts.length === 0) drafts.push(...introducedTalks(readings, teaser, options.videoId, offset));

  const talks = withAnchors(drafts, headingSlugs(tree));
  return { talks, problems: [...problems, ...checkTalkOrder(talks)] };
}

function readUnit(unit: Unit, index: number, evidence: Evidence): Reading {
  const reading = readBlock(unit, index, evidence);
  // "- Siobhán Ní Bhriain, Quayline", "## Anjali Venkataraman — Tidewater": where the speaker works is
  // not what they spoke about.
  const { speaking, title } = reading;
  const companies = [speaking?.company, ...(speaking?.speakers ?? []).map((name) => findPerson(name, evidence)?.company), ...evidence.companies];
  return title !== null && companies.some((company) => company && nameKey(company) === nameKey(title)) ? { ...reading, title: null } : reading;
}

function readBlock(unit: Unit, index: number, evidence: Evidence): Reading {
  const stamps = findStamps(unit.text, unit.stampLinks);
  const masked = mask(unit.text, stamps);
  if (unit.kind === "heading") return { unit, index, masked, stamps, ...readFields(masked, evidence) };
  // A list item laid out as fields ("**Title** — Name, Company — 24:25") reads like a heading.
  if (unit.kind === "item") {
    const fields = readFields(masked, evidence);
    if (fields.speaking && fields.title) return { unit, index, masked, stamps, ...fields };
  }
  // The speakers are named in the sentence that opens the talk, or the one with its timestamp.
  const stampAt = stamps[0]?.to ?? 0;
  const limit = stampAt + sentenceEnd(masked.slice(stampAt));
  const opening = readSpeakers(masked.slice(0, Math.max(limit, sentenceEnd(masked)) + 1), evidence, unit.links);
  // A panel names its panellists in a sentence of their own, after its title and timestamp; "The most
  // talked-about session began at [31:20]. Chukwuemeka Nwosu … jointly presented …": so may a talk.
  const nextSentence = limit + 1 + sentenceEnd(masked.slice(limit + 1)) + 1;
  const panellists = opening !== null ? null : PANEL.test(masked) ? readSpeakers(masked, evidence, unit.links) : stamps.length > 0 ? readSpeakers(masked.slice(0, nextSentence), evidence, unit.links) : null;
  const speaking = opening ?? panellists;
  const read = speaking && !panellists ? readTitle(masked, afterAppositive(masked, speaking.end), speaking.from, unit.links) : speakerlessTitle(masked, unit);
  const title = namedTitle(masked, unit.links) ?? read ?? spanTitle(masked, unit.links);
  return { unit, index, masked, stamps, speaking, title };
}

// "Zixuan Huang from Tidemark, who leads the Ledger Storage team, finished with …", "Chiamaka Obi, Pallas
// Cloud, closed the night with …": what is said of the speaker comes before the title.
// "**Talk 1.** Siobhán Ní Bhriain, Fernhill Data: *Postgres on Kubernetes*": the company, then the title.
const APPOSITIVE_AFTER = new RegExp(String.raw`^\s*,\s*[^,.;()${CUT}]{2,60},\s*(?=\p{Ll})|^\s*,\s*(?:\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*\s*){1,4}(?=:\s)`, "u");

function afterAppositive(text: string, at: number): number {
  return at + (APPOSITIVE_AFTER.exec(text.slice(at))?.[0].length ?? 0);
}

/** The talks of a paragraph that carries several, each read on its own; null when it carries one. */
function pieces(reading: Reading, evidence: Evidence): Reading[] | null {
  const segmented = segmentsOf(reading.unit, reading.masked, reading.stamps);
  if (!segmented) return null;
  const read = segmented.pieces.map((piece) => ({ ...readUnit(piece, reading.index, evidence), piece: segmented.listed ? ("listed" as const) : ("timed" as const) }));
  const talks = read.filter((piece) => piece.title !== null && (piece.speaking !== null || piece.stamps.length > 0));
  return talks.length >= 2 ? read : null;
}

/** "Then came a panel discussing A Kubernetes-Based Sovereign AI": a title with nobody before it. */
function speakerlessTitle(masked: string, unit: Unit): string | null {
  // "- A Five-Minute Tour of the Operator Framework, from one of the Inkwell engineers …"
  if (unit.kind === "item") {
    const leading = leadingTitle(masked);
    if (leading) return leading;
  }
  const introducer = TITLE_INTRODUCERS.exec(masked);
  if (introducer) return readTitle(masked, introducer.index + introducer[0].length, 0, unit.links);
  const opener = TALK_OPENER.exec(masked);
  return opener ? readTitle(masked, opener[0].length, 0, unit.links) : null;
}

/** Blocks under a heading about the next meetup (and its teaser paragraphs) are never talks. */
function teaserUnits(units: readonly Unit[], recapTitle: string): Set<number> {
  const teaser = new Set<number>();
  let depth: number | null = null;
  let seenTalk = false;
  // "## Cloud Native London February" in the January recap is about next month.
  const ownMonth = MONTH_HEADING.exec(recapTitle)?.[0] ?? null;
  units.forEach((unit, index) => {
    if (unit.kind === "heading") {
      const month = MONTH_HEADING.exec(unit.text)?.[0];
      const otherMonth = month !== undefined && ownMonth !== null && month !== ownMonth;
      const isTeaser = TEASER_HEADING.test(unit.text) || otherMonth || (seenTalk && month !== undefined && !/\b(?:talks?|speakers?|recap|overview)\b/iu.test(unit.text));
      if (isTeaser) depth = unit.depth;
      else if (depth !== null && unit.depth <= depth) depth = null;
    }
    if (depth !== null) teaser.add(index);
    if (unit.stampLinks.length > 0 || /\d:\d\d/u.test(unit.text)) seenTalk = true;
  });
  return teaser;
}

/** The blocks that open a talk section, in order. */
function talkStarts(candidates: readonly Reading[], readings: readonly Reading[], teaser: ReadonlySet<number>, evidence: Evidence): Reading[] {
  const starts: Reading[] = [];
  let takeawayList: number | null = null;
  // A heading that opens a talk owns the blocks under it: a "Speaker:" line, a "Starts at" line.
  let heading: Reading | null = null;
  for (const reading of candidates) {
    const { unit } = reading;
    if (teaser.has(reading.index) || unit.kind === "html") continue;
    if (unit.kind === "item" && unit.listId === takeawayList) continue;
    const start = opensTalk(reading, readings, evidence);
    if (unit.kind === "heading") {
      // "## Anjali Venkataraman — Tidewater" then "**Cost Allocation for Shared Clusters**": the title under the name.
      const titled: Reading | null = heading !== null && starts[starts.length - 1] === heading ? titleUnder(heading, reading) : null;
      if (titled) {
        heading = titled;
        starts[starts.length - 1] = titled;
        continue;
      }
      heading = start ? reading : null;
      if (start) starts.push(reading);
      continue;
    }
    const below = heading !== null && starts[starts.length - 1] === heading;
    if (below && heading && ((heading.stamps.length === 0 && (start || reading.stamps.length > 0)) || (heading.speaking === null && reading.speaking !== null))) {
      heading = mergeIntoHeading(heading, reading);
      starts[starts.length - 1] = heading;
      continue;
    }
    // A paragraph about the speakers of a talk already read, without a timestamp, goes on about that talk.
    // (An introduction's list of talks does not count: the talk's own section is still to come.)
    const spoken = starts.filter((other) => other.piece !== "listed").flatMap((other) => (other.speaking?.speakers ?? []).flatMap((name) => [nameKey(name), nameKey(nameWords(name)[0] ?? "")]));
    const continues = reading.speaking !== null && reading.stamps.length === 0 && reading.speaking.speakers.every((name) => spoken.includes(nameKey(name)));
    if (start && !continues) {
      starts.push(reading);
      if (unit.kind === "paragraph" && unit.listAfter) takeawayList = nextListId(readings, reading.index);
    }
  }
  // An introduction that lists each talk gives way to the talk's own section further down.
  const sectioned = new Set(starts.filter((start) => start.piece !== "listed").flatMap((start) => start.speaking?.speakers ?? []).map(nameKey));
  // A list is a list of talks when more than one of its items reads as one (or it has only one item).
  return starts.filter((start) => {
    if (start.piece === "listed") return !(start.speaking?.speakers ?? []).some((name) => sectioned.has(nameKey(name)));
    if (start.unit.kind !== "item" || start.stamps.length > 0) return true;
    const siblings = readings.filter((reading) => reading.unit.listId === start.unit.listId);
    return siblings.length === 1 || starts.filter((other) => other.unit.listId === start.unit.listId).length >= 2;
  });
}

const MINOR_WORDS = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "the", "to", "vs", "vs.", "with", "without"]);

/** "Supply chains under scrutiny", "Opening: eBPF, two years on": most words after the first in lower case. */
function isSentenceCase(title: string): boolean {
  const words = title.split(/\s+/u).slice(1).filter((word) => /^\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  return words.length >= 2 && words.filter((word) => /^\p{Ll}+$/u.test(word)).length * 2 > words.length;
}

function titleUnder(heading: Reading, below: Reading): Reading | null {
  if (heading.title !== null || below.speaking !== null || below.title === null || below.unit.depth <= heading.unit.depth) return null;
  return { ...heading, title: below.title, stamps: heading.stamps.length > 0 ? heading.stamps : below.stamps };
}

function nextListId(readings: readonly Reading[], index: number): number | null {
  return readings.slice(index + 1).find((reading) => reading.unit.kind === "item")?.unit.listId ?? null;
}

// The paragraph names the speakers more fully than a heading does; the heading gives the title as written.
function mergeIntoHeading(heading: Reading, below: Reading): Reading {
  return {
    ...heading,
    stamps: heading.stamps.length > 0 ? heading.stamps : below.stamps,
    // …unless it names fewer of them ("Chidi and Leilani" under "Chidi Okonkwo and Leilani Kahananui (CobaltMesh)"),
    // or only part of a name the heading gives whole ("Minh Châu" under "Nguyễn Thị Minh Châu").
    speaking: below.speaking && (!heading.speaking || (below.speaking.unresolved.length === 0 && below.speaking.speakers.length >= heading.speaking.speakers.length)) ? fuller(below.speaking, heading.speaking) : heading.speaking,
    // "**The trouble with defaults**" over "In *Why "Just Use Helm" Is Not a Strategy*, …": a sentence-case
    // heading names the section's theme; the title-cased one in the paragraph is the talk's.
    title: heading.title !== null && below.title !== null && isSentenceCase(heading.title) && !isSentenceCase(below.title) ? below.title : (heading.title ?? below.title),
    unit: { ...heading.unit, links: [...heading.unit.links, ...below.unit.links], listAfter: heading.unit.listAfter ?? below.unit.listAfter },
  };
}

function fuller(speaking: SpeakerReading, heading: SpeakerReading | null): SpeakerReading {
  if (!heading) return speaking;
  // Not "Jane Doe" under "## Jane Doe Rust", where the heading runs the name on into the title.
  const fills = (name: string, whole: string) => isPartOfName(name, whole) && (nameWords(name).length === 1 || !isPartOfName(name, whole, "first"));
  const speakers = speaking.speakers.map((name) => heading.speakers.find((whole) => fills(name, whole)) ?? name);
  return { ...speaking, speakers, company: speaking.company ?? heading.company };
}

function opensTalk(reading: Reading, readings: readonly Reading[], evidence: Evidence): boolean {
  const { unit, stamps, speaking, title, masked } = reading;
  if (unit.kind === "heading") return unit.depth >= 2 && (speaking !== null || (title !== null && hasTalkBelow(reading, readings)));
  const timed = stamps.length > 0 || unit.links.some((link) => normaliseYouTubeUrl(link.url)?.start != null);
  // "We finished with the traditional quiz at [1:40:00]": a time with no one, no title and no talk is not a talk.
  if (timed) return unit.kind !== "paragraph" || speaking !== null || title !== null || TALK_WORDS.test(masked);
  if (reading.piece === "listed") return speaking !== null && title !== null;
  if (NOT_A_TALK.test(masked)) return false;
  // The organisers introduce the evening; without a timestamp that is not a talk.
  if (speaking && speaking.speakers.every((name) => evidence.hosts.some((host) => nameKey(host) === nameKey(name) || nameKey(nameWords(host)[0] ?? "") === nameKey(name)))) return false;
  // "three speakers: A from X, B from Y and C from Z" introduces the evening, not one talk.
  const listed = listedPeople(masked);
  const enumerates = !TALK_OPENER.test(masked) && (new Set(listed.map((person) => person.company)).size >= 2 || /\b(?:featur\w*|line-?up|speakers|talks\s+from)\b/iu.test(masked));
  if (listed.length >= 2 && (enumerates || COUNTED_SPEAKERS.test(masked))) return false;
  if (unit.kind === "item") return speaking !== null && speaking.from - labelEnd(masked) <= 2 && title !== null && (speaking.unresolved.length === 0 || speaking.company !== null);
  if (speaking === null) return title !== null && TALK_OPENER.test(masked) && TALK_WORDS.test(masked);
  const introduces = TALK_OPENER.test(masked) || TALK_WORDS.test(masked) || (unit.listAfter !== null && /:\s*$/u.test(masked)) || hasRecording(readings, reading.index);
  // "Henrik opened with "Service Discovery Without Tears"": a speaker the recap introduced, as the subject, with a title.
  const introduced = speaking.from <= 3 && speaking.unresolved.length === 0 && speaking.speakers.every((name) => findPerson(name, evidence) !== null);
  // "Joost, who looks after the platform at …, went without slides": an introduced speaker opening a paragraph of their own.
  return (introduces && (title !== null || unit.listAfter !== null)) || (introduced && (title !== null || speaking.from === 0));
}

// A heading with a title only is a talk when a paragraph right under it names the speaker.
function hasTalkBelow(heading: Reading, readings: readonly Reading[]): boolean {
  const next = readings[heading.index + 1];
  return next !== undefined && next.unit.kind === "paragraph" && next.speaking !== null && !NOT_A_TALK.test(next.masked);
}

function hasRecording(readings: readonly Reading[], index: number): boolean {
  const next = readings[index + 1];
  return recordingsIn([readings[index], next].filter((reading) => reading !== undefined)).length > 0;
}

/** YouTube players embedded in a section, and links to "watch the talk". */
function recordingsIn(section: readonly Reading[]): YouTubeVideo[] {
  const videos: YouTubeVideo[] = [];
  for (const { unit } of section) {
    videos.push(...unit.embeds);
    for (const link of unit.links) {
      const video = normaliseYouTubeUrl(link.url);
      if (video && RECORDING_LINK_TEXT.test(link.text)) videos.push(video);
    }
  }
  return videos;
}

function draftTalk(start: Reading, section: readonly Reading[], recapVideoId: string | null, evidence: Evidence): { talk: TalkDraft; problems: ContentProblem[] } {
  const { unit, stamps, speaking } = start;
  const line = unit.line;
  const problems: ContentProblem[] = [];
  const warn = (message: string) => problems.push({ line, severity: "warning", message });
  // The section runs to the next talk or heading; a recording embedded there is the talk's own.
  const nextHeading = section.findIndex((reading) => reading.unit.kind === "heading");
  const ownSection = [start, ...section.slice(0, nextHeading === -1 ? section.length : nextHeading)];
  const own = recordingsIn(ownSection).find((video) => video.videoId !== recapVideoId) ?? null;

  for (const stamp of stamps) {
    if (stamp.seconds === null) {
      problems.push({ line: stamp.link?.line ?? line, severity: "error", message: `'${stamp.text}' is not a valid time: write it as M:SS or H:MM:SS, e.g. 24:25 or 1:01:01` });
    }
    if (stamp.link) problems.push(...checkStampLink(stamp.link, stamp.seconds, own?.videoId ?? recapVideoId));
  }
  if (stamps.length > 1) {
    warn(`this paragraph has ${stamps.length} timestamps (${stamps.map((stamp) => stamp.text).join(", ")}); only the first is used: give each talk its own paragraph`);
  }

  const youTubeLinks = unit.links.map((link) => normaliseYouTubeUrl(link.url)).filter((video) => video !== null);
  const timedLink = youTubeLinks.find((video) => video.start !== null);
  const first = stamps[0];
  let start_: number | null = null;
  let videoId = recapVideoId ?? youTubeLinks[0]?.videoId ?? null;
  if (own) {
    videoId = own.videoId;
    start_ = first?.link && normaliseYouTubeUrl(first.link.url)?.videoId === own.videoId ? first.seconds : own.start;
  } else if (first) {
    start_ = first.seconds;
    const linked = first.link ? normaliseYouTubeUrl(first.link.url) : null;
    if (linked) videoId = linked.videoId;
  } else if (timedLink) {
    start_ = timedLink.start;
    videoId = timedLink.videoId;
    problems.push(...checkVideo(timedLink, recapVideoId, line, "the link", timedLink.start));
  }

  const at = start_ !== null ? formatTimestamp(start_) : "MM:SS";
  const speakers = speaking?.speakers ?? [];
  const title = start.title;
  if (speakers.length === 0) {
    warn(`no speaker found for this talk: write it as '<Name> from <Company> on <Title> (starting at ${at})'`);
  } else if (title === null) {
    warn(`no talk title found after ${speakers.join(" and ")}: write it as '${speakers.join(" and ")} from <Company> on <Title> (starting at ${at})'`);
  }
  // Under a heading, the takeaways may follow the paragraph that describes the talk.
  const described = unit.kind === "heading" ? section.find((reading) => reading.unit.kind === "paragraph")?.unit.listAfter : null;
  const takeaways = unit.listAfter ?? described ?? [];
  // "### Efe Ogunleye — Prometheus at the Edge" then "Efe (Lantern Freight) …": the company may come further down.
  const sectionText = ownSection.map((reading) => reading.masked);
  const companies = speaking?.company ? [speaking.company] : unique(speakers.map((name) => sectionText.map((text) => companyOf(name, text)).find((found) => found !== null) ?? findPerson(name, evidence)?.company ?? null));
  const company = companies.length > 0 ? companies.join(" / ") : (titleCompanyIn(start.masked, evidence) ?? null);
  return {
    talk: { speakers, company, title, start: start_, videoId, takeaways, line, doubts: doubtsAbout(speaking, title, evidence) },
    problems,
  };
}

// "Ingrid came over from Oslo, where she works for Norrsken Data": a company the recap's title lists as one
// of the evening's, and the only one the talk's paragraph names, is the talk's.
function titleCompanyIn(text: string, evidence: Evidence): string | null {
  const named = evidence.companies.filter((company) => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(company)}(?![\p{L}\p{N}])`, "u").test(text));
  return named.length === 1 ? (named[0] ?? null) : null;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value) => value !== null))];
}

/** Older posts with no talk sections: the speakers the intro lists are the evening's talks. */
function introducedTalks(readings: readonly Reading[], teaser: ReadonlySet<number>, videoId: string | null, offset: number): TalkDraft[] {
  for (const reading of readings) {
    if (teaser.has(reading.index) || reading.unit.kind !== "paragraph" || /\b(?:grateful|sponsor)/iu.test(reading.masked)) continue;
    const listed = listedPeople(reading.masked);
    if (listed.length === 0) continue;
    return listed.map((person) => ({
      speakers: [person.name],
      company: person.company,
      title: null,
      start: null,
      videoId,
      takeaways: [],
      line: reading.unit.line + offset,
      doubts: ["no title: the recap names this speaker only in its introduction"],
    }));
  }
  return [];
}

/** Why an organiser should look at a talk the reader is unsure of. */
function doubtsAbout(speaking: SpeakerReading | null, title: string | null, evidence: Evidence): string[] {
  const doubts: string[] = [];
  if (!speaking) doubts.push("no speaker");
  for (const name of speaking?.unresolved ?? []) doubts.push(`'${name}' is a first name only, and the recap gives no full name for it`);
  for (const name of speaking?.speakers ?? []) {
    const run = nameRuns(name)[0];
    if (!run || run.text !== name || nameWords(name).length > 4) doubts.push(`'${name}' does not look like a person's name`);
  }
  if (title === null) doubts.push("no title");
  else if (title.split(/\s+/u).length > 18 || /\.\s+\p{Lu}/u.test(title) || title.includes(CUT)) doubts.push("the title is longer than a sentence");
  if (speaking && speaking.speakers.length > 0 && evidence.people.length === 0 && speaking.unresolved.length === speaking.speakers.length) doubts.push("nothing else in the recap names this speaker");
  return [...new Set(doubts)];
}

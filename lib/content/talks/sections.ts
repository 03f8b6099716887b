// Which blocks open a talk section, and which blocks under them belong to it.
import { normaliseYouTubeUrl, type YouTubeVideo } from "../../youtube";
import { looksLikePerson, nameKey, nameRuns, nameWords } from "./names";
import { companyOf, type Evidence, findPerson, isPartOfName, type SpeakerReading } from "./speakers";
import { listedPeople } from "./lists";
import { isListedCompany } from "./companies";
import { labelEnd } from "./fields";
import { type Unit } from "./units";
import { CUT } from "./stamps";
import { sentenceEnd, sentenceStart } from "./title-ends";
import { CANCELLED, COUNTED_SPEAKERS, EVENING_PART, MINOR_WORDS, MONTH_HEADING, EVENING_THANKS, NOT_YET, PANEL, RECORDING_LINK_TEXT, NEWS_HEADING, TALK_OPENER, TALK_WORDS, TEASER_HEADING } from "./vocabulary";
import { type Reading } from "./reading";

const THANKS_TO_SPEAKERS = /\b(?:thanks?|thank\s+you|grateful)\b[^.!?]{0,40}\b(?:our|tonight['’]s|this\s+month['’]s|all\s+(?:the|our))\s+(?:\w+\s+)?speakers\b/iu;

/**
 * Blocks under a heading about anything but this evening's talks are never talks: the next meetup (and
 * its teaser paragraphs), the community news, the job board.
 */
export function asideUnits(units: readonly Unit[], recapTitle: string): Set<number> {
  const aside = new Set<number>();
  let depth: number | null = null;
  let seenTalk = false;
  // "## Cloud Native London February" in the January recap is about next month.
  const ownMonth = MONTH_HEADING.exec(recapTitle)?.[0] ?? null;
  units.forEach((unit, index) => {
    if (unit.kind === "heading") {
      const month = MONTH_HEADING.exec(unit.text)?.[0];
      const otherMonth = month !== undefined && ownMonth !== null && month !== ownMonth;
      const aboutTalks = /\b(?:talks?|speakers?|recap|overview|lightning)\b/iu.test(unit.text);
      const isAside = TEASER_HEADING.test(unit.text) || otherMonth || (seenTalk && month !== undefined && !aboutTalks) || (NEWS_HEADING.test(unit.text) && !aboutTalks);
      if (isAside) depth = unit.depth;
      else if (depth !== null && unit.depth <= depth) depth = null;
    }
    // "Thanks to our speakers Oksana Melnyk (Bluecairn), …" after the teaser signs off this evening, not the next.
    if (depth !== null && unit.kind === "paragraph" && THANKS_TO_SPEAKERS.test(unit.text)) depth = null;
    if (depth !== null) aside.add(index);
    if (unit.stampLinks.length > 0 || /\d:\d\d/u.test(unit.text)) seenTalk = true;
  });
  return aside;
}

/** The blocks that open a talk section, in order. */
export function talkStarts(candidates: readonly Reading[], readings: readonly Reading[], aside: ReadonlySet<number>, evidence: Evidence): Reading[] {
  const starts: Reading[] = [];
  let takeawayList: number | null = null;
  // A heading that opens a talk owns the blocks under it: a "Speaker:" line, a "Starts at" line.
  let heading: Reading | null = null;
  for (let reading of candidates) {
    const { unit } = reading;
    if (aside.has(reading.index) || unit.kind === "html") continue;
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
    // "### A talk's title" over "Eun-ji Park did this one …": the person the paragraph opens with gave it.
    if (below && heading?.speaking === null && reading.speaking === null) reading = { ...reading, speaking: openingPerson(reading, evidence) };
    // …or the title, said by the same people ("## Talk one — Dmitri Orlov" over "Dmitri from Stackmoor, with "…"").
    const headed = heading?.speaking?.speakers ?? [];
    const sameSpeakers = reading.speaking === null || (headed.length === reading.speaking.speakers.length && reading.speaking.speakers.every((name) => headed.some((other) => isSamePerson(name, other))));
    const completes = heading !== null && ((heading.speaking === null && reading.speaking !== null) || (heading.title === null && reading.title !== null && sameSpeakers));
    if (below && heading && ((heading.stamps.length === 0 && (start || reading.stamps.length > 0)) || completes)) {
      // "### Panel: …" over "… moderated our first ever panel. On the panel were:" and its list.
      heading = mergeIntoHeading(heading, withListedPanellists(reading, readings));
      starts[starts.length - 1] = heading;
      // "Speaker: Fatima Zahra Benali, Saltmarsh Analytics." then her takeaways.
      if (unit.kind === "paragraph" && unit.listAfter) takeawayList = nextListId(readings, reading.index);
      continue;
    }
    // A paragraph about the speakers of a talk already read, without a timestamp, goes on about that talk.
    // (An introduction's list of talks does not count: the talk's own section is still to come.)
    const spoken = starts.filter((other) => other.piece !== "listed").flatMap((other) => (other.speaking?.speakers ?? []).flatMap((name) => [nameKey(name), nameKey(nameWords(name)[0] ?? "")]));
    const continues = reading.speaking !== null && !isTimed(reading) && reading.speaking.speakers.every((name) => spoken.includes(nameKey(name)));
    if (start && !continues) {
      starts.push(withListedPanellists(reading, readings));
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


/** "Supply chains under scrutiny", "Opening: eBPF, two years on": most words after the first in lower case. */
function isSentenceCase(title: string): boolean {
  const words = title.split(/\s+/u).slice(1).filter((word) => /^\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  return words.length >= 2 && words.filter((word) => /^\p{Ll}+$/u.test(word)).length * 2 > words.length;
}

function titleUnder(heading: Reading, below: Reading): Reading | null {
  if (heading.title !== null || below.speaking !== null || below.title === null || below.unit.depth <= heading.unit.depth) return null;
  return { ...heading, title: below.title, stamps: heading.stamps.length > 0 ? heading.stamps : below.stamps };
}

/**
 * "… moderated by Siobhán Keane. Our panellists were:" then "- Adaeze Okonkwo, Head of Platform at Tidewell"
 * per line: a panel's panellists are the people its list names, one an item, and the moderator is not one.
 */
function withListedPanellists(panel: Reading, readings: readonly Reading[]): Reading {
  if (panel.unit.kind !== "paragraph" || !panel.unit.listAfter || !PANEL.test(panel.masked)) return panel;
  const listId = nextListId(readings, panel.index);
  const items = readings.filter((reading) => reading.unit.listId === listId);
  const people = items.flatMap(({ speaking }) => (speaking !== null && speaking.from <= 2 && speaking.unresolved.length === 0 ? [speaking] : []));
  if (people.length < 2 || people.length < items.length) return panel;
  const companies = [...new Set(people.flatMap((person) => person.company?.split(/\s+\/\s+/u) ?? []))];
  return { ...panel, speaking: { speakers: people.flatMap((person) => person.speakers), company: companies.length > 0 ? companies.join(" / ") : null, from: 0, end: 0, unresolved: [] } };
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

/**
 * Which talk each block describes, by position in `starts`: a paragraph whose speakers are one talk's
 * and that has no timestamp of its own ("Ahmed came next. Sandpiper move parcels …") is about that
 * talk, wherever it stands: under a programme, a chapter list or the talk's own heading.
 */
export function describedTalks(starts: readonly Reading[], readings: readonly Reading[], notTalks: ReadonlySet<number>): Map<number, number> {
  const opening = new Set(starts.map((start) => start.index));
  const described = new Map<number, number>();
  for (const reading of readings) {
    const names = reading.speaking?.speakers ?? [];
    if (reading.unit.kind !== "paragraph" || opening.has(reading.index) || notTalks.has(reading.index) || reading.stamps.length > 0 || names.length === 0) continue;
    const talks = starts.flatMap((start, position) => (names.every((name) => (start.speaking?.speakers ?? []).some((speaker) => isSamePerson(speaker, name))) ? [position] : []));
    const [only] = talks;
    if (only !== undefined && talks.length === 1) described.set(reading.index, only);
  }
  return described;
}

// "00:00 Welcome and news", "the traditional Christmas quiz at [1:40:00]": the evening around the talks, by no one.
// "After the welcome, I gave a short community update (starting at 3:05) …", "I opened the evening (at 2:30) with
// the usual community update": the host's own part of the evening, timed as it may be.
const HOST_UPDATE = /^(?:[^.!?]{0,40},\s*)?(?:I|we)\s[^.!?]{0,60}?\b(?:a|the|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:community\s+)?(?:update|welcome|intro(?:duction)?|round-?up|news|housekeeping|announcements)\b/iu;
// "We started (after my welcome and the usual housekeeping) with a fireside chat": unless it says a talk began.
const isHostUpdate = (masked: string) => HOST_UPDATE.test(masked) && !/\b(?:talks?|keynote|panel|fireside|demo|lightning|presentation)\b/iu.test(masked.slice(0, sentenceEnd(masked)));

function isEveningPart({ speaking, title, masked }: Reading): boolean {
  const named = (title ?? masked.replaceAll(CUT, " ").replace(/https?:\/\/\S+/giu, " "))
    .replace(/^[\s\p{P}]+/u, "")
    .trim();
  const part = EVENING_PART.exec(named);
  return speaking === null && part !== null && (part.index === 0 || named.split(/\s+/u).length <= 5);
}

// A host is often named in full in one place and by first name in another ("— Priya & Tom").
const isFirstNameOf = (part: string, whole: string) => nameWords(part).length === 1 && nameKey(nameWords(whole)[0] ?? "") === nameKey(part);
export const isSamePerson = (a: string, b: string) => nameKey(a) === nameKey(b) || isFirstNameOf(a, b) || isFirstNameOf(b, a);

// "Before the next talk we played a short interview I recorded with …": a recording shown between the talks.
const PLAYED_INTERVIEW = /\b(?:played|showed|screened)\s+(?:\w+\s+){0,3}?interview\b/iu;
const SPONSOR_SLOT = /\bsponsor(?:['’]s|s)?\s+(?:pitch|slot|word|message|intro(?:duction)?|update|announcement|spot|segment)s?\b/iu;

/** A timestamp, or a link into the recording at a moment. */
export function isTimed({ stamps, unit }: Reading): boolean {
  return stamps.length > 0 || unit.links.some((link) => normaliseYouTubeUrl(link.url)?.start != null);
}

function opensTalk(reading: Reading, readings: readonly Reading[], evidence: Evidence): boolean {
  const { unit, speaking, title, masked } = reading;
  if (unit.kind === "heading") return unit.depth >= 2 && (speaking !== null || (title !== null && hasTalkBelow(reading, readings, evidence)));
  const timed = isTimed(reading);
  // "We finished with the traditional quiz at [1:40:00]": a time with no one, no title and no talk is not a talk.
  // "Rhys gave a quick five-minute sponsor pitch (starting at 4:30)": a sponsor's slot is no talk, timed or not.
  if (SPONSOR_SLOT.test(masked) || PLAYED_INTERVIEW.test(masked)) return false;
  if (timed) return !isEveningPart(reading) && !isHostUpdate(masked) && (unit.kind !== "paragraph" || speaking !== null || title !== null || TALK_WORDS.test(masked));
  if (reading.piece === "listed") return speaking !== null && title !== null;
  // "Next, Dũng from Verdant Ltd stepped in at two days' notice (thank you!) with …": thanks inside a
  // paragraph that opens a talk, with its speaker and title, are no sponsor's paragraph.
  const about = title !== null || reading.topic === true;
  const opensAsTalk = TALK_OPENER.test(masked) && speaking !== null && about;
  if (NOT_YET.test(masked) || (EVENING_THANKS.test(masked) && !opensAsTalk)) return false;
  if (speaking && CANCELLED.test(speakerSentence(masked, speaking.from))) return false;
  // The organisers introduce the evening; without a timestamp that is not a talk.
  if (speaking && speaking.speakers.every((name) => evidence.hosts.some((host) => isSamePerson(host, name)))) return false;
  // "three speakers: A from X, B from Y and C from Z" introduces the evening, not one talk.
  const listed = listedPeople(masked);
  const enumerates = !TALK_OPENER.test(masked) && (new Set(listed.map((person) => person.company)).size >= 2 || /\b(?:featur\w*|line-?up|speakers|talks\s+from)\b/iu.test(masked));
  if (listed.length >= 2 && (enumerates || COUNTED_SPEAKERS.test(masked))) return false;
  // "We had two excellent speakers, María José Ruiz de Alarcón and Oluwaseun Akinwande, at our March meetup".
  if (speaking && speaking.speakers.length >= 2 && COUNTED_SPEAKERS.test(masked.slice(0, speaking.from))) return false;
  // A programme entry: the speaker opens it, or is one of the fields it is laid out in ("Title — Name (Company)").
  if (unit.kind === "item") return speaking !== null && (opensItem(masked, speaking.from) || reading.laidOut === true) && about && (speaking.unresolved.length === 0 || speaking.company !== null);
  if (speaking === null) return title !== null && TALK_OPENER.test(masked) && TALK_WORDS.test(masked);
  const introduces = TALK_OPENER.test(masked) || TALK_WORDS.test(masked) || (unit.listAfter !== null && /:\s*$/u.test(masked)) || hasRecording(readings, reading.index);
  // "Henrik opened with "Service Discovery Without Tears"": a speaker the recap introduced, as the subject, with a title.
  const introduced = speaking.from <= 3 && speaking.unresolved.length === 0 && speaking.speakers.every((name) => findPerson(name, evidence) !== null);
  // "Joost, who looks after the platform at …, went without slides": an introduced speaker opening a paragraph of their own.
  return (introduces && (about || unit.listAfter !== null)) || (introduced && (about || speaking.from === 0));
}

// "* Then Jun-seo Park showed us …", "* Last but not least, Ngozi gave us …": an opener may come before the item's speaker.
const ITEM_OPENER = new RegExp(String.raw`${TALK_OPENER.source}[\s,]*$`, "iu");

/** Whether the speaker found at `from` opens the list item (after its label, and an opener if any). */
function opensItem(masked: string, from: number): boolean {
  const label = labelEnd(masked);
  return from - label <= 2 || ITEM_OPENER.test(masked.slice(label, from));
}

// "Unfortunately Piotr was ill and couldn't make it": what became of a speaker is said in the sentence that names them.
function speakerSentence(masked: string, at: number): string {
  const from = sentenceStart(masked, at);
  return masked.slice(from, from + sentenceEnd(masked.slice(from)) + 1);
}

// A heading with a title only is a talk when a paragraph right under it names the speaker.
function hasTalkBelow(heading: Reading, readings: readonly Reading[], evidence: Evidence): boolean {
  const next = readings[heading.index + 1];
  return next !== undefined && next.unit.kind === "paragraph" && (next.speaking ?? openingPerson(next, evidence)) !== null && !NOT_YET.test(next.masked) && !EVENING_THANKS.test(next.masked);
}

/** The full name a paragraph opens with, read as its subject: under a title's heading, the speaker. */
function openingPerson(reading: Reading, evidence: Evidence): SpeakerReading | null {
  const run = nameRuns(reading.masked)[0];
  if (reading.unit.kind !== "paragraph" || !run || run.from > 2 || nameWords(run.text).length < 2 || !looksLikePerson(run.text) || isListedCompany(run.text, evidence)) return null;
  const known = findPerson(run.text, evidence);
  return { speakers: [known?.name ?? run.text], company: companyOf(run.text, reading.masked) ?? known?.company ?? null, from: run.from, end: run.to, unresolved: [] };
}

function hasRecording(readings: readonly Reading[], index: number): boolean {
  const next = readings[index + 1];
  return recordingsIn([readings[index], next].filter((reading) => reading !== undefined)).length > 0;
}

/** YouTube players embedded in a section, and links to "watch the talk" ("you can watch it [here]"). */
export function recordingsIn(section: readonly Reading[]): YouTubeVideo[] {
  const videos: YouTubeVideo[] = [];
  for (const { unit } of section) {
    videos.push(...unit.embeds);
    for (const link of unit.links) {
      const video = normaliseYouTubeUrl(link.url);
      const pointer = POINTER_LINK_TEXT.test(link.text) && RECORDING_LINK_TEXT.test(unit.text.slice(Math.max(0, link.from - 40), link.from));
      if (video && (RECORDING_LINK_TEXT.test(link.text) || pointer)) videos.push(video);
    }
  }
  return videos;
}

// A link that only points ("here"), whose sentence says what it points to.
const POINTER_LINK_TEXT = /^\s*(?:here|this|this link|link)\s*$/iu;

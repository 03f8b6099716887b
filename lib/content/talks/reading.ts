// Each block of a recap read on its own: who it names as speaking, and which title.
import { looksLikePerson, nameKey, nameRuns, nameWords } from "./names";
import { companyAt, companyOf, type Evidence, findPerson, readSpeakers, type SpeakerReading } from "./speakers";
import { isListedCompany } from "./companies";
import { CUT, findStamps, mask, type Stamp } from "./stamps";
import { COMPANY_BY_FORM, readFields } from "./fields";
import { moderates, panellists } from "./panels";
import { segmentsOf } from "./segments";
import { entryTitle, leadingTitle, linkedTitle, namedTitle, readTitle, spanTitle, statedTitle } from "./titles";
import { describesTopic } from "./descriptions";
import { isTheEventsName } from "./evidence";
import { sentenceEnd } from "./title-ends";
import type { LinkSpan, ProgrammeRow, Unit } from "./units";
import { EVENING_PART, PANEL, TALK_OPENER, TITLE_INTRODUCERS } from "./vocabulary";

/** A block read as a talk's opening: what it says, and how sure the reader is that it is one. */
export type Reading = {
  unit: Unit;
  index: number;
  masked: string;
  stamps: Stamp[];
  speaking: SpeakerReading | null;
  title: string | null;
  /** A piece of a paragraph that carries several talks; "listed" when it came from an enumeration. */
  piece?: "timed" | "listed";
  /** A list item laid out as a programme entry's fields ("Title — Name (Company)"). */
  laidOut?: boolean;
  /** An untitled talk's sentence says what it was about ("how her team moved off Swarm"). */
  topic?: boolean;
};


export function readUnit(unit: Unit, index: number, evidence: Evidence): Reading {
  const reading = withoutCompanies(readBlock(unit, index, evidence), evidence);
  // "- Siobhán Ní Bhriain, Quayline", "## Anjali Venkataraman — Tidewater": where the speaker works is
  // not what they spoke about.
  const { speaking, title } = reading;
  const companies = [speaking?.company, ...(speaking?.speakers ?? []).map((name) => findPerson(name, evidence)?.company), ...evidence.companies];
  // "**Nicolás Ibáñez** told the story of …": nor is the speaker's own name, in bold, a title.
  const names = [...companies, ...(speaking?.speakers ?? [])];
  const own = title !== null && names.some((name) => name && nameKey(name) === nameKey(title)) ? null : title;
  return { ...reading, title: own, topic: own === null && speaking !== null && describesTopic(reading.masked.slice(speaking.end)) };
}

// "- Fennick Ltd – Site Reliability Engineer (London)" on the job board: a company the recap names as
// one (by its legal form, or as where someone works) is nobody who spoke.
function withoutCompanies(reading: Reading, evidence: Evidence): Reading {
  const { speaking } = reading;
  if (!speaking) return reading;
  const people = speaking.speakers.filter((name) => !isListedCompany(name, evidence) && !COMPANY_BY_FORM.test(name) && !isTheEventsName(name, evidence));
  if (people.length === speaking.speakers.length) return reading;
  return { ...reading, speaking: people.length > 0 ? { ...speaking, speakers: people } : null };
}

function readBlock(unit: Unit, index: number, evidence: Evidence): Reading {
  const stamps = findStamps(unit.text, unit.stampLinks, unit.chapter === true);
  const masked = mask(unit.text, stamps);
  if (unit.kind === "heading") {
    const fields = readFields(masked, evidence);
    return { unit, index, masked, stamps, ...fields, speaking: fields.speaking ?? possessor(masked, evidence) };
  }
  if (unit.row) return { unit, index, masked, stamps, ...programmeRow(unit.row, masked, evidence), laidOut: true };
  // A list item laid out as fields ("**Title** — Name, Company — 24:25") reads like a heading.
  const panel = panellists(masked, evidence);
  if (unit.kind === "item") {
    const fields = readFields(masked, evidence);
    if (fields.speaking && fields.title) return { unit, index, masked, stamps, ...fields, speaking: panel ?? fields.speaking, laidOut: true };
    // "- [Małgorzata's talk](https://youtu.be/…?t=412)": an entry that says only whose talk starts there.
    const owner = possessor(masked, evidence);
    if (owner) return { unit, index, masked, stamps, speaking: owner, title: null };
  }
  // The speakers are named in the sentence that opens the talk, or the one with its timestamp.
  const stampAt = stamps[0]?.to ?? 0;
  const limit = stampAt + sentenceEnd(masked.slice(stampAt));
  // "…recorded his talk, Multi-Region Failover on a Budget, from the airport": a named title holds no speaker.
  const named = namedTitle(masked, unit.links);
  const titled = named === null ? unit.links : [...unit.links, { from: masked.indexOf(named), text: named, url: "" }];
  const opening = readSpeakers(masked.slice(0, Math.max(limit, sentenceEnd(masked)) + 1), evidence, titled);
  // A panel names its panellists in a sentence of their own, after its title and timestamp; "The most
  // talked-about session began at [31:20]. Chukwuemeka Nwosu … jointly presented …": so may a talk.
  const nextSentence = limit + 1 + sentenceEnd(masked.slice(limit + 1)) + 1;
  // "Then came our joint talk of the evening. Chiamaka Obi-Lindqvist from Nordlys Energy and …": an opener
  // that names no one hands over to the next sentence.
  const handsOver = stamps.length > 0 || TALK_OPENER.test(masked);
  const panellistsLater = opening !== null ? null : PANEL.test(masked) ? readSpeakers(masked, evidence, titled) : handsOver ? readSpeakers(masked.slice(0, nextSentence), evidence, titled) : null;
  const speaking = withColleagues(masked.slice(0, Math.max(limit, sentenceEnd(masked)) + 1), oneSpeaker(masked, panel ?? opening ?? panellistsLater), evidence);
  // A panel's title is read as if no one were named: its panellists, or its moderator when no panellist
  // is named, may come before or after it.
  const opener = panel || (opening && moderates(masked, { from: opening.from, to: opening.end })) ? null : speaking && !panellistsLater ? speaking : null;
  const read = opener ? readTitle(masked, afterAppositive(masked, opener, unit.links), opener.from, unit.links) : (speakerlessTitle(masked, unit) ?? (opening ? readTitle(masked, afterAppositive(masked, opening, unit.links), opening.from, unit.links) : null));
  return { unit, index, masked, stamps, speaking, title: named ?? read ?? statedTitle(masked, unit.links) ?? spanTitle(masked, unit.links) ?? (speaking ? linkedTitle(unit.links) : null) };
}

/**
 * "| Taming Multi-Tenancy: Namespaces and Quotas | Adaeze Okonkwo & Lotte Vos | Lagosphere Ltd |": the
 * header names each cell, so nothing needs guessing but who a first name is. A row whose title is a
 * short part of the evening ("Welcome & housekeeping", "Break") is no talk, whoever gives it.
 */
function programmeRow(row: ProgrammeRow, masked: string, evidence: Evidence): Pick<Reading, "speaking" | "title"> {
  const title = row.title.replace(/^[\s—–-]+$/u, "") || null;
  // "Dr Wiktoria Sadowska": a name as the reader takes one anywhere, without its title of address.
  const names = row.speakers
    .split(/\s*(?:,|&|\+|\/|\band\b)\s*/u)
    .filter((name) => /^\p{Lu}/u.test(name))
    .map((name) => nameRuns(name)[0]?.text ?? name);
  const eveningPart = title !== null && EVENING_PART.exec(title)?.index === 0 && title.split(/\s+/u).length <= 5 && !title.includes(":");
  if (names.length === 0 || eveningPart) return { speaking: null, title };
  const from = Math.max(0, masked.indexOf(row.speakers));
  const known = names.map((name) => findPerson(name, evidence));
  const company = row.company.replace(/^[\s—–-]+$/u, "") || (known.every((person) => person?.company) ? [...new Set(known.map((person) => person?.company))].join(" / ") : null);
  return {
    speaking: {
      speakers: names.map((name, at) => known[at]?.name ?? name),
      company,
      from,
      end: from + row.speakers.length,
      unresolved: names.filter((name, at) => known[at] === null && nameWords(name).length === 1),
    },
    title,
  };
}

// "Sinéad opened the evening, and her colleague Rahul Venkataraman presented with her", "Ngozi Eze of Kiteline,
// joined by her former teammate Tomás Ó Briain": a co-speaker the speaker's sentence brings on stage.
// "… brought along her colleague Yusuf Demirci to talk about …": whatever the verb, a colleague of theirs.
// "Bill Osei (Cinderford Labs) teamed up with Grace Nakamura-Flynn", "Her colleague Matthias Oberholzer joined her".
const COLLEAGUE_RE = /(?:\b(?:and|with)\s+(?:her|his|their)|\b(?:teamed|paired)\s+up\s+with|\bjoined\s+(?:on\s+stage\s+)?by(?:\s+(?:her|his|their))?|\b(?:[Hh]er|[Hh]is|[Tt]heir)(?=\s+(?:(?:former|fellow|new)\s+)?(?:colleague|teammate|co-?speaker|co-?presenter)s?\s))\s+(?:(?:former|fellow|new)\s+)?(?:(?:colleague|teammate|co-?speaker|co-?presenter)s?\s+)?(?=\p{Lu})/gu;

function withColleagues(sentence: string, speaking: SpeakerReading | null, evidence: Evidence): SpeakerReading | null {
  if (!speaking) return speaking;
  const added: string[] = [];
  const companies: string[] = [];
  let end = speaking.end;
  for (const match of sentence.matchAll(COLLEAGUE_RE)) {
    const at = match.index + match[0].length;
    if (at < speaking.end) continue;
    // "joined by Will Fairbanks from Ostrava Digital and Léa Marchetti from Fennimore Cloud": every one named.
    const joined = readSpeakers(sentence.slice(at), evidence);
    const first = nameRuns(sentence.slice(at))[0];
    const names = joined?.from === 0 ? joined.speakers : first?.from === 0 ? [first.text] : [];
    let last = at;
    for (const text of names) {
      if (nameWords(text).length < 2 || !looksLikePerson(text) || isListedCompany(text, evidence)) break;
      last = sentence.indexOf(text, last) + text.length;
      const name = findPerson(text, evidence)?.name ?? text;
      if (speaking.speakers.includes(name) || added.includes(name)) continue;
      added.push(name);
      const company = companyOf(text, sentence.slice(at)) ?? findPerson(name, evidence)?.company ?? null;
      if (company) companies.push(company);
    }
    // "A and her colleague B from X, who told us about …": a title after them both; "A took us through
    // <Title>, with his colleague B heckling" keeps its title where it was.
    if (last > at && !/[\p{Lu}\p{N}"“]/u.test(sentence.slice(end, match.index))) end = joined?.from === 0 ? at + joined.end : companyAt(sentence, last).end;
  }
  if (added.length === 0) return speaking;
  const company = companies.length > 0 && speaking.company ? [speaking.company, ...companies].join(" / ") : speaking.company;
  return { ...speaking, speakers: [...speaking.speakers, ...added], company, end };
}

/** "Speaker: Fatima Benali, Saltmarsh Analytics.": after a singular label, one person and where they work. */
function oneSpeaker(masked: string, speaking: SpeakerReading | null): SpeakerReading | null {
  const [first, second, ...rest] = speaking?.speakers ?? [];
  if (!speaking || !first || !second || rest.length > 0 || !/^\s*speaker\s*:/iu.test(masked)) return speaking;
  return { ...speaking, speakers: [first], company: speaking.company ?? second, unresolved: speaking.unresolved.filter((name) => name !== second) };
}

/** "### Ahmad's talk", "Mai Anh's talk": a heading or an entry that names whose talk it is. */
function possessor(text: string, evidence: Evidence): SpeakerReading | null {
  const owner = /^\s*(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,2})['’]s\s+(?:(?:lightning\s+)?talk|session|keynote|demo)\b/u.exec(text)?.[1];
  const person = owner ? findPerson(owner, evidence) : null;
  return person && owner ? { speakers: [person.name], company: person.company, from: 0, end: owner.length, unresolved: [] } : null;
}

// "Zixuan Huang from Tidemark, who leads the Ledger Storage team, finished with …", "Chiamaka Obi, Pallas
// Cloud, closed the night with …": what is said of the speaker comes before the title.
// "**Talk 1.** Siobhán Ní Bhriain, Fernhill Data: *Postgres on Kubernetes*": the company, then the title.
// "Tavita Faleolo from Reefline in Auckland, visiting London for the month, gave us …": where they are from, too.
// A description holds no quotation: "who gave us "Backstage in Production: The Good, the Bad …"" is the title.
// "…from Veyrac SAS, with GitOps, or: How I Learned …": words that open on the talk's own lead-in are no description.
const APPOSITIVE_AFTER = new RegExp(String.raw`^(?:\s+in\s+(?:\p{Lu}[\p{L}\p{M}-]*\s*){1,3})?\s*,\s*(?!\s*(?:with|on|about|presenting|talking)\s)[^,.;()"“”«»${CUT}]{2,60},\s*(?=\p{Ll})`, "u");
const COMPANY_BEFORE_COLON = /^\s*,\s*(?:\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*\s*){1,4}(?=:\s)/u;

function afterAppositive(text: string, speaking: SpeakerReading, links: readonly LinkSpan[]): number {
  const at = speaking.end;
  // "…from Kubeshed, Don't Panic: A Lightning Talk on …": after the speaker's company, the words before a colon are the title's.
  const length = (APPOSITIVE_AFTER.exec(text.slice(at)) ?? (speaking.company === null ? COMPANY_BEFORE_COLON.exec(text.slice(at)) : null))?.[0].length ?? 0;
  // "…, who told us about [WebAssembly on the Edge: Spin, wasmCloud and Friends](…)": nor a link's text.
  return links.some((link) => link.from >= at && link.from < at + length) ? at : at + length;
}

/** The talks of a paragraph that carries several, each read on its own; null when it carries one. */
export function pieces(reading: Reading, evidence: Evidence): Reading[] | null {
  const segmented = segmentsOf(reading.unit, reading.masked, reading.stamps);
  if (!segmented) return null;
  const read = segmented.pieces.map((piece) => ({ ...readUnit(piece, reading.index, evidence), piece: segmented.listed ? ("listed" as const) : ("timed" as const) }));
  const talks = read.filter((piece) => piece.title !== null && (piece.speaking !== null || piece.stamps.length > 0));
  // "Zoltán … (starting at 34:40). Zoltán explained … (the demo itself is at 52:30)": one speaker's one talk.
  const speakersOf = (piece: Reading) => (piece.speaking?.speakers ?? []).join(" & ");
  const again = talks.some((piece, at) => speakersOf(piece) !== "" && talks.slice(0, at).some((earlier) => speakersOf(earlier) === speakersOf(piece)));
  return talks.length >= 2 && !again ? read : null;
}

/** "Then came a panel discussing A Kubernetes-Based Sovereign AI": a title with nobody before it. */
function speakerlessTitle(masked: string, unit: Unit): string | null {
  // "- A Five-Minute Tour of the Operator Framework, from one of the Inkwell engineers …"
  if (unit.kind === "item") {
    const leading = leadingTitle(masked) ?? (unit.chapter ? entryTitle(masked) : null);
    if (leading) return leading;
  }
  const introducer = TITLE_INTRODUCERS.exec(masked);
  if (introducer) return readTitle(masked, introducer.index + introducer[0].length, 0, unit.links);
  const opener = TALK_OPENER.exec(masked);
  return opener ? readTitle(masked, opener[0].length, 0, unit.links) : null;
}


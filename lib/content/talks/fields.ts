import { isCommonWord, isGivenName, looksLikeOrganisation, nameKey, nameWords } from "./names";
import { type Evidence, findPerson, readSpeakers, type SpeakerReading } from "./speakers";
import { isListedCompany } from "./companies";
import { JOB_WORDS_RE, LEGAL_FORM } from "./vocabulary";
import { CUT } from "./stamps";
import { withoutFinalStop } from "./title-ends";
import { unquoted, withoutSessionKind } from "./clean-title";

/**
 * A heading or a list item read as fields, the way organisers lay out a programme:
 * "### Ana Ruiz — Observability on a Budget", "Talk 2: Title — Speaker, Company",
 * "- **Title** — Name, Staff Engineer, Company — [2:47](…)", "### A Talk's Title".
 */
type FieldReading = { speaking: SpeakerReading | null; title: string | null };
type PersonField = SpeakerReading & { companyAfterComma?: boolean };

// "Talk 2: ", "Lightning: ", and the evening's clock before a programme entry ("19:05 **Title** — …").
// "Talk 2 — ", "Talk two — ", "3) ", "Bonus: ", "And finally: ": where a programme entry's own words begin.
const LABEL = /^\s*(?:\d{1,2}[:.]\d{2}\s+(?:(?:lightning(?:\s+talks?)?|talks?|session|keynote|panel)\s*[:.–—-]\s*)?|(?:lightning(?:\s+talks?)?|talks?|session|keynote|speakers?|panel(?:\s+discussion)?)\s*(?:#?\d*|one|two|three|four|five|six|seven|eight)\s*[:.–—-]\s*|(?:#?\d{1,2}[).]|\(\d{1,2}\))\s+|(?:first(?:\s+up)?|next(?:\s+up)?|then|(?:and\s+)?finally|last(?:ly)?|bonus|to\s+close)\s*[:–—]\s*)/iu;
/** "## Surviving the Control Plane Upgrade (Bartłomiej Zając)": a name in brackets that ends a heading. */
export const BYLINE = /\s\(([^()]+)\)\s*$/u;
// Dashes part a name from a title more surely than a colon, which is as often a title's own subtitle.
const SPLITS = [/\s+[—–|]\s+|\s+-\s+/gu, /,\s+(?:by|from)\s+|\s+by\s+/gu, /:\s+/gu];
const SECTION_HEADING = /\b(?:overview|talks?|speakers?|photos?|sponsors?|thanks|recap|agenda|schedule|summary|news|jobs?|video|recording|intro(?:duction)?|welcome|notes?)\b/iu;
export const COMPANY_BY_FORM = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*\s+){0,3}?\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*${LEGAL_FORM}\.?$`, "u");

/** Where a programme entry's label ("Lightning talk: ", "Talk 2 — ") ends, 0 when it has none. */
export function labelEnd(text: string): number {
  return LABEL.exec(text)?.[0].length ?? 0;
}

export function readFields(text: string, evidence: Evidence): FieldReading {
  const label = text.replace(LABEL, "");
  const offset = text.length - label.length;
  // "## Surviving the Control Plane Upgrade (Bartłomiej Zając)": a byline the recap knows as a person.
  const byline = BYLINE.exec(label);
  const bylined = byline?.[1] ? findPerson(byline[1].trim(), evidence) : null;
  if (byline && bylined && bylined.name === byline[1]?.trim()) {
    const from = offset + byline.index + 1;
    return { speaking: { speakers: [bylined.name], company: bylined.company, from, end: from + bylined.name.length, unresolved: [] }, title: cleanField(label.slice(0, byline.index)) };
  }
  for (const [strength, split] of SPLITS.entries()) {
    const parts = splitFields(label, split, offset);
    if (parts.length < 2) continue;
    const colon = strength === SPLITS.length - 1;
    // Between dashes the person may be any field; a colon only parts "Name: Title" or "Title: Name",
    // since a title's own subtitle follows a colon too.
    const candidates = colon ? [0, parts.length - 1] : [...parts.keys()].slice(1).concat(0);
    // Of the fields that can be a person, the surest: "Efe Ogunleye — Prometheus at the Edge".
    const people = candidates.flatMap((index) => {
      const person = parts[index];
      const speaking = person ? personField(person.text, evidence) : null;
      if (!person || !speaking || (colon && !isSurePerson(speaking, evidence))) return [];
      return [{ person, speaking, sureness: personSureness(speaking, evidence) }];
    });
    const best = people.reduce<(typeof people)[number] | null>((surest, candidate) => (surest === null || candidate.sureness > surest.sureness ? candidate : surest), null);
    if (best) {
      const { person, speaking } = best;
      const others = parts.filter((part) => part !== person);
      // "#### Yuki Tanabe | Kestrel Cloud Ltd | Agents in the Cluster": beside the person, where they work.
      const beside = parts[parts.indexOf(person) + 1];
      const employer = !colon && others.length >= 2 && beside && isCompanyName(beside.text.trim()) ? beside : null;
      if (employer) {
        const title = others.find((part) => part !== employer)?.text ?? "";
        return { speaking: { ...shift(speaking, person.from), company: speaking.company ?? employer.text.trim() }, title: cleanField(title) };
      }
      const rest = colon ? others.map((part) => part.text).join(": ") : (others[0]?.text ?? "");
      // "### Pieter van der Berg — Tulpenveld B.V.": a field with a company's legal form is where they work.
      const company = rest.replaceAll(CUT, " ").trim();
      // "### Amara Nwosu — Udu Cloud": a short field of capitalised words after a person is where they work
      // ("### SBOMs Nobody Reads — Li Wenjing" puts the title first).
      const afterPerson = person === parts[0];
      const named = isCompanyName(company) || (!colon && afterPerson && /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}&'’.-]*\s*){1,3}$/u.test(company) && company.split(/\s+/u).some(isCommonWord));
      if (parts.length === 2 && named) return { speaking: { ...shift(speaking, person.from), company: speaking.company ?? company }, title: null };
      return { speaking: shift(speaking, person.from), title: cleanField(rest) };
    }
  }
  const alone = personField(label, evidence);
  // "## Talk two — Dmitri Volkov & Amélie Durand-Lefèvre": after a talk's label, full names are its speakers.
  const labelled = offset > 0 && alone !== null && alone.speakers.every((name) => nameWords(name).length >= 2);
  if (alone && (labelled || isSurePerson(alone, evidence))) return { speaking: shift(alone, offset), title: null };
  const words = label.trim().split(/\s+/u).length;
  return { speaking: null, title: words >= 3 && !SECTION_HEADING.test(label) ? cleanField(label) : null };
}

// "Tulp Software B.V.", "Nsukka Labs": a field that names a company, by its legal form or its make.
const isCompanyName = (text: string) => COMPANY_BY_FORM.test(text) || looksLikeOrganisation(text);

function splitFields(text: string, split: RegExp, offset: number): { text: string; from: number }[] {
  const parts: { text: string; from: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(split)) {
    parts.push({ text: text.slice(from, match.index), from: offset + from });
    from = match.index + match[0].length;
  }
  parts.push({ text: text.slice(from), from: offset + from });
  // A field that is only a timestamp says nothing of who or what.
  return parts.filter((part) => part.text.replaceAll(CUT, "").replace(/[\s().,]/gu, "") !== "");
}

/** "Ana Ruiz", "Ana Ruiz (Kestrel)", "Ana Ruiz, Kestrel", "Ana Ruiz, Staff Engineer, Kestrel", "A and B, both from X". */
function personField(text: string, evidence: Evidence): PersonField | null {
  // "- 5:10 Hedda Lindqvist — …": the entry's masked time before the name is no part of the field.
  const spaced = text.replaceAll(CUT, " ");
  const lead = spaced.length - spaced.trimStart().length;
  const trimmed = spaced.trim().replace(/[\s,;—–|-]+$/u, "");
  if (isCompanyName(trimmed)) return null;
  const reading = readSpeakers(`${trimmed}, `, evidence);
  // "## Nakamura Kenji — Mirabel Labs": the recap's title lists Mirabel Labs as a company.
  if (!reading || reading.from > 0 || reading.speakers.some((name) => isListedCompany(name, evidence))) return null;
  const tail = trimmed.slice(reading.end).trim();
  if (tail === "") return shift(reading, lead);
  const company = /^,\s*(?:([^,]*),\s*)?((?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[^,]*)$/u.exec(trimmed.slice(reading.end));
  if (company?.[2] && (company[1] === undefined || JOB_WORDS_RE.test(company[1]))) {
    return { ...shift(reading, lead), company: reading.company ?? company[2].trim(), end: lead + trimmed.length, companyAfterComma: true };
  }
  return null;
}

// Without a sentence around it, a name needs a company, a full given name or the recap's word for it.
// "Cargo Hall, Whitechapel Works" is a venue: a company after a bare comma does not make a person.
function isSurePerson(speaking: PersonField, evidence: Evidence): boolean {
  // "### Priyanka Deshpande, Lumen & Loom: …" is a person when the recap goes on about "Priyanka".
  const named = (name: string) => nameWords(name).length >= 2 && (isGivenName(nameWords(name)[0] ?? "") || evidence.subjects.has(nameKey(nameWords(name)[0] ?? "")));
  return (speaking.company !== null && !speaking.companyAfterComma) || speaking.speakers.every((name) => findPerson(name, evidence) !== null || named(name));
}

// A known person or a given name outweighs a full name, which outweighs a lone word with a company.
function personSureness(speaking: PersonField, evidence: Evidence): number {
  const names = speaking.speakers;
  const known = names.every((name) => findPerson(name, evidence) !== null) ? 2 : 0;
  const given = names.every((name) => isGivenName(nameWords(name)[0] ?? "")) ? 1 : 0;
  const full = names.every((name) => nameWords(name).length >= 2) ? 1 : 0;
  const company = speaking.company !== null && !speaking.companyAfterComma ? 0.5 : 0;
  // "### Amara Nwosu — Udu Cloud": a "name" made of an everyday word is more likely a company's.
  const everyday = names.some((name) => nameWords(name).some(isCommonWord)) ? 1 : 0;
  return known + given + full + company - everyday;
}

function cleanField(text: string): string | null {
  // "Liu Yifan: from 1:11:02 to the end": a time inside the field makes it a sentence about the talk.
  if (new RegExp(String.raw`\S\s*${CUT}+\s*\S`, "u").test(text.trim())) return null;
  const field = withoutSessionKind(withoutFinalStop(unquoted(text.replaceAll(CUT, " ").trim()).replace(/[\s,;:—–|]+$/u, "")).trim());
  // "https://youtu.be/…?t=525 — Wang Lei (Jadeport)": an address is where the talk is, never its title.
  return field === "" || /^https?:\/\/\S+$/iu.test(field) ? null : field;
}

function shift(reading: SpeakerReading, by: number): SpeakerReading {
  return { ...reading, from: reading.from + by, end: reading.end + by };
}

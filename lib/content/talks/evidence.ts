import { looksLikePerson, nameKey, nameRuns, nameWords } from "./names";
import { companyOf, type Evidence, isPartOfName, peopleIn, type Person } from "./speakers";
import { listedPeople } from "./lists";
import { isListedCompany, legalNamesIn } from "./companies";
import { BYLINE, readFields } from "./fields";
import { findStamps, mask } from "./stamps";
import type { Unit } from "./units";
import { LEGAL_FORM, SPEAKER_FOLLOWERS } from "./vocabulary";

/**
 * Who the recap says spoke, gathered from the whole text before any talk is read: "<Name> from
 * <Company>" anywhere, enumerations in the introduction, photo captions (`![Marta Kowalczyk](…)`),
 * and the front matter's title and description.
 */
export function gatherEvidence(units: readonly Unit[], frontMatter: { title?: string | null; description?: string | null }): Evidence {
  const evening = lettersOf((frontMatter.title ?? "").split(":")[0] ?? "");
  // What the title lists as the evening's companies is never a person ("…: Kong, Lightstep, and Harness").
  const companies = companiesInTitle(frontMatter.title ?? "");
  const isCompany = (name: string) => isListedCompany(name, { companies });
  const mentioned = units
    .flatMap((unit) => [unit.text, ...unit.images.map((image) => image.alt)])
    .flatMap((text) => nameRuns(text).filter((run) => run.words.length >= 2 && looksLikePerson(run.text) && !isCompany(run.text)).map((run) => run.text));
  const subjects = new Set(units.flatMap((unit) => nameRuns(unit.text).filter((run) => run.words.length === 1 && SPEAKER_FOLLOWERS.test(unit.text.slice(run.to))).map((run) => nameKey(run.text))));
  const people: Person[] = [];
  const add = (found: Person[]) => {
    for (const person of found) {
      const known = people.find((other) => nameKey(other.name) === nameKey(person.name));
      if (!known) people.push(person);
      else if (known.company === null && person.company !== null) known.company = person.company;
    }
  };
  for (const text of [frontMatter.description ?? "", ...units.map((unit) => unit.text)]) {
    add(peopleIn(text));
    add(listedPeople(text));
  }
  for (const unit of units) {
    for (const image of unit.images) add(captionedPeople(image.alt));
  }
  add(rosterPeople(units));
  const bylines = bylinedPeople(units);
  add(bylines);
  // "## Stateful Workloads (Siobhán Ó Dálaigh)" read as "Name (Company)": a byline is nobody's employer.
  const byline = (person: Person) => bylines.some((other) => person.company !== null && nameKey(person.company) === nameKey(other.name));
  add(programmePeople(units, { people: [...people], companies, hosts: [], mentioned, evening, subjects }));
  // "Wojciech, who runs the data platform at Tidewell, …": a company given with the first name only.
  for (const person of people) {
    if (person.company !== null) continue;
    for (const unit of units) person.company ??= companyOf(person.name, unit.text);
  }
  // "… and Layla al-Rashid at Cloud Native London February 2018": the evening is nobody's employer.
  for (const person of people) if (person.company !== null && isTheEvening(person.company, { evening })) person.company = null;
  return {
    people: withFullestNames(people).filter((person) => !isCompany(person.name) && !byline(person)),
    companies,
    hosts: [...hostsIn(frontMatter.description ?? ""), ...organisersIn(units)].filter((host) => !isCompany(host)),
    mentioned,
    evening,
    subjects,
    legalNames: [...new Set(units.flatMap((unit) => legalNamesIn(unit.text)))],
  };
}

// "Mary Kate from Ferrolane" and a photo of "Mary Kate O'Brien": one person, by the fullest name the recap gives.
function withFullestNames(people: readonly Person[]): Person[] {
  const fuller = (person: Person) => {
    const longer = people.filter((other) => isPartOfName(person.name, other.name, "first"));
    return longer.length === 1 ? longer[0] : undefined;
  };
  const merged = people.map((person) => ({ ...person }));
  for (const person of merged) {
    const whole = fuller(person);
    const target = whole && merged.find((other) => other.name === whole.name);
    if (target) target.company ??= person.company;
  }
  return merged.filter((person) => fuller(person) === undefined);
}

// "Ingrid did the welcome", "Oksana welcomed everyone", "our organiser Colm Ó Riada": who runs the
// evening rather than speaks.
const WELCOMES = /^\s+(?:did\s+the\s+(?:welcome|introductions|intros?)|welcomed\s+(?:everyone|us|the\s+room|the\s+audience))\b/u;
const ORGANISER_BEFORE = /\b(?:our|the)\s+(?:co-?)?(?:organi[sz]er|host|MC|compère)s?\s*,?\s*$/iu;
// "— Tamsin, Gideon and the organising team", "Tamsin & Gideon": a recap signed off by its organisers.
const SIGN_OFF_PART = /^(?:the\s+(?:[\p{L}\s]+\s+)?team|(?:all\s+)?the\s+organisers|organisers)$/iu;

function organisersIn(units: readonly Unit[]): string[] {
  const welcoming = units.flatMap((unit) =>
    nameRuns(unit.text)
      .filter((run) => WELCOMES.test(unit.text.slice(run.to)) || ORGANISER_BEFORE.test(unit.text.slice(0, run.from)))
      .map((run) => run.text),
  );
  const last = units.findLast((unit) => unit.kind === "paragraph");
  const parts = (last?.text ?? "").replace(/^\s*[—–~-]+\s*/u, "").trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/u);
  const named = parts.filter((part) => nameRuns(part)[0]?.text === part && looksLikePerson(part));
  const signed = named.length > 0 && parts.every((part) => named.includes(part) || SIGN_OFF_PART.test(part)) ? named : [];
  return [...welcoming, ...signed];
}

/** "…, hosted by Cheryl Hung, Engineering Manager at Apple": the organisers, who introduce the talks. */
function hostsIn(description: string): string[] {
  const hosted = /\bhosted\s+(?:\w+\s+){0,2}?by\s+(.*)$/iu.exec(description);
  const names = hosted?.[1] ?? "";
  // "Cheryl Hung, Engineering Manager at Apple": the people, not where they work.
  return nameRuns(names)
    .filter((run) => nameWords(run.text).length >= 2 && looksLikePerson(run.text) && !/(?:at|of|from)\s+$/u.test(names.slice(0, run.from)))
    .map((run) => run.text);
}

/**
 * "## Why Is My Pod Pending?! A Scheduler Deep-Dive (Kemal Yıldırım)" over "Kemal, a Kubernetes
 * contributor who works at Tuzla Cloud, took us …": a heading that ends on a name in brackets which
 * the paragraph under it opens with, by its given name, is the talk's byline, not "Name (Company)".
 */
function bylinedPeople(units: readonly Unit[]): Person[] {
  return units.flatMap((unit, index) => {
    const name = unit.kind === "heading" ? BYLINE.exec(unit.text)?.[1]?.trim() : undefined;
    const below = units[index + 1];
    const given = nameWords(name ?? "")[0];
    if (!name || !given || below?.kind !== "paragraph" || nameRuns(name)[0]?.text !== name || nameWords(name).length < 2 || !looksLikePerson(name)) return [];
    const opener = nameRuns(below.text)[0];
    return opener && opener.from === 0 && (opener.text === given || opener.text === name) ? [{ name, company: companyOf(opener.text, below.text) }] : [];
  });
}

const ROSTER_COMPANY = new RegExp(String.raw`^\s*,\s*(\p{Lu}[^,—–|]*?${LEGAL_FORM}?)\s*(?:$|\s[—–|]\s)`, "u");

/** "**Speakers**" then "- Siobhán Ní Bhriain, Quayline" per line: a list of who spoke, and for whom. */
function rosterPeople(units: readonly Unit[]): Person[] {
  const entries = units.flatMap((unit) => {
    const run = nameRuns(unit.text)[0];
    if (unit.kind !== "item" || !run || run.from > 0 || run.words.length < 2 || !looksLikePerson(run.text)) return [];
    const company = ROSTER_COMPANY.exec(unit.text.slice(run.to))?.[1];
    return company ? [{ listId: unit.listId, person: { name: run.text, company } }] : [];
  });
  return entries.filter((entry) => entries.filter((other) => other.listId === entry.listId).length >= 2).map((entry) => entry.person);
}

/**
 * "19:10 **Helm charts in anger** — Tunde Adébáyọ̀ (Hollowbrook)", "04:35 Dagny Solberg – Observability
 * for the rest of us", "### Nkechi Eze — Cobble": the people of a programme, a chapter list or the
 * talks' headings, each entry laid out as fields.
 */
function programmePeople(units: readonly Unit[], known: Evidence): Person[] {
  const entries = units.flatMap((unit) => {
    if (unit.kind !== "item" && unit.kind !== "heading") return [];
    const { speaking, title } = readFields(mask(unit.text, findStamps(unit.text, unit.stampLinks, unit.chapter === true)), known);
    if (!speaking || !(title || speaking.company) || speaking.unresolved.length > 0) return [];
    // One company for two speakers may be both's or only the last one's: say nothing then.
    const companies = speaking.company?.split(/\s+\/\s+/u) ?? [];
    const each = companies.length === speaking.speakers.length;
    // Headings laid out alike ("### Nkechi Eze — Cobble") make one programme, as a list's items do.
    return speaking.speakers.map((name, index) => ({ listId: unit.kind === "heading" ? "headings" : unit.listId, person: { name, company: each ? (companies[index] ?? null) : null } }));
  });
  return entries.filter((entry) => entries.filter((other) => other.listId === entry.listId).length >= 2).map((entry) => entry.person);
}

const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Whether `text` is the evening's own name, the recap's title before its colon ("Cloud Native London, March 2026"). */
export function isTheEvening(text: string, evidence: Pick<Evidence, "evening">): boolean {
  return evidence.evening !== "" && lettersOf(text) === evidence.evening;
}

/** "Cloud Native London" in "October's Cloud Native London was a full house": the event's own name, the month aside. */
export function isTheEventsName(text: string, evidence: Pick<Evidence, "evening">): boolean {
  const letters = lettersOf(text);
  return text.trim().includes(" ") && letters.length >= 6 && evidence.evening.startsWith(letters);
}

/**
 * A photo caption that names people: "Marta Kowalczyk", "Marta Kowalczyk speaking", "Marta Kowalczyk
 * from Acme", or several, "Speakers at Brightquay: Priya Raghunathan, Kwame Asante and Oluwaseun Adeyemi".
 */
function captionedPeople(alt: string): Person[] {
  const named = peopleIn(alt);
  const group = captionGroup(alt);
  if (group.length >= 2) return [...named, ...group.filter((name) => !named.some((person) => person.name === name)).map((name) => ({ name, company: null }))];
  if (named.length > 0) return named;
  const run = nameRuns(alt)[0];
  if (!run || run.from > 0 || nameWords(run.text).length < 2 || !looksLikePerson(run.text)) return [];
  const rest = alt.slice(run.to).trim();
  return rest === "" || /^(?:speaking|presenting|on\b|giving|talking|at\b|during|delivering|answering|with|and|in\b|\(|,|-|–|—)/iu.test(rest) ? [{ name: run.text, company: null }] : [];
}

/** The full names a caption lists from its start (or after a colon), joined by commas and "and". */
function captionGroup(alt: string): string[] {
  const colon = alt.indexOf(":");
  const start = colon === -1 ? 0 : colon + 1;
  const names: string[] = [];
  let at = start;
  for (const run of nameRuns(alt).filter((found) => found.from >= start)) {
    if (!/^\s*(?:,|and|&|,\s*and)?\s*$/u.test(alt.slice(at, run.from)) || run.words.length < 2 || !looksLikePerson(run.text)) break;
    names.push(run.text);
    at = run.to;
  }
  return names;
}

/** "Cloud Native London September 2022: Kong, Lightstep, and Harness" → the evening's companies. */
function companiesInTitle(title: string): string[] {
  const colon = title.indexOf(":");
  if (colon === -1) return [];
  return title
    .slice(colon + 1)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/u)
    .map((company) => company.trim())
    .filter(isNameLike);
}

const NAME_LINKS: ReadonlySet<string> = new Set(["of", "for", "de", "the", "van", "von", "der", "la", "le"]);

// "Harrow Bank of Wales", "ING": a name, where "two lightning talks" and "LLMs on spot" are what the evening held.
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== "");
  return /^[\p{Lu}\p{N}]/u.test(text) && words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || NAME_LINKS.has(word));
}

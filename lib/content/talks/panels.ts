// A panel's speakers: its panellists, named with where they work, and never whoever moderated it.
import { looksLikePerson, nameWords, nameRuns } from "./names";
import { companyOf, type Evidence, findPerson, type SpeakerReading } from "./speakers";
import { isListedCompany } from "./companies";
import { PANEL, SPEAKER_FOLLOWERS } from "./vocabulary";

// "moderated by Priya Raman", "chaired by Maren Solberg", "we asked Kate Brennan, who …, to moderate", "Farah Siddiqui from our organising team moderated".
const MODERATOR_BEFORE = /\b(?:moderat\w*|chaired)\s+by\s+$/iu;
const MODERATOR_AFTER = /^[^.;]{0,80}?\b(?:to\s+moderate|moderat(?:ed|es|ing|or)|(?:was|as)\s+(?:our\s+)?(?:moderator|host|chair|MC))\b/iu;

/** Whether the person named at `from`–`to` moderated the session the text is about. */
export function moderates(text: string, { from, to }: { from: number; to: number }): boolean {
  return MODERATOR_BEFORE.test(text.slice(Math.max(0, from - 40), from)) || MODERATOR_AFTER.test(text.slice(to));
}

/**
 * "… she brought together Mei-Ling Chua (Saffron Robotics), Olamide Bankole (Quay Street Capital) and
 * Étienne Lefebvre (Brightwater)", "Park Ji-woo leads platform engineering at Orbital Freight …": in a
 * block about a panel, every full name given a company is a panellist, unless they moderated. Null
 * when fewer than two are, which is no panel of several people.
 */
export function panellists(text: string, evidence: Evidence): SpeakerReading | null {
  if (!PANEL.test(text)) return null;
  const named = nameRuns(text).flatMap((run) => {
    if (nameWords(run.text).length < 2 || !looksLikePerson(run.text) || isListedCompany(run.text, evidence) || moderates(text, run)) return [];
    return [{ run, company: companyOf(run.text, text) ?? findPerson(run.text, evidence)?.company ?? null }];
  });
  // "Marta Nowak-Kelly and Siobhán Ní Bhriain from Orrery Systems": the company after a pair is both's.
  for (let index = named.length - 2; index >= 0; index -= 1) {
    const person = named[index];
    const next = named[index + 1];
    if (person && next && person.company === null && /^\s*(?:,|and|&|,\s*and)\s*$/u.test(text.slice(person.run.to, next.run.from))) person.company = next.company;
  }
  const people = named.filter((person) => person.company !== null);
  const first = people[0];
  const last = people.at(-1);
  if (!first || !last || people.length < 2) return panellistsByFirstName(text, evidence);
  const companies = [...new Set(people.map((person) => person.company))];
  return { speakers: people.map((person) => person.run.text), company: companies.join(" / "), from: first.run.from, end: last.run.to, unresolved: [] };
}

/**
 * "… our panel, who took on Who Owns the Platform? Folake brought the view from a bank, Quân spoke about …,
 * and Ingrid told us …": panellists the paragraph calls by first name, whom the recap names in full elsewhere.
 */
function panellistsByFirstName(text: string, evidence: Evidence): SpeakerReading | null {
  const people = new Map<string, { from: number; to: number; company: string | null }>();
  for (const run of nameRuns(text)) {
    if (nameWords(run.text).length !== 1 || !SPEAKER_FOLLOWERS.test(text.slice(run.to))) continue;
    const person = findPerson(run.text, evidence);
    if (!person || moderates(text, run) || people.has(person.name)) continue;
    people.set(person.name, { from: run.from, to: run.to, company: companyOf(run.text, text) ?? person.company });
  }
  const found = [...people.values()];
  const first = found[0];
  const last = found.at(-1);
  if (!first || !last || found.length < 2) return null;
  const companies = [...new Set(found.flatMap((person) => (person.company ? [person.company] : [])))];
  return { speakers: [...people.keys()], company: companies.length > 0 ? companies.join(" / ") : null, from: first.from, end: last.to, unresolved: [] };
}

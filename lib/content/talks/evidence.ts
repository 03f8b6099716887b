import { looksLikePerson, nameKey, nameRuns, nameWords } from "./names";
import { companyOf, type Evidence, listedPeople, peopleIn, type Person } from "./speakers";
import type { Unit } from "./units";

/**
 * Who the recap says spoke, gathered from the whole text before any talk is read: "<Name> from
 * <Company>" anywhere, enumerations in the introduction, photo captions (`![Marta Kowalczyk](…)`),
 * and the front matter's title and description.
 */
export function gatherEvidence(units: readonly Unit[], frontMatter: { title?: string | null; description?: string | null }): Evidence {
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
  // "Wojciech, who runs the data platform at Tidewell, …": a company given with the first name only.
  for (const person of people) {
    if (person.company !== null) continue;
    for (const unit of units) person.company ??= companyOf(person.name, unit.text);
  }
  // What the title lists as the evening's companies is never a person ("…: Kong, Lightstep, and Harness").
  const companies = companiesInTitle(frontMatter.title ?? "");
  const isCompany = (name: string) => companies.some((company) => nameKey(company) === nameKey(name));
  return {
    people: people.filter((person) => !isCompany(person.name)),
    companies,
    hosts: hostsIn(frontMatter.description ?? "").filter((host) => !isCompany(host)),
  };
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

/** A photo caption that is a name ("Marta Kowalczyk", "Marta Kowalczyk speaking", "Marta Kowalczyk from Acme"). */
function captionedPeople(alt: string): Person[] {
  const named = peopleIn(alt);
  if (named.length > 0) return named;
  const run = nameRuns(alt)[0];
  if (!run || run.from > 0 || nameWords(run.text).length < 2 || !looksLikePerson(run.text)) return [];
  const rest = alt.slice(run.to).trim();
  return rest === "" || /^(?:speaking|presenting|on\b|giving|talking|at\b|during|delivering|answering|with|and|in\b|\(|,|-|–|—)/iu.test(rest) ? [{ name: run.text, company: null }] : [];
}

/** "Cloud Native London September 2022: Kong, Lightstep, and Harness" → the evening's companies. */
function companiesInTitle(title: string): string[] {
  const colon = title.indexOf(":");
  if (colon === -1) return [];
  return title
    .slice(colon + 1)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/u)
    .map((company) => company.trim())
    .filter((company) => company !== "");
}

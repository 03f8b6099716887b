// "Bartek" for Bartłomiej, "Seun" for Oluwaseun, "Dev" for Devendra: the name a talk's paragraph calls a
// speaker by, read against the full names the recap gives elsewhere.
import { transliterate } from "transliteration";
import { looksLikePerson, nameWords } from "./names";
import type { Evidence } from "./speakers";
import type { Reading } from "./reading";

// No library knows the short forms of names across languages (nickname lists are English-only), so
// the form is checked by its make: most short forms keep the name's first syllables ("Bartek",
// "Wojtek", "Alex") or a whole part of a compound name ("Seun", "Funmi", "Emeka").
const spelled = (name: string) => transliterate(name).toLowerCase().replace(/[^a-z]/gu, "");

function isShortFormOf(short: string, given: string): boolean {
  const a = spelled(short);
  const b = spelled(given);
  if (a.length < 3 || a.length >= b.length) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return common >= 3 || (a.length >= 4 && b.includes(a));
}

/**
 * Each speaker a talk names by a first name that no full name in the recap begins with ("Wojtek"), or
 * by a short given name and a family name the recap gives in full ("Dev Raghunathan"), resolved to
 * the one full name the recap gives whose given name it is a short form of, and that no other talk has.
 */
export function withFullNames(starts: readonly Reading[], evidence: Evidence): Reading[] {
  const full = [...new Set([...evidence.people.map((person) => person.name), ...evidence.mentioned])].filter((name) => nameWords(name).length >= 2 && looksLikePerson(name));
  const taken = new Set(starts.flatMap((start) => start.speaking?.speakers ?? []));
  const familyOf = (name: string) => spelled(nameWords(name).slice(1).join(" "));
  const fullNameOf = (name: string): string | null => {
    const words = nameWords(name);
    const given = words[0] ?? "";
    // The given name must be a short form of the other's; a name with a family name must share it too.
    const fits = (other: string) => !taken.has(other) && other !== name && isShortFormOf(given, nameWords(other)[0] ?? "") && (words.length === 1 || familyOf(other) === familyOf(name));
    const matches = full.filter(fits);
    return matches.length === 1 ? (matches[0] ?? null) : null;
  };
  return starts.map((start) => {
    const { speaking } = start;
    if (!speaking) return start;
    const resolved = new Map<string, string>();
    for (const name of speaking.speakers) {
      // "Dev Raghunathan" in the chapter list, "Devendra Raghunathan" in the line-up: the fuller name is theirs.
      const whole = speaking.unresolved.includes(name) || nameWords(name).length >= 2 ? fullNameOf(name) : null;
      if (whole) resolved.set(name, whole);
    }
    if (resolved.size === 0) return start;
    for (const name of resolved.values()) taken.add(name);
    const speakers = speaking.speakers.map((name) => resolved.get(name) ?? name);
    const company = speaking.company ?? evidence.people.find((person) => speakers.includes(person.name) && person.company !== null)?.company ?? null;
    return { ...start, speaking: { ...speaking, speakers, company, unresolved: speaking.unresolved.filter((name) => !resolved.has(name)) } };
  });
}

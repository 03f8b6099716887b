import { looksLikePerson, nameRuns } from "./names";
import { peopleIn } from "./speakers";
import type { Stamp } from "./stamps";
import type { Unit } from "./units";
import { PANEL } from "./vocabulary";

/**
 * A paragraph that carries several talks: "“eBPF for Mere Mortals” was delivered by Ama (Kente
 * Cloud) at [49:09], and “The Twelve-Factor App” closed the night, from Yerlan at [57:40]", or
 * "Three talks: A from X on **T1**, B of Y with **T2**, and C …". Cut at the clause boundary after
 * each timestamp, or before each listed speaker; each piece is then read as a talk of its own.
 */
export function segmentsOf(unit: Unit, masked: string, stamps: readonly Stamp[]): { pieces: Unit[]; listed: boolean } | null {
  if (unit.kind !== "paragraph" && unit.kind !== "item") return null;
  const listed = stamps.length <= 1;
  // A panel's panellists are one talk's speakers, not a list of talks.
  if (listed && PANEL.test(masked)) return null;
  // Clauses that each name a speaker part a list more surely than the speakers with companies do.
  const clauses = listed ? clauseCuts(masked) : [];
  const cuts = listed ? (clauses.length > 0 ? clauses : listCuts(masked)) : stampCuts(masked, stamps);
  if (cuts.length === 0) return null;
  const bounds = [0, ...cuts, masked.length];
  return { pieces: bounds.slice(0, -1).map((from, index) => slice(unit, from, bounds[index + 1] ?? masked.length)), listed };
}

const SENTENCE_BOUNDARY = /[.;!?]\s+(?=[“"\p{Lu}])/gu;
const CLAUSE_BOUNDARY = /[.;]\s+|,\s+and\s+|,\s+then\s+|\s+and\s+(?:then\s+)?|,\s+(?=[“"\p{Lu}])/gu;

function stampCuts(masked: string, stamps: readonly Stamp[]): number[] {
  const cuts: number[] = [];
  stamps.slice(0, -1).forEach((stamp, index) => {
    const next = stamps[index + 1];
    if (!next) return;
    const between = masked.slice(stamp.to, next.from);
    // The next talk starts with the sentence that holds its timestamp; within one sentence, at the
    // clause after this one's.
    const sentence = [...between.matchAll(SENTENCE_BOUNDARY)].at(-1);
    const boundary = sentence ?? [...between.matchAll(CLAUSE_BOUNDARY)][0];
    if (boundary) cuts.push(stamp.to + boundary.index + boundary[0].length);
  });
  return cuts.length === stamps.length - 1 ? cuts : [];
}

function listCuts(masked: string): number[] {
  // "A from X on T1, B of Y with T2, and C …": every speaker of the list with a company.
  const listed = peopleIn(masked).filter((person) => /(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|:\s*)$/u.test(masked.slice(0, person.from)));
  if (listed.length < 2) return [];
  const [first, ...rest] = listed;
  if (!first) return [];
  // The first piece starts with the sentence that names the first speaker.
  const sentence = Math.max(masked.lastIndexOf(". ", first.from), masked.lastIndexOf(": ", first.from));
  return [...(sentence === -1 ? [] : [sentence + 2]), ...rest.map((person) => person.from)];
}

/**
 * "A from X opened with T1; B of Y followed with T2; then C gave T3; …": a lightning round told in
 * one sentence, its talks set apart by semicolons, each clause naming its speaker.
 */
function clauseCuts(masked: string): number[] {
  const bounds = [...masked.matchAll(/;\s+/gu)].map((match) => match.index + match[0].length);
  if (bounds.length < 2) return [];
  const clauses = [0, ...bounds].map((from, at) => masked.slice(from, bounds[at] ?? masked.length));
  const named = clauses.filter((clause) => nameRuns(clause).some((run) => run.words.length >= 2 && looksLikePerson(run.text)));
  return named.length >= 3 && named.length * 4 >= clauses.length * 3 ? bounds : [];
}

function slice(unit: Unit, from: number, to: number): Unit {
  return {
    ...unit,
    text: unit.text.slice(from, to),
    links: unit.links.filter((link) => link.from >= from && link.from < to).map((link) => ({ ...link, from: link.from - from })),
    listAfter: to >= unit.text.length ? unit.listAfter : null,
  };
}

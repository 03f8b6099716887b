// A chapter list gives each talk's time; the recap's prose about the talk is its section.
import { normaliseYouTubeUrl } from "../../youtube";
import type { Reading } from "./reading";
import { describedTalks, isSamePerson, isTimed } from "./sections";

const isTimedEntry = (reading: Reading) => reading.unit.kind === "item" && isTimed(reading);

const sameSpeakers = (a: Reading, b: Reading) => {
  const names = a.speaking?.speakers ?? [];
  const others = b.speaking?.speakers ?? [];
  return names.length > 0 && names.length === others.length && names.every((name) => others.some((other) => isSamePerson(name, other)));
};

// A paragraph that tells of a talk, not a line of notes about it ("**Slides**: Ingrid ([PDF])").
const isDescription = (reading: Reading) => reading.unit.kind === "paragraph" && reading.masked.split(/\s+/u).length >= 20;

// An entry's title is laid out plainly, unless the chapter list only jots the talk down ("4:12 Nkechi, operators").
function plainerTitle(entry: string | null, prose: string | null): string | null {
  if (entry === null || prose === null) return entry ?? prose;
  return entry.split(/\s+/u).length >= 3 ? entry : prose;
}

/**
 * "06:40 Ruth Mensah – Observability for the Rest of Us" in a chapter list, and a paragraph about Ruth's
 * talk above or below it: one talk, whose section is the paragraph and whose time (and title, laid out
 * more plainly than prose) is the entry's. An entry with no paragraph of its own stays the talk.
 */
export function foldChapterEntries(starts: readonly Reading[], readings: readonly Reading[], notTalks: ReadonlySet<number>): Reading[] {
  const describes = describedTalks(starts, readings, notTalks);
  const folded = new Map<Reading, Reading>();
  const dropped = new Set<Reading>();
  const entryIndex = new Map<Reading, number>();
  starts.forEach((entry, position) => {
    if (!isTimedEntry(entry)) return;
    const prose =
      starts.find((other) => (isDescription(other) || other.unit.kind === "heading") && other.stamps.length === 0 && !folded.has(other) && sameSpeakers(entry, other)) ??
      readings.find((reading) => describes.get(reading.index) === position && isDescription(reading));
    if (!prose) return;
    const timedLinks = entry.unit.links.filter((link) => normaliseYouTubeUrl(link.url)?.start != null);
    folded.set(prose, {
      ...prose,
      stamps: entry.stamps,
      title: plainerTitle(entry.title, prose.title),
      speaking: entry.speaking ?? prose.speaking,
      // The entry's stamps carry their own links; a timed link without a stamp gives the start too.
      unit: { ...prose.unit, links: [...prose.unit.links, ...timedLinks] },
    });
    dropped.add(entry);
    entryIndex.set(prose, entry.index);
  });
  // The talks keep the running order the entries give, wherever their paragraphs stand.
  const order = new Map([...folded].map(([prose, talk]) => [talk, entryIndex.get(prose) ?? prose.index]));
  const kept = starts.filter((start) => !dropped.has(start)).map((start) => folded.get(start) ?? start);
  const added = [...folded].filter(([prose]) => !starts.includes(prose)).map(([, talk]) => talk);
  return [...kept, ...added].sort((a, b) => (order.get(a) ?? a.index) - (order.get(b) ?? b.index));
}

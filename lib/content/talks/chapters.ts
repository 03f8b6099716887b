// A chapter list gives each talk's time; the recap's prose about the talk is its section.
import { normaliseYouTubeUrl } from "../../youtube";
import type { Reading } from "./reading";
import { describedTalks, isSamePerson, isTimed } from "./sections";

// A chapter list's entry, or a programme's ("| Title | Speaker | Company |", "- Title — Name (Company)").
const isEntry = (reading: Reading) => reading.unit.kind === "item" && (isTimed(reading) || reading.laidOut === true);

// "### Running Kafka on K8s" over the talk the programme calls "Running Kafka on K8s — Should You?", or a
// chapter list's "9:20 Kacper: Karpenter vs. Cluster Autoscaler" for the section's "… Autoscaler: A Cost Bake-Off".
const titleWords = (title: string | null) => (title ?? "").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").trim().split(/\s+/u).join(" ");
const startsTitle = (short: string | null, long: string | null) => short !== null && titleWords(short).split(" ").length >= 2 && titleWords(long).startsWith(titleWords(short));
const shortTitleOf = (entry: Reading, prose: Reading) => startsTitle(prose.title, entry.title) || startsTitle(entry.title, prose.title);

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
  // "9:20 Kacper: Karpenter vs. Cluster Autoscaler" for "… Autoscaler: A Cost Bake-Off" in the prose: the whole title.
  if (startsTitle(entry, prose)) return prose;
  return entry.split(/\s+/u).length >= 3 ? entry : prose;
}

/**
 * "06:40 Ruth Mensah – Observability for the Rest of Us" in a chapter list, and a paragraph about Ruth's
 * talk above or below it: one talk, whose section is the paragraph and whose time (and title, laid out
 * more plainly than prose) is the entry's. A programme's row and a chapter list's entry for the same
 * speakers are one talk too. An entry with no paragraph of its own stays the talk.
 */
export function foldChapterEntries(starts: readonly Reading[], readings: readonly Reading[], notTalks: ReadonlySet<number>): Reading[] {
  const describes = describedTalks(starts, readings, notTalks);
  const talks = new Map<Reading, Reading>(starts.map((start) => [start, start]));
  // Where each talk stands in the running order: its first entry's place, else its own.
  const order = new Map<Reading, number>();
  const dropped = new Set<Reading>();
  const fold = (giver: Reading, receiver: Reading, merge: (giver: Reading, receiver: Reading) => Reading) => {
    talks.set(receiver, merge(talks.get(giver) ?? giver, talks.get(receiver) ?? receiver));
    order.set(receiver, Math.min(order.get(receiver) ?? Number.POSITIVE_INFINITY, order.get(giver) ?? giver.index));
    dropped.add(giver);
  };
  // The same evening as a programme and as a chapter list: the untimed entry takes the other's time.
  const entries = starts.filter(isEntry);
  entries.forEach((entry, at) => {
    for (const other of entries.slice(at + 1)) {
      if (dropped.has(other) || dropped.has(entry) || other.unit.listId === entry.unit.listId || !(sameSpeakers(entry, other) || shortTitleOf(entry, other))) continue;
      if (other.stamps.length === 0) fold(entry, other, intoEntry);
      else if (entry.stamps.length === 0) fold(other, entry, intoEntry);
    }
  });
  starts.forEach((entry, position) => {
    if (!isEntry(entry) || dropped.has(entry)) return;
    // "Kicking off (starting at 5:55), Wojtek …" and "- 5:55 Wojciech Grabowski — …": one talk, at one time.
    const at = entry.stamps[0]?.seconds;
    const sameTime = at == null ? undefined : starts.find((other) => other !== entry && !isEntry(other) && !dropped.has(other) && other.stamps[0]?.seconds === at);
    if (sameTime) return fold(entry, sameTime, intoProse);
    const prose =
      // A programme's untimed entry may also go with its talk's timed paragraph ("Next up was Dmitri, who joined us at 41:02").
      starts.find((other) => (isDescription(other) || other.unit.kind === "heading") && (other.stamps.length === 0 || (entry.stamps.length === 0 && sameSpeakers(entry, other))) && !isEntry(other) && (sameSpeakers(entry, other) || shortTitleOf(entry, other))) ??
      readings.find((reading) => describes.get(reading.index) === position && isDescription(reading));
    if (prose) fold(entry, prose, intoProse);
  });
  // "0:05:40 Two Companies, One Cluster" over paragraphs that never say the title: a chapter list is the
  // running order, so when as many entries as untimed talks are left, each is the talk at its place.
  const entriesLeft = starts.filter((start) => isEntry(start) && isTimed(start) && !dropped.has(start) && (start.speaking?.speakers.length ?? 0) === 0);
  const inEntriesList = (start: Reading) => start.unit.listId !== null && entriesLeft.some((entry) => entry.unit.listId === start.unit.listId);
  const talksLeft = starts.filter((start) => !dropped.has(start) && !isTimed(start) && start.speaking !== null && talks.get(start) === start && !inEntriesList(start));
  if (entriesLeft.length > 0 && entriesLeft.length === talksLeft.length) entriesLeft.forEach((entry, at) => fold(entry, talksLeft[at] ?? entry, intoProse));
  // The talks keep the running order the entries give, wherever their paragraphs stand.
  const added = [...talks.keys()].filter((prose) => !starts.includes(prose));
  return [...starts.filter((start) => !dropped.has(start)), ...added]
    .sort((a, b) => (order.get(a) ?? a.index) - (order.get(b) ?? b.index))
    .map((start) => talks.get(start) ?? start);
}

// The entry's stamps carry their own links; a timed link without a stamp gives the start too.
const timedLinks = (entry: Reading) => entry.unit.links.filter((link) => normaliseYouTubeUrl(link.url)?.start != null);

function intoProse(entry: Reading, prose: Reading): Reading {
  return {
    ...prose,
    stamps: entry.stamps.length > 0 ? entry.stamps : prose.stamps,
    title: plainerTitle(entry.title, prose.title),
    speaking: entry.speaking ?? prose.speaking,
    unit: { ...prose.unit, links: [...prose.unit.links, ...timedLinks(entry)] },
  };
}

// Of two entries for one talk, the fuller title and the speakers with their company.
function intoEntry(giver: Reading, entry: Reading): Reading {
  const longer = (giver.title ?? "").length > (entry.title ?? "").length ? giver.title : entry.title;
  return {
    ...entry,
    stamps: entry.stamps.length > 0 ? entry.stamps : giver.stamps,
    title: longer,
    speaking: entry.speaking?.company ? entry.speaking : (giver.speaking ?? entry.speaking),
    unit: { ...entry.unit, links: [...entry.unit.links, ...timedLinks(giver)] },
  };
}

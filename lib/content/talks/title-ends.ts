// Where a title written into prose stops, and where a sentence does.
import { isDictionaryWord, isNarrativeWord } from "./names";
import { CUT } from "./stamps";
import { ABBREVIATIONS, MINOR_WORDS, NUMBER_ABBREVIATION, SENTENCE_OPENERS, TITLE_TRAILING_CLAUSE } from "./vocabulary";

// "Kustomize Overlays at Scale and showed a neat trick", "Cold Starts, Hot Takes, and honestly we're still
// digesting it": "and" then a verb in the past or an adverb goes on with the sentence.
function narrativeAnd(text: string): { index: number } | null {
  for (const match of text.matchAll(/,?\s+and\s+(\p{Ll}+)\b/gu)) if (isNarrativeWord(match[1] ?? "")) return match;
  return null;
}

// "Karpenter vs. Cluster Autoscaler: Fight!, a round-by-round comparison": after a title written in title
// case, ", a" and words in lower case describe the talk.
function appositive(text: string): { index: number } | null {
  const match = /,\s+(?:a|an)\s+\p{Ll}/u.exec(text);
  if (!match) return null;
  const capitalised = text.slice(0, match.index).split(/\s+/u).slice(1).filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised >= 2 ? match : null;
}

/** Where a title that starts the text ends: a timestamp, the sentence's end, a new clause. */
export function titleEnd(text: string): number {
  return titleCaseEnd(text, sentenceOrClauseEnd(text));
}


// "… Multi-Tenant Logging With Loki works in practice", "… Ran Out of Disk to a very sympathetic room": in a
// title written in title case, the words in lower case that end it are the sentence going on. A tool's name in
// lower case ("… with kubectl") is no word of English, so it stays.
function titleCaseEnd(text: string, end: number): number {
  const words = [...text.slice(0, end).matchAll(/\S+/gu)].map((match) => ({ word: match[0].replace(/[.,;:!?)]+$/u, ""), at: match.index }));
  const lower = (word: string) => /^\p{Ll}/u.test(word) && !/^\p{Ll}{1,3}\p{Lu}/u.test(word);
  let first = words.length;
  while (first > 1 && lower(words[first - 1]?.word ?? "")) first -= 1;
  // …and they start with a word of English ("What Happens When You kubectl apply" keeps its command).
  while (first < words.length && !isEnglish(words[first]?.word ?? "")) first += 1;
  const trailing = words.slice(first);
  // Words in a quotation keep their case: "How We Built Our Platform: "from first cluster to enterprise scale"".
  if (/["“”«»]/u.test(text.slice(trailing[0]?.at ?? end, end))) return end;
  const english = trailing.filter(({ word }) => !MINOR_WORDS.has(word) && isDictionaryWord(word));
  if (trailing.length === 0 || (trailing.length < 2 ? !isNarrativeWord(trailing[0]?.word ?? "") : english.length === 0)) return end;
  const major = words.slice(1, first).filter(({ word }) => !MINOR_WORDS.has(word.toLowerCase()));
  const capitalised = major.filter(({ word }) => !lower(word)).length;
  if (major.length < 2 || capitalised * 4 < major.length * 3) return end;
  return text.slice(0, trailing[0]?.at ?? end).trimEnd().length;
}

function isBracketedSubtitle(text: string): boolean {
  const close = text.indexOf(")");
  const words = (close === -1 ? "" : text.slice(0, close)).split(/\s+/u).filter((word) => word !== "");
  const major = words.slice(1).filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  // "(or: How I Learned to Stop Worrying and Love PersistentVolumes)" too, and a short one that ends the
  // clause: "Scaling GPU Nodes Without Losing Your Mind (or Budget).".
  const closesClause = /^\)\s*(?:[.,;:!?]|$)/u.test(text.slice(close));
  return (major.length >= 2 || (major.length === 1 && closesClause)) && words.length >= 2 && MINOR_WORDS.has((words[0] ?? "").replace(/:$/u, "")) && major.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

const isEnglish = (word: string) => MINOR_WORDS.has(word) || isDictionaryWord(word);

function sentenceOrClauseEnd(text: string): number {
  let end = text.length;
  const cut = text.indexOf(CUT);
  if (cut !== -1) end = cut;
  const quoted = quotedSpans(text);
  const inQuote = (index: number) => quoted.some(([from, to]) => index > from && index < to);
  // "…Raspberry Pis (Because Why Not?), live from his spare room": a title's words are not lower-case after a
  // comma ("Multi-Cluster DNS, or: How I Learned …" keeps its subtitle).
  for (const clause of [TITLE_TRAILING_CLAUSE.exec(text.slice(0, end)), /,\s+(?!(?:and|or|but|nor|vs|the|a|an)[\s:])\p{Ll}+(?![\p{L}\p{N}-])/u.exec(text.slice(0, end)), narrativeAnd(text.slice(0, end)), appositive(text.slice(0, end))]) {
    if (clause && !inQuote(clause.index)) end = Math.min(end, clause.index);
  }
  // "… for on-call (1:10:00, [link](…))": a bracket that opens on a time is an aside too.
  for (const match of text.slice(0, end).matchAll(/[.!?](?=\s|$)|\s\((?=[\p{Ll}@]|https?:|\d{1,2}:\d{2})/gu)) {
    const index = match.index;
    if (inQuote(index)) continue;
    const mark = match[0];
    // "Running StatefulSets Across Zones (and Living to Tell the Tale)": a subtitle in brackets, in title case.
    if (mark.startsWith(" ") && isBracketedSubtitle(text.slice(index + 2))) continue;
    if (mark.startsWith(" ")) return index;
    if (mark === ".") {
      if (isAbbreviationDot(text, index)) continue;
      return index;
    }
    // "Ship It! Lessons from…" and "Do We Still Need Sidecars? A Field Report": a ! or ? stays
    // inside the title when title-cased words run on after it to the sentence's end.
    const after = text.slice(index + 1, end);
    if (isTitleContinuation(after.slice(0, sentenceEnd(after)))) continue;
    return index + 1;
  }
  return end;
}

// "Signed, Sealed, Delivered? Supply-Chain Security with SLSA (you can watch it …)", "Do You Need a Mesh?
// (Probably Not Yet)": an aside in lower case after the title is not part of it; a bracketed subtitle is.
function isTitleContinuation(text: string): boolean {
  const aside = /\s\((?=[\p{Ll}@]|https?:)/u.exec(text);
  const own = aside ? text.slice(0, aside.index) : text;
  const words = own.trim().split(/\s+/u).filter((word) => word !== "");
  if (words.length === 0 || words.length > 12) return false;
  if (SENTENCE_OPENERS.test(own.trim()) || /[.!?]\s/u.test(own)) return false;
  const capitalised = words.filter((word) => /^[([]?[\p{Lu}\p{N}"“']/u.test(word)).length;
  return /^[([]?\p{Lu}/u.test(words[0] ?? "") && capitalised * 2 >= words.length;
}

/** Where each quotation of the text starts and ends, its marks included. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // 'My Worst Outage, Ranked' too: a single quote that opens on a capital, not a word's apostrophe ("Isn't").
  for (const match of text.matchAll(/[“"«]([^”"»]*)[”"»]|(?<![\p{L}\p{N}])['‘](?=\p{Lu})(?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L}))*['’](?![\p{L}\p{N}])/gu)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** Index of the first sentence end in `text`, or its length. */
export function sentenceEnd(text: string): number {
  for (const match of text.matchAll(/[.!?](?=\s|$)/gu)) {
    if (match[0] === "." && isAbbreviationDot(text, match.index)) continue;
    // "Open Source: Who Pays? (starting at 44:30) between …", "Worth It? kicked off at …": a title's own
    // question or exclamation mark, when the sentence runs on in lower case or a bracket.
    if (match[0] !== "." && /^\s+[\p{Ll}(]/u.test(text.slice(match.index + 1))) continue;
    return match.index;
  }
  return text.length;
}

/** Where the sentence that holds `at` starts. */
export function sentenceStart(text: string, at: number): number {
  let from = 0;
  for (let end = sentenceEnd(text); end < at; end = from + sentenceEnd(text.slice(from))) from = end + 1;
  return from;
}

/** A title's full stop that is its own, closing "etc.", "Inc." or "a.m.", and no sentence's. */
export function withoutFinalStop(title: string): string {
  if (!title.endsWith(".")) return title;
  const before = title.slice(0, -1);
  return ABBREVIATIONS.test(before) || /(?:^|[^\p{L}])\p{L}\.\p{L}$/u.test(before) ? title : before;
}

/** Whether the full stop at `index` ends an abbreviation ("Dr.", "vs.", "J. Smith", "No. 5") or a list number, rather than a sentence. */
function isAbbreviationDot(text: string, index: number): boolean {
  const before = text.slice(0, index);
  // "1. Aoife Ní Dhomhnaill from …": a number that opens the text is its place in a list.
  return ABBREVIATIONS.test(before) || /(?:^|[^\p{L}])\p{Lu}$/u.test(before) || (NUMBER_ABBREVIATION.test(before) && /^\.\s*\d/u.test(text.slice(index))) || /^\s*\d{1,2}$/u.test(before);
}

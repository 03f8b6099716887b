import type { LinkSpan } from "./units";
import { NOT_TITLE_LINK_TEXT, RECORDING_LINK_TEXT, SENTENCE_OPENERS, TITLE_INTRODUCER_AT_END, TITLE_INTRODUCERS } from "./vocabulary";
import { CUT } from "./stamps";
import { isEnglishWord } from "./names";
import { describesTopic, isDescribing } from "./descriptions";
import { quotedSpans, sentenceEnd, sentenceStart, titleEnd } from "./title-ends";
import { CLOSE_QUOTE, cleanTitle, OPEN_QUOTES } from "./clean-title";

/** A word a title can start with: capitalised, "eBPF", a number, or an opening quote. */
const TITLE_START = /(?<![\p{L}\p{N}'’])(?:\p{Lu}|\p{Ll}{1,3}\p{Lu}|\p{N})|[“"«]|(?<![\p{L}])['‘](?=\p{Lu})/u;

/**
 * A talk's title, as the organiser wrote it, from the text after the speakers (`from`): a link or a
 * quotation right there, or the words after the lead-in ("with a great discussion on how to",
 * "who told us to", "exploring") up to where the sentence or the timestamp ends it.
 */
export function readTitle(text: string, from: number, before: number, links: readonly LinkSpan[]): string | null {
  // '"Title" was the first talk, given by …': the title may come before the speaker.
  const earlier = before > 0 ? titleBefore(text.slice(0, before), links) : null;
  const region = text.slice(from);
  const separator = /^\s*(?:[:–—]|-\s)\s*/u.exec(region);
  if (separator) return titleFrom(text, from + separator[0].length, links) ?? earlier;
  if (earlier) return earlier;

  let offset = 0;
  let sentences = 0;
  let describing = false;
  let described = false;
  for (;;) {
    const rest = region.slice(offset);
    const start = TITLE_START.exec(rest);
    const link = titleLink(links, from + offset, from + region.length);
    const linkAt = link ? link.from - from - offset : Number.POSITIVE_INFINITY;
    const at = Math.min(start?.index ?? Number.POSITIVE_INFINITY, linkAt);
    if (!Number.isFinite(at)) break;
    const lead = rest.slice(0, at);
    // "at 41:02 (https://youtu.be/Ux5cJm0TqLs?t=2462)": a capital inside a bare address starts nothing,
    // and "Sam from Gullwing (no surname on the Meetup page …) with [Title]": nor one inside an aside.
    const address = /\S*:\/\/\S*$/u.exec(lead);
    const aside = (lead.match(/\(/gu)?.length ?? 0) > (lead.match(/\)/gu)?.length ?? 0) ? rest.indexOf(")", at) : -1;
    if ((address || aside !== -1) && at !== linkAt) {
      offset += address ? at + (/^\S*/u.exec(rest.slice(at))?.[0].length ?? 1) : aside + 1;
      continue;
    }
    // "kicked things off ([2:30]) with Migrating a Monolith": a lead-in may run past one timestamp.
    if (lead.includes(CUT) && !/^[^\p{Lu}]*$/u.test(lead)) break;
    const leadEnd = sentenceEnd(lead);
    if (leadEnd < lead.length) {
      // The lead ran past a sentence: the title may wait one sentence ("…Acme Corp. She talked about X").
      if (sentences > 0) break;
      sentences += 1;
      describing = false;
    }
    if (at === linkAt && link) return cleanTitle(link.text);
    // "talked about how her team moved Norrvik's platform off Mesos": a lead-in with a clause of its own
    // describes the talk, and until that sentence ends only a quotation or a link can be its title.
    // "talked about how Nettlefield moved all of their CI": so does a wh-word before a subject in a sentence's case.
    const whClause = /(?<![\p{L}])(?:how|why|what|whether)\s+$/iu.test(lead) && !isTitleLike(rest.slice(at).split(/\s+/u).slice(0, 6).join(" "));
    // "… whether server-side Wasm is ready in WebAssembly on the Server: Hype Check 2026": a run in title case still is one.
    const span = rest.slice(at, at + titleEnd(rest.slice(at))).replaceAll(CUT, " ").trim();
    const titleCased = span.includes(": ") && isTitleLike(span) && isTitleLike(span.slice(0, span.indexOf(": ")));
    if ((describing || whClause || isDescribing(lead)) && at !== linkAt && !OPEN_QUOTES.includes(rest[at] ?? "") && !titleCased) {
      describing = true;
      described = true;
      offset += at + Math.max(/^[\p{L}\p{M}\p{N}'’&-]*/u.exec(rest.slice(at))?.[0].length ?? 1, 1);
      continue;
    }
    const opener = SENTENCE_OPENERS.exec(rest.slice(at));
    // "travelled from New Zealand", "at CodeNode": a place or a company, not the title.
    const place = /(?:^|\s)(?:from|at)\s+$/u.test(lead) || (/(?:^|\s)in\s+$/u.test(lead) && /^(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*[,.]/u.test(rest.slice(at)));
    // "… drive on it, in a talk called 'The "Golden Path" Is Paved …'": however long the lead, "called" names it.
    // "…, who is between jobs (and very happy to tell you about it), with WASM on Kubernetes: …": and so does
    // the lead-in's last word, when it introduces the title.
    const calls = /(?:^|\s)(?:titled|entitled|called|named|with)\s+$/iu.test(lead) || TITLE_INTRODUCER_AT_END.test(lead);
    if (opener || place || (isLeadInLengthy(lead) && !calls)) {
      if (sentences > 1) break;
      // Skip the whole capitalised run ("at Ashgrove Bank"), not just its first letter.
      const run = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’&.-]*\s*)+/u.exec(rest.slice(at));
      offset += at + Math.min(Math.max(opener?.[0].length ?? 0, run?.[0].length ?? 1, 1), Math.max(linkAt - at, 1));
      continue;
    }
    // In a later sentence the title needs its introducer: "She talked about X", not "He started with an empty AWS account".
    // After a sentence that described the talk, a bare "on" or "about" is a place ("It's on GitHub"), not an introducer.
    const introduced = TITLE_INTRODUCER_AT_END.exec(lead);
    const weak = described && /^\s*(?:on|about)\s+$/iu.test(introduced?.[0] ?? "");
    if (sentences > 0 && (!introduced || weak) && !OPEN_QUOTES.includes(rest[at] ?? "")) {
      // "In *Why Sidecars Are Not Free*": skip the capitalised words before a title's link or emphasis, not the title.
      const run = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’&.-]*\s*)+/u.exec(rest.slice(at));
      offset += at + Math.min(Math.max(run?.[0].length ?? 1, 1), Math.max(linkAt - at, 1));
      continue;
    }
    // Words the speaker is quoted as saying come before the title, if any.
    if (OPEN_QUOTES.includes(rest[at] ?? "") && isQuotedSpeech(text, from + offset + at)) {
      const close = rest.indexOf(CLOSE_QUOTE[rest[at] ?? ""] ?? "", at + 1);
      offset += close === -1 ? rest.length : close + 1;
      continue;
    }
    // "a lightning talk on kubectl Plugins": one lower-case word after the introducer starts the title;
    // after "with", only a word that is no English ("opened with etcd Is Not a Database", not "with some Kafka").
    // "a talk on the etcd Survival Guide": the article before that word is the lead-in's.
    // "a talk on kubectl debug: Ephemeral Containers", "a lightning talk, k9s: …", "k9s, Stern and Friends": a tool's name (no English
    // word) may open the title with a second word, before the colon or comma of its subtitle.
    const lowerStart = /(?:^|\s)(on|about|titled|called|entitled|with|(?:talk|session|keynote|demo),)\s+((?:the|an?)\s+)?((?!(?:the|a|an|how|why|what|whether|to|his|her|their|our)\s)(\p{Ll}[\p{L}\p{N}-]*)((?:\s+\p{Ll}[\p{L}\p{N}-]*)?[:,])?\s+)$/u.exec(lead);
    const english = isEnglishWord(lowerStart?.[4] ?? "");
    const lowerWord = (lowerStart?.[1] === "with" || lowerStart?.[1]?.endsWith(",") === true || lowerStart?.[2] !== undefined || lowerStart?.[5] !== undefined) && english ? "" : (lowerStart?.[3] ?? "");
    const title = titleFrom(text, from + offset + at - lowerWord.length, links);
    if (title) return title;
    break;
  }
  return (described ? null : introducedTitle(region)) ?? earlier;
}

// "Her talk, Progressive Delivery Without the Progress Bar, kicks off at …", "Rhodri's talk, "Cassandra on
// Kubernetes"", "whose talk "Don't Page Me" began at", "a panel, "Who Owns the Platform?"", "gave the talk *X*".
// "His talk name is «X»", "The title of her talk was X", "Her talk? «X»". "After the panel, Hanneke …" says when, not what.
// "Our opening talk, X, came from …", "The evening's first talk, X, …": a talk named by its place, in commas.
const NAMED_TALK = /(?<![\p{L}])(?<!\b(?:[Aa]fter|[Bb]efore|[Dd]uring|[Ff]ollowing|[Ss]ince)\s+)(?:[Tt]he\s+(?:title|name)\s+of\s+(?:her|his|their|the)\s+talk\s+(?:was|is)\s+|(?:[Tt]he|[Oo]ur)\s+(?:(?:evening|night)['’]s\s+)?(?:(?:opening|closing|first|second|third|last|final|headline|next)\s+)+(?:talk|session|presentation|keynote|panel|fireside\s+chat)\s*,\s*|(?:(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Tt]his|[Oo]ur|whose|a)|(\p{Lu}[\p{L}\p{M}-]*)['’]s)\s+(?:(?:lightning|short|pre-recorded|recorded)\s+)?(?:talk|session|presentation|keynote|panel|fireside\s+chat)(?:\s+(?:was|is|(?:name|title)\s+(?:was|is)))?(?:\s*[,:?]\s*|\s+(?:called|titled|entitled)\s+|\s+))(?=[\p{Lu}\p{N}“"«])/gu;

// "The title was "X"", "five minutes titled *X*", "a demo called "X"": a quoted or emphasised title, said to be one.
const STATED_TITLE = /(?<![\p{L}])(?:[Tt]he\s+(?:title|name)\s+(?:was|is)\s*:?\s*|(?:titled|entitled|called)\s+)(?=[“"«\p{Lu}\p{N}])/gu;

/** A quoted or emphasised span said to be a title, wherever it is in the text; weaker than a talk's named title. */
export function statedTitle(text: string, links: readonly LinkSpan[]): string | null {
  for (const match of text.matchAll(STATED_TITLE)) {
    const at = match.index + match[0].length;
    const quoted = OPEN_QUOTES.includes(text[at] ?? "") && /[\p{Lu}\p{N}]/u.test(text[at + 1] ?? "");
    if (!quoted && !links.some((link) => link.from === at)) continue;
    const title = titleFrom(text, at, links);
    if (title) return title;
  }
  return null;
}

/** A title the recap names as the talk's own ("her talk, X"); with `person`, only that person's ("Rhodri's talk, X"). */
export function namedTitle(text: string, links: readonly LinkSpan[], person?: string): string | null {
  for (const match of text.matchAll(NAMED_TALK)) {
    if (person !== undefined && match[1] !== person) continue;
    const at = match.index + match[0].length;
    // Without a comma or "called", only a quotation or a linked or emphasised title is named: "the talk Kubernetes …" is not.
    // "… and their talk was Zero Trust on a Budget" names it too.
    const bare = !/(?:[,:]|called|titled|entitled|(?:name|title|talk|session|presentation|keynote)\s+(?:was|is)|(?:title|name)\s+of\s+\S+\s+talk\s+(?:was|is))\s*$/u.test(match[0]);
    if (bare && !OPEN_QUOTES.includes(text[at] ?? "") && !links.some((link) => link.from === at)) continue;
    const title = titleFrom(text, at, links);
    if (title) return title;
  }
  return null;
}

/**
 * "a panel: **Is Multi-Cloud Worth It?**", "a lightning talk, "Five Minutes of YAML Horror Stories"":
 * the first bold, linked or quoted span of a talk's opening sentence, when nothing else gave a title.
 */
export function spanTitle(text: string, links: readonly LinkSpan[]): string | null {
  const stamp = text.indexOf(CUT);
  const end = Math.min(stamp === -1 ? text.length : stamp, sentenceEnd(text));
  const link = titleLink(links, 0, end);
  const quote = quotedSpans(text).find(([from]) => from < end && !isQuotedSpeech(text, from));
  const at = Math.min(link?.from ?? Number.POSITIVE_INFINITY, quote?.[0] ?? Number.POSITIVE_INFINITY);
  if (link && link.from === at) return cleanTitle(link.text);
  return quote ? cleanTitle(text.slice(quote[0], quote[1])) : null;
}

/**
 * "Her slides are online too: [PCI-DSS Meets Kubernetes: An Unlikely Love Story?](…)": the one link in a
 * speaker's paragraph whose text reads as a title (several words, or a title's punctuation), when no
 * sentence introduced one. A link to a company or a person is one to three capitalised words, so it is not.
 */
export function linkedTitle(links: readonly LinkSpan[]): string | null {
  const titled = links.filter((link) => titleLink([link], 0, Number.POSITIVE_INFINITY) && /^[\p{Lu}\p{N}"“‘']/u.test(link.text) && (link.text.trim().split(/\s+/u).length >= 4 || /[:?!]/u.test(link.text)));
  const only = titled.length === 1 ? titled[0] : undefined;
  return only ? cleanTitle(only.text) : null;
}

function isLeadInLengthy(lead: string): boolean {
  return lead.trim().split(/\s+/u).length > 16;
}

/** A title before the speaker: a quotation or a link that opens the sentence. */
function titleBefore(text: string, links: readonly LinkSpan[]): string | null {
  // Only the sentence the speaker is in, without the "from" or "by" that hands over to them.
  const sentence = sentenceStart(text, text.length);
  const handover = /(?:,\s*|\s+)(?:(?:given|delivered|presented)\s+)?(?:by|from)\s*$/u.exec(text.slice(sentence));
  const head = handover ? text.slice(0, sentence + handover.index) : text;
  // "Then came a panel discussing Open Source Sustainability: Who Pays? ([35:40]), with …".
  const introducer = TITLE_INTRODUCERS.exec(head.slice(sentence));
  if (introducer && /^\s*(?:\p{Lu}|[“"«]|['‘](?=\p{Lu}))/u.test(head.slice(sentence + introducer.index + introducer[0].length))) {
    const title = titleFrom(head, sentence + introducer.index + introducer[0].length, links);
    if (title) return title;
  }
  const link = titleLink(links, sentence, head.length);
  if (link && /^[^\p{L}]*(?:[\p{L}'’]+[\s:,]+){0,6}$/u.test(head.slice(sentence, link.from))) return cleanTitle(link.text);
  const quoted = /^[^\p{L}“"]*(?:[\p{L}'’]+[\s:,]+){0,6}[“"]([^”"]+)[”"]/u.exec(head.slice(sentence));
  if (quoted?.[1]) return cleanTitle(quoted[1]);
  // "Kubectl Plugins You Didn't Know You Needed, from Sunniva at Inkwell": the sentence opens with the title.
  const opening = head.slice(sentence).replaceAll(CUT, " ").trim();
  return handover && isTitleLike(opening) ? cleanTitle(opening) : null;
}

/** A programme entry that opens with its title: "Title, from …", "Title, by …", "Title — …". */
export function leadingTitle(text: string): string | null {
  const head = /^(.+?)(?:,\s+(?:from|by)\s|\s+[—–]\s)/u.exec(text)?.[1]?.replaceAll(CUT, " ").trim() ?? "";
  return isTitleLike(head) ? cleanTitle(head) : null;
}

/** "5:40 Two Companies, One Cluster: Sharing Kubernetes": a chapter entry that is only a title, after its time. */
export function entryTitle(text: string): string | null {
  const entry = text.replaceAll(CUT, " ").trim();
  return isTitleLike(entry) ? cleanTitle(entry) : null;
}

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => word !== "");
  // "eBPF for the Rest of Us": a word with a capital after a short lower-case prefix counts as capitalised.
  const capitalised = (word: string) => /^(?:\p{Ll}{1,3}\p{Lu}|[\p{Lu}\p{N}“"])/u.test(word);
  if (words.length < 2 || words.length > 14 || SENTENCE_OPENERS.test(text) || !capitalised(text)) return false;
  return words.filter(capitalised).length * 2 >= words.length;
}

function titleLink(links: readonly LinkSpan[], from: number, to: number): LinkSpan | undefined {
  return links.find(
    (link) =>
      link.from >= from &&
      link.from < to &&
      link.text !== "" &&
      !/^[a-z]+:\/\//iu.test(link.text) &&
      !NOT_TITLE_LINK_TEXT.test(link.text) &&
      // "[jump to 41:18](…)": a link that names a moment points into the recording.
      !((RECORDING_LINK_TEXT.test(link.text) || /\d:\d{2}/u.test(link.text)) && link.text.split(/\s+/u).length <= 4),
  );
}

/** The title that starts at `at`: a link there gives it exactly; otherwise up to where it ends. */
function titleFrom(text: string, at: number, links: readonly LinkSpan[]): string | null {
  const link = links.find((candidate) => candidate.from >= at && text.slice(at, candidate.from).trim() === "" && candidate.text !== "");
  if (link && titleLink([link], 0, Number.POSITIVE_INFINITY)) return cleanTitle(link.text);
  const rest = text.slice(at);
  const quote = rest[0] ?? "";
  if (OPEN_QUOTES.includes(quote)) {
    if (isQuotedSpeech(text, at)) return null;
    const close = rest.indexOf(CLOSE_QUOTE[quote] ?? quote, 1);
    if (close > 1) return cleanTitle(rest.slice(1, close));
  }
  return cleanTitle(rest.slice(0, titleEnd(rest)));
}

// "who is "between jobs and loving it"", "in her words, she'd "still be changing it on the train"", "as he
// put it, "the entire engineering department"": words quoted after someone says them are speech, not a title.
const SPEECH_BEFORE = /(?:\b(?:said|says|saying|put\s+it|(?:in\s+(?:her|his|their)\s+)?words|joked|jokes|quipped|admitted|admits|describes?\s+(?:it|herself|himself|themselves)\s+as|calls?\s+(?:it|herself|himself|themselves)|who\s+is|who['’]s|she['’]d|he['’]d|they['’]d)|\()\s*[,:]?\s*$/iu;

function isQuotedSpeech(text: string, quoteAt: number): boolean {
  return SPEECH_BEFORE.test(text.slice(Math.max(0, quoteAt - 40), quoteAt)) && /^.\p{Ll}/u.test(text.slice(quoteAt, quoteAt + 2));
}

/** A title that starts in lower case, after "on", "about", "titled"…: up to the sentence's end. */
function introducedTitle(region: string): string | null {
  const cut = region.indexOf(CUT);
  const clause = region.slice(0, cut === -1 ? undefined : cut);
  const sentence = clause.slice(0, sentenceEnd(clause));
  const introducer = TITLE_INTRODUCERS.exec(sentence);
  if (!introducer) return null;
  const rest = sentence.slice(introducer.index + introducer[0].length);
  if (describesTopic(rest.slice(0, titleEnd(rest)), true)) return null;
  return cleanTitle(rest.slice(0, titleEnd(rest)));
}

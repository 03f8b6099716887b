import { ANY_TITLE_INTRODUCER } from "./vocabulary";
import { isPastTense } from "./names";
import { sentenceEnd } from "./title-ends";

// A wh-word with a subject of its own ("how they", "why her team"): the words after it describe the talk in
// the writer's own clause. After an introducer, so does a subject and its verb ("about the cluster he runs").
// "asked whether server-side Wasm is ready": so does "whether" before a word in lower case.
const DESCRIBING_CLAUSE = /(?<![\p{L}])(?:(?:how|why|what|when|where|whether)\s+(?:they|she|he|we|i|it|you|her|his|their|our|its|the|a|an|this|that|these|those|one|some|most|many|all)|whether\s+\p{Ll}[\p{Ll}-]*)(?![\p{L}])/iu;
const SUBJECT_AND_VERB = /(?<![\p{L}])(?:he|she|they|we)\s+(?!and\b|or\b)\p{Ll}+(?![\p{L}])/u;
// "the admission controller her team wrote": a possessive, its noun and a verb in the past.
const OWNER_AND_VERB = /(?<![\p{L}])(?:his|her|their|our)\s+\p{Ll}+\s+(\p{Ll}+)(?![\p{L}])/gu;
// "told the story of his first pull request to a CNCF project": the writer's own words for what it was about.
const POSSESSIVE_START = /^(?:his|her|their|our|my)\s/u;
// "shared her experience of running Kafka", "a panel on running AI inference": a gerund after a preposition
// is the writer's description; a title would start with its own capital.
const GERUND_LEAD = /(?<![\p{L}])(?:of|about|on|in|for)\s+\p{Ll}+ing\s+$/u;

/** "… followed with a war story about how his team moved forty services": a sentence that says what a talk was about, untitled. */
export function describesTopic(region: string, introduced = false): boolean {
  const sentence = region.slice(0, sentenceEnd(region));
  // "talked about how Nettlefield moved all of their CI": a wh-word, a subject and its verb.
  const namedSubject = /(?<![\p{L}])(?:how|why|what|whether)\s+\p{Lu}[\p{L}\p{M}-]*\s+\p{Ll}+/u.test(sentence);
  return DESCRIBING_CLAUSE.test(sentence) || namedSubject || isDescribing(sentence, introduced);
}

/**
 * Whether a lead-in is the writer's own clause: a wh-clause after its last introducer ("explained how they
 * moved …", not "shared what he's learned about X"), or a subject and verb after its first ("about the
 * cluster he runs on …"); `introduced` when the lead-in follows an introducer already.
 */
export function isDescribing(text: string, introduced = false): boolean {
  // "(and very happy to tell you about it, he is looking for roles)": an aside in brackets describes no talk.
  const lead = text.replace(/\([^()]*\)/gu, " ");
  const first = ANY_TITLE_INTRODUCER.exec(lead);
  const afterFirst = first ? lead.slice(first.index + first[0].length) : lead;
  let last = afterFirst;
  for (let next = ANY_TITLE_INTRODUCER.exec(last); next; next = ANY_TITLE_INTRODUCER.exec(last)) last = last.slice(next.index + next[0].length);
  const ownerActs = [...afterFirst.matchAll(OWNER_AND_VERB)].some((match) => isPastTense(match[1] ?? ""));
  const subjectAfterIntroducer = (introduced || first !== null) && (SUBJECT_AND_VERB.test(afterFirst) || POSSESSIVE_START.test(afterFirst) || ownerActs);
  return DESCRIBING_CLAUSE.test(last) || GERUND_LEAD.test(lead) || subjectAfterIntroducer;
}

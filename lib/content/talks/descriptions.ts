import { TITLE_INTRODUCERS } from "./vocabulary";
import { sentenceEnd } from "./title-ends";

// A wh-word with a subject of its own ("how they", "why her team"): the words after it describe the talk in
// the writer's own clause. After an introducer, so does a subject and its verb ("about the cluster he runs").
const DESCRIBING_CLAUSE = /(?<![\p{L}])(?:how|why|what|when|where|whether)\s+(?:they|she|he|we|i|it|you|her|his|their|our|its|the|a|an|this|that|these|those|one|some|most|many|all)(?![\p{L}])/iu;
const SUBJECT_AND_VERB = /(?<![\p{L}])(?:he|she|they|we)\s+(?!and\b|or\b)\p{Ll}+(?![\p{L}])/u;

/** "… followed with a war story about how his team moved forty services": a sentence that says what a talk was about, untitled. */
export function describesTopic(region: string, introduced = false): boolean {
  const sentence = region.slice(0, sentenceEnd(region));
  return DESCRIBING_CLAUSE.test(sentence) || isDescribing(sentence, introduced);
}

/**
 * Whether a lead-in is the writer's own clause: a wh-clause after its last introducer ("explained how they
 * moved …", not "shared what he's learned about X"), or a subject and verb after its first ("about the
 * cluster he runs on …"); `introduced` when the lead-in follows an introducer already.
 */
export function isDescribing(lead: string, introduced = false): boolean {
  const first = TITLE_INTRODUCERS.exec(lead);
  let last = first ? lead.slice(first.index + first[0].length) : lead;
  for (let next = TITLE_INTRODUCERS.exec(last); next; next = TITLE_INTRODUCERS.exec(last)) last = last.slice(next.index + next[0].length);
  const afterFirst = first ? lead.slice(first.index + first[0].length) : lead;
  return DESCRIBING_CLAUSE.test(last) || ((introduced || first !== null) && SUBJECT_AND_VERB.test(afterFirst));
}

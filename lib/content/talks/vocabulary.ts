/**
 * Vocabulary of the recaps' prose. Nine years of posts say the same few things in different words.
 */

/** Capitalised words that open a sentence ("Then we had…") and so never start a speaker's name. */
const NOT_NAMES = [
  "After", "Afterwards", "Also", "And", "Big", "Closing", "Continuing", "Finally", "First", "Following",
  "Fourth", "Huge", "Kicking", "Last", "Lastly", "Later", "Moving", "Next", "Opening", "Our", "Rounding",
  "Second", "Special", "Starting", "Thank", "Thanks", "The", "Then", "Third", "To", "Up", "We", "Wrapping",
];
/** Words of a job title ("Jane Doe, Staff Engineer at Acme"), never part of a name. */
const JOB_WORDS = [
  "Advocate", "Analyst", "Architect", "CEO", "CTO", "Consultant", "Contributor", "Designer", "Developer",
  "Director", "Engineer", "Evangelist", "Founder", "Head", "Lead", "Maintainer", "Manager", "Officer",
  "Partner", "President", "Principal", "Researcher", "SRE", "Scientist", "Senior", "Specialist", "Staff", "VP",
];
const NAME_PARTICLES = "van|von|de|der|den|da|di|del|della|du|la|le|dos|das|bin|ibn|al|el|ter|ten|zu";
/** Verbs and links that may follow a speaker named without a company ("Jane Doe with a talk on…"). */
const SPEAKER_FOLLOWERS = [
  "with", "who", "whose", "presented", "presenting", "gave", "giving", "talked", "talking", "told", "telling",
  "spoke", "speaking", "discussed", "discussing", "described", "describing", "explained", "explaining",
  "showed", "showing", "shared", "sharing", "introduced", "introducing", "took", "taking", "walked",
  "walking", "kicked", "wrapped", "wrapping", "closed", "opened", "demoed", "demonstrated", "delivered",
  "joined", "returned", "on", "about", "inviting", "invited",
];
/** Phrases after which the talk's title follows; the earliest one in the sentence wins. */
const TITLE_INTRODUCERS = [
  "on how to", "about how to", "told us about", "talked about", "talking about", "spoke about", "speaking about",
  "spoke on", "speaking on", "inviting us to", "invited us to", "introduced us to", "walked us through",
  "walking us through", "took us through", "taking us through", "described", "describing", "presented",
  "presenting", "discussed", "discussing", "explained", "explaining", "demoed", "demonstrated", "titled",
  "entitled", "called", "on", "about",
];
/** Without a timestamp, a paragraph must open like a talk introduction or mention a talk. */
export const TALK_OPENER = /^\s*(?:kick(?:ing|ed)?\s+off|first|next|then|after(?:wards)?|finally|last(?:ly)?|closing|opening|wrapping\s+up|rounding\s+off|our\s+\w+\s+(?:speaker|talk)|we\s+(?:also\s+)?(?:had|heard|welcomed))\b/i;
export const TALK_WORDS = /\b(?:talk|speaker|presentation|session|keynote|demo|lightning)\b/i;

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+");
const NOT_LETTER = String.raw`(?![\p{L}\p{N}])`;

const NAME_WORD = String.raw`(?!(?:${words([...NOT_NAMES, ...JOB_WORDS])})${NOT_LETTER})\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:${NAME_PARTICLES})\s+){0,2}${NAME_WORD}){1,3}`;
const SPEAKERS = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+(?:and|&)\s+${NAME})?`;
// "A.P." may be followed by more words; any other full stop ends the company ("Acme Corp. She…").
const COMPANY_WORD = String.raw`(?:(?:\p{Lu}\.){1,3}|[\p{Lu}\p{N}][\p{L}\p{N}&'’+!-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}&'’+!-]*)*)`;
// "eSynergy", "iManage": a lowercase prefix is fine before a capital.
const COMPANY_NAME = String.raw`(?:\p{Ll}{1,2}(?=\p{Lu}))?${COMPANY_WORD}(?:\s+(?:(?:of|-|–)\s+)?${COMPANY_WORD})*`;
// ", Staff Engineer at" / ", CTO of" between the name and the company.
const ROLE = String.raw`\s*,\s*(?:an?\s+|the\s+)?[^,()]{0,40}?(?:${words(JOB_WORDS)})s?${NOT_LETTER}[^,()]{0,20}?(?=\s+(?:at|of|from|for)\s)`;
const COMPANY = String.raw`(?:${ROLE})?(?:\s+(?:from|of|at|for)\s+(?:the\s+)?(${COMPANY_NAME})|\s*\((?!@)([^()\u2029]+)\))`;
const HANDLE = String.raw`(?:\s*\(@[\w.-]+\))?`;

export const SPEAKERS_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${SPEAKERS})${HANDLE}`, "gu");
export const COMPANY_RE = new RegExp(COMPANY, "uy");
export const MORE_SPEAKERS_RE = new RegExp(String.raw`\s*,?\s+(?:and|&)\s+(${SPEAKERS})${HANDLE}(?:${COMPANY})?`, "uy");
export const AFTER_SPEAKERS_RE = new RegExp(String.raw`\s*(?:[,:;–—(\u2029]|$)|\s+(?:${words(SPEAKER_FOLLOWERS)})${NOT_LETTER}`, "uy");
const SPEAKER_SEPARATOR = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u;

export const TITLE_INTRODUCER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${words(TITLE_INTRODUCERS)})\s+`, "iu");
export const QUOTED_RE = /[“"]([^”"]+)[”"]/u;
export const TITLE_SEPARATOR_RE = /^\s*[:–—]\s*/u;
export const TITLE_TRAILING_CLAUSE_RE = /,\s+(?:where|which|in which|during which|and (?:he|she|they))\b/iu;
// A full stop ends a sentence unless it follows an initial ("A.P. Moller").
export const SENTENCE_END_RE = /(?<!(?:^|[^\p{L}])\p{L})[.!?](?=\s|$)/u;

// Timestamps: a link whose text is a time, or plain text that clearly says where the talk starts.
export const STAMP_TEXT_RE = /^\s*(\d+:\d{2}(?::\d{2})?|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?)\s*$/i;
export const STAMP_OPEN = "\uE000";
export const STAMP_CLOSE = "\uE001";
export const CUT = "\u2029";
const TS_COLON = String.raw`\d+:\d{2}(?::\d{2})?`;
const TS_ANY = String.raw`${TS_COLON}|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?`;
const START_WORDS = String.raw`(?:starting|starts|started|start|beginning|begins)\s+(?:at|from)`;
export const LINKED_STAMP_RE = new RegExp(String.raw`\(?\s*(?:(?:${START_WORDS}|at|from)\s+)?${STAMP_OPEN}(\d+)${STAMP_CLOSE}\s*\)?`, "gu");
export const PLAIN_STAMP_RE = new RegExp(
  String.raw`\(\s*(?:(?:${START_WORDS}|at)\s+)?(${TS_COLON})\s*\)|\(?\s*${START_WORDS}\s+(${TS_ANY})(?![\w:])\s*\)?`,
  "giu",
);

/** "Prithvi Raj and Sunil Anjin" or "Jane, John & Joe" as one name each. */
export function splitSpeakers(text: string): string[] {
  return text.split(SPEAKER_SEPARATOR).map((name) => name.trim()).filter((name) => name !== "");
}

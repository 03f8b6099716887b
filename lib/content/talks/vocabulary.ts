/**
 * The few fixed words of a recap's structure: how organisers open a talk section, link a speaker to
 * a company, and lead into a title. Whether a capitalised word is a person's name is not decided
 * here but by the evidence in the recap and compromise's lexicon (see names.ts).
 */

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+");

const NOT_LETTER = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** Lower-case words inside a name ("Daan van der Berg", "Ahmad bin Ali"). */
export const NAME_PARTICLES = ["van", "von", "de", "der", "den", "da", "di", "del", "dela", "della", "du", "la", "le", "dos", "das", "do", "bin", "binti", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "af", "av", "ap", "ab", "ferch", "bat", "ben"];

/** Capitalised words that open a recap's sentences ("Next, …", "Thanks to …"), never a name. */
export const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  "After", "Afterwards", "Also", "And", "Big", "Closing", "Continuing", "Finally", "First", "Following", "Fourth", "Huge",
  "Kicking", "Last", "Lastly", "Later", "Moving", "Next", "Opening", "Our", "Rounding", "Second", "Special", "Starting",
  "Thank", "Thanks", "The", "Then", "Third", "To", "Up", "We", "Wrapping", "Joining", "Headlining", "Bonus", "Welcome",
]);

/** Legal forms that end a company name after a comma or space ("Kairo Labs, Inc."). */
const LEGAL_FORMS = ["GmbH & Co. KG", "Pte. Ltd.", "Pte Ltd", "S.à r.l.", "Co., Ltd.", "Inc.", "ehf.", "hf.", "Lda.", "Ltda.", "S.L.U.", "Oyj", "OÜ", "UAB", "SARL", "SRL", "Srl", "KG", "Ltd.", "Corp.", "Co.", "S.A.S.", "S.A.", "B.V.", "N.V.", "s.r.o.", "S.r.l.", "a.s.", "Zrt.", "Kft.", "S.p.A.", "S.L.", "Sp. z o.o.", "sp. z o.o.", "d.o.o.", "K.K.", "ASA", "SAS", "Pty Ltd", "Sdn Bhd", "Bhd", "LLC", "LLP", "GmbH", "AG", "plc", "PLC", "Ltd", "Inc", "Limited", "Corp", "SA", "BV", "SE", "AB", "ApS", "Oy", "AS", "A/S", "Zrt", "Kft", "Pty"];
export const LEGAL_FORM = String.raw`(?:,?\s+(?:${LEGAL_FORMS.map((form) => form.replace(/[./]/g, (c) => `\\${c}`)).join("|")})(?![\p{L}\p{N}]))`;

/** Words of a job title ("Jane Doe, Staff Engineer at Acme"), never part of a name. */
export const JOB_WORDS = [
  "Advocate", "Analyst", "Architect", "CEO", "CTO", "CIO", "CISO", "COO", "Consultant", "Contributor", "Designer", "Developer",
  "Director", "Engineer", "Evangelist", "Founder", "Co-Founder", "Co-founder", "Head", "Lead", "Maintainer", "Manager", "Officer",
  "Owner", "Partner", "President", "Principal", "Researcher", "SRE", "Scientist", "Senior", "Specialist", "Staff", "VP", "Chair",
];
export const JOB_WORDS_RE = new RegExp(String.raw`(?<![\p{L}])(?:${words(JOB_WORDS)})s?(?![\p{L}])`, "u");

/** Openings of a talk section's first sentence. */
export const TALK_OPENER = new RegExp(
  String.raw`^\s*(?:kick(?:ing|ed)?\s+(?:things\s+)?off|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|after(?:wards)?|finally|last(?:ly)?|closing|opening|wrapping\s+up|rounding\s+(?:off|out)|up\s+next|and\s+(?:then|finally|wrapping|closing|last)|to\s+(?:close|finish|wrap)|our\s+(?:\w+\s+){0,2}(?:speaker|talk|keynote)|we\s+(?:then\s+|also\s+|next\s+)?(?:had|heard|welcomed|got|started|began|opened|finished|ended|closed)|joining\s+us|last\s+but\s+not\s+least|headlining)\b`,
  "iu",
);
/** Words that say a paragraph is about a talk even without an opener or a timestamp. */
export const TALK_WORDS = /\b(?:talk|talks|talked|spoke|speaker|presentation|presented|session|keynote|demo|lightning|panel|took the stage)\b/iu;

/** "We had three speakers: …": an introduction that counts the evening's talks. */
export const COUNTED_SPEAKERS = /\b(?:two|three|four|five|six|\d)\s+(?:\p{Ll}+\s+)?(?:speakers|talks)\b/iu;

/** A panel discussion: one talk, however many people it names. */
export const PANEL = /\bpanel(?:lists?|ists?|\s+discussion)?\b/iu;

/** Paragraphs about the evening rather than a talk: sponsors, thanks, the venue, the food. */
export const EVENING_THANKS = /\b(?:grateful|sponsor(?:s|ed|ing|ship)?|thanks?\s+(?:again\s+)?to|thank\s+you|many\s+thanks|for\s+hosting|hosted\s+(?:by|at)|pizza|drinks|beers?)\b/iu;
/** Paragraphs about what is still to come, which no talk's own paragraph is ("Next month, …", "RSVP"). */
export const NOT_YET = /\b(?:after\s+the\s+(?:talks|talk|presentations)|next\s+(?:meetup|month|event|time)|our\s+next|rsvp|save\s+the\s+date|will\s+be\s+joined|we['’]ll|we\s+will|will\s+(?:be\s+)?(?:talk|speak|present|join|tell|show|cover|bring)\w*|(?:was|were)\s+(?:due|meant|supposed|scheduled)\s+to\s+(?:give|speak|present|talk)|tickets|sign\s+up|see\s+you|stay\s+(?:safe|tuned)|job(?:s)?\s+board|(?:we['’]re|they['’]re|is|are)\s+(?:\w+\s+)?hiring|hiring\s+(?:now|too|as\s+well))\b/iu;
/** A speaker who did not give their talk after all ("had to pull out on the day", "was ill and couldn't make it"). */
export const CANCELLED = /\b(?:pull(?:ed|s)?\s+out|drop(?:ped|s)?\s+out|couldn['’]t\s+make\s+it|could\s+not\s+make\s+it|was\s+(?:ill|unwell|sick)|had\s+to\s+cancel)\b/iu;
/** The parts of an evening around its talks, as a programme or a chapter list names them. */
export const EVENING_PART = /\b(?:welcome|intro(?:duction)?s?|opening\s+remarks|news|announcements?|break|interval|q\s*&\s*a|closing|close|wrap[- ]?up|raffle|quiz|networking|pub|doors|pizza|sponsors?)\b/iu;
/** A heading over the evening's news, not its talks: "Community news", "Jobs", "Community spotlight: …" (not "Batch Jobs Are …"). */
export const NEWS_HEADING = /^\W*(?:(?:community|other|quick|meetup|cncf)\s+)?(?:news|announcements?|notices|jobs?|job\s+board|hiring|housekeeping|spotlight)\b/iu;
/** A heading that opens the part of a recap about the next meetup. */
export const TEASER_HEADING = /\b(?:next|upcoming|coming\s+up|save\s+the\s+date|join\s+us|see\s+you)\b/iu;
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_HEADING = new RegExp(String.raw`\b(?:${MONTHS.join("|")})\b`, "u");

/** Links that carry a talk's own recording rather than its title. */
export const RECORDING_LINK_TEXT = /\b(?:watch|recording|video|replay|youtube|livestream)\b/iu;

/** Links that are never a title. */
export const NOT_TITLE_LINK_TEXT = /^(?:here|slides?|the slides|deck|link|this|blog|post|repo|github|demo|code)$/iu;

/** Words after a speaker's name that show the name is the subject of the sentence. */
export const SPEAKER_FOLLOWERS = new RegExp(
  String.raw`^\s*(?:[,:;–—(]|$|(?:with|who|whose|on|about|and|&|was|is|were|are|then|also|kicked|took|gave|joined|returned|came|spoke|shared|unpacked|closed|opened|rounded|wrapped|dove|dived|deep-dived|led|ran|made|told|showed|talked|presented|introduced|explained|described|discussed|demoed|demonstrated|delivered|walked|brought|finished|ended|started|began|followed|continued|explored|asked|argued|covered|hosted)${NOT_LETTER}|[\p{Ll}-]+(?:ed|ing)${NOT_LETTER})`,
  "u",
);

/** Words before a name that put it in the speaker's slot ("we had …", "given by …"). */
export const SPEAKER_LEADS = /(?:^|[,:;–—(]\s*|(?:had|was|were|by|welcomed|heard\s+from|(?:talk|keynote|session|presentation|demo)s?\s+(?:was\s+|came\s+)?(?:from|by)|with|saw|joined|is|up|next|then|finally|first|lastly|speaker|speakers|featuring|and|&)\s+)$/iu;
/** The leads that alone make a first name a speaker ("we had Sam, …", "given by Dimitris"). */
export const STRONG_SPEAKER_LEADS = /(?:had|was|by|welcomed|heard\s+from|featuring|speaker|speakers)\s+$/iu;

/** Words before a capitalised run that make it a thing, not a person ("the Azure team", "at CodeNode"). */
export const THING_LEADS = /(?:^|\s)(?:the|a|an|of|at|in|into|to|on|about|for|from|our|their|his|her|its|this|that|these|those|using|use|via|hosted|recap|called|titled|entitled|discussing|discussed|presenting|exploring|explored|introducing|demystifying|covering|describing|explaining|unpacking|unpacked|demoing|demoed)\s+$/iu;

/** Phrases after which the title follows when it does not start with a capital. */
const INTRODUCER_PHRASES = words([
  "on how to", "about how to", "told us about", "talked about", "talking about", "spoke about", "speaking about",
  "spoke on", "speaking on", "inviting us to", "invited us to", "introduced us to", "walked us through",
  "walking us through", "took us through", "taking us through", "described", "describing", "presented",
  "presenting", "discussed", "discussing", "explained", "explaining", "demoed", "demonstrated", "titled",
  "entitled", "called", "brought us", "gave us", "treated us to", "on", "about",
]);
// …and phrases after which only a capital starts one ("told the story of how …" describes the talk).
const CAPITAL_INTRODUCER_PHRASES = words(["under the title", "with the title", "told the story of", "telling the story of"]);
export const TITLE_INTRODUCERS = new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCER_PHRASES})\s+`, "iu");
/** Either kind of introducer, wherever it is. */
export const ANY_TITLE_INTRODUCER = new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCER_PHRASES}|${CAPITAL_INTRODUCER_PHRASES})\s+`, "iu");
/** A lead-in that ends with an introducer: in a later sentence the title needs one ("She talked about X"). */
export const TITLE_INTRODUCER_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCER_PHRASES}|${CAPITAL_INTRODUCER_PHRASES})\s+$`, "iu");

/** Words that open a new clause inside a title's sentence: the title ends before them. */
export const TITLE_TRAILING_CLAUSE = /\s+[-–—]\s+(?:it|he|she|they|we|or|and|but|which|who|this|that)\b|,?\s+(?:where|which|in which|during which|and (?:he|she|they|we|it)|after which|followed by|so check|check (?:it )?out|rather than|instead of|because|since|while|so that|on the(?= \p{Ll}))\b|,\s+(?:he|she|they|we|it|his|her|their|both|from|was|is|were|are|had|has)\b/u;

/** Pronouns and sentence openers that start a new sentence, never a title's next words. */
export const SENTENCE_OPENERS = /^(?:He|She|They|His|Her|Their|We|Our|It|Its|This|That|These|There|I|You|Slides|The talk|The slides|The recording|Check|Find|Watch|Read|See)\b/u;

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = /(?:^|[^\p{L}])(?:Inc|Ltd|Pte|Corp|Co|vs|etc|e\.g|i\.e|a\.m|p\.m|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|approx|incl)$/u;
/** "No. 5": "No" is short for "number" only before one ("… and Saying No. She argued" ends a sentence). */
export const NUMBER_ABBREVIATION = /(?:^|[^\p{L}])No$/u;

const SPEAKER_SEPARATOR = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u;

/** "Prithvi Raj, Sunil Anjin & Ana Ruiz" → the three names. */
export function splitSpeakers(text: string): string[] {
  return text.split(SPEAKER_SEPARATOR).map((name) => name.trim()).filter((name) => name !== "");
}

/** The short words a title in title case leaves in lower case ("Running Kafka on K8s", "Helm vs. Kustomize"). */
export const MINOR_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "the", "to", "vs", "vs.", "with", "without", "&"]);

import { escapeRegExp } from "../../regexp";
import { isCommonWord, isEnglishWord, isGivenName, isHonorificBefore, isLeadingNonName, isPastTense, looksLikePerson, nameKey, nameRuns, nameWords, type NameRun } from "./names";
import { JOB_WORDS, LEGAL_FORM, MONTHS, SPEAKER_FOLLOWERS, SPEAKER_LEADS, STRONG_SPEAKER_LEADS, TALK_OPENER, THING_LEADS } from "./vocabulary";
import { CUT } from "./stamps";
import { addCompany, cleanCompany, COMPANY_NAME, isListedCompany, withLegalDot } from "./companies";

/** What the whole recap says about who is who: full names and their companies. */
export type Evidence = {
  people: Person[];
  companies: string[];
  hosts: string[];
  /** Single names the recap uses as a sentence's subject ("Priyanka talked about …"), as name keys. */
  subjects: ReadonlySet<string>;
  /** The recap's title before its colon, as letters and digits only: the evening's own name. */
  evening: string;
  /** Every full name the recap mentions ("Our speakers were …, our very own Bartek, and Mei-Ling Chua"). */
  mentioned: readonly string[];
  /** Companies the recap names with their legal form somewhere ("Tidewater Labs, Inc."). */
  legalNames?: readonly string[];
};
export type Person = { name: string; company: string | null };

export type SpeakerReading = {
  speakers: string[];
  company: string | null;
  /** Offsets of the speakers' span in the text, company included. */
  from: number;
  end: number;
  /** Names the paragraph gives only in part, with no full name anywhere in the recap. */
  unresolved: string[];
};

// ", Principal Engineer at" and ", principal engineer at" alike.
const jobWords = [...new Set(JOB_WORDS.flatMap((word) => [word, word.toLowerCase()]))].sort((a, b) => b.length - a.length).join("|");
// ", Staff Engineer at" / ", CTO of" between the name and the company.
// Greedy after the job word, so "Head of Platform at Carrow Health" takes the last "at".
const ROLE = String.raw`\s*,\s*(?:an?\s+|the\s+|our\s+)?[^,()${CUT}]{0,40}?(?:${jobWords})s?(?![\p{L}])[^,()${CUT}]{0,30}(?=\s+(?:at|of|from|for|with)\s)`;
// ", who leads the platform team at Clonmore Analytics," / ", a developer at Pelikan Software in Kraków,"
// (a clause's comma, not the one in "at 10,000 Pods").
const APPOSITIVE = String.raw`\s*,\s*(?:who\s+|an?\s+)[^,()${CUT}]{0,60}?\s(?:at|for|from|with)\s+(?:the\s+)?(${COMPANY_NAME})(?:\s+in\s+\p{Lu}[\p{L}\p{M}]*)?(?=\s*[,.;](?:\s|$))`;
const COMPANY = String.raw`${APPOSITIVE}|(?:${ROLE})?(?:(?:\s*,\s*|\s+)(?:(?:both|all|each|all\s+three|also)\s+)?(?:from|of|at)\s+(?:the\s+|our\s+hosts?\s+)?(${COMPANY_NAME})|\s*[(\[](?!@)(?:(?:both|all|each)\s+(?:(?:from|of|at)\s+)?)?((?:\p{Lu}|\p{Ll}{1,2}\p{Lu}|\d)[^()\[\]${CUT}]*)[)\]])`;
const HANDLE = String.raw`\s*\(@[\w.-]+\)`;
const COMPANY_RE = new RegExp(COMPANY, "uy");
const HANDLE_RE = new RegExp(HANDLE, "uy");
const PAIR_WITH_COMPANY_RE = /^\s+(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+\s*(?:,\s*)?(?:from|of|at)\s+\p{Lu}/u;
const MORE_RE = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/uy;
// "Efe (@efe_builds) is an SRE at Lantern Freight", "Olumide leads the delivery tooling team at Ashgrove Bank",
// "Mariana Oliveira Santos, she is working for Cajueiro Tech":
// where a person works, said in a sentence of its own about them.
const WORKS_AT_RE = new RegExp(
  String.raw`(?:\s*,\s*(?:who|she|he|they)\s+|\s+)(?:is|was|works?|working|worked|leads|led|runs|ran|heads|headed|manages|looks\s+after)\b[^,.;()${CUT}]{0,60}?\s(?:at|for|with)\s+(?:the\s+)?(${COMPANY_NAME})`,
  "uy",
);
// "… and Dirk-Jan recently joined Nordlicht Systeme GmbH": a company by its legal form, that someone joined.
const JOINED_RE = new RegExp(String.raw`\s+(?:recently\s+|just\s+|has\s+(?:just\s+)?)?(?:joined|moved\s+to)\s+(?:the\s+)?(${COMPANY_NAME})`, "uy");
const LEGAL_NAME_END = new RegExp(String.raw`${LEGAL_FORM}\.?$`, "u");

/** Where a sentence of its own says the person works, from just after their name. */
function worksAt(text: string, afterName: number): string | null {
  const joined = readAt(JOINED_RE, text, afterName)?.[1] ?? "";
  return cleanCompany(readAt(WORKS_AT_RE, text, afterName)?.[1] ?? "") ?? (LEGAL_NAME_END.test(joined) ? cleanCompany(joined) : null);
}
// "Freya, one of our long-time regulars, grabbed the mic", "Bartek, who's been coming since the first one,
// telling us about": a first name set off by a description, then what they did.
const DESCRIBED_SUBJECT_RE = new RegExp(String.raw`^\s*,\s*(?:an?|one|our|the|who)\b[^,.;()${CUT}]{2,80},\s*(?:[\p{Ll}-]+(?:ed|ing)|told|gave|took|spoke|ran|led|made|showed|shared)\b`, "u");
const RESPECTIVELY_RE = new RegExp(String.raw`\s+and\s+(${COMPANY_NAME})\s*,?\s+respectively`, "uy");
// "Joining us from Marlowe & Finch, Ana-Maria …", "Staff Engineer at Quay Digital, Grace Achterberg": the company before the name.
// "Quillbright's VP of Engineering, Mohd Faizal bin Rahman": the company owns the role before the name.
const COMPANY_BEFORE_RE = new RegExp(
  String.raw`(?:(?:us|over|way|visiting)\s+from|(?:${jobWords})s?\s+(?:at|of|from|for))\s+(?:the\s+)?(${COMPANY_NAME})\s*,\s*$|(${COMPANY_NAME})(?:['’]s|(?<=s)['’])\s+(?:[^,.;()${CUT}]{0,30}?\s)?(?:${jobWords})s?(?![\p{L}])[^,.;()${CUT}]{0,30},\s*$`,
  "u",
);
// "Fjord Data's Solveig Berg", "Northgate Logistics' Dmitri Volkov".
const POSSESSOR_RE = new RegExp(String.raw`(${COMPANY_NAME})(?:['’]s|(?<=s)['’])\s+$`, "u");

/**
 * The speakers a talk paragraph introduces: the first capitalised run in a speaker's slot (after
 * "we had", before "from <Company>" or a verb) that the recap's evidence or the name itself makes a
 * person, with everyone listed beside them ("A and B from X", "A from X and B from Y").
 */
export function readSpeakers(text: string, evidence: Evidence, titled: readonly { from: number; text: string }[] = []): SpeakerReading | null {
  const runs = withKnownFirstNames(text, nameRuns(text), evidence);
  const quoted = [...text.matchAll(/[“"]([^”"]*)[”"]/gu)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const run of runs) {
    // A name inside a quotation, or inside an emphasised title, is part of that title.
    if (quoted.some(([from, to]) => run.from > from && run.to < to)) continue;
    if (titled.some((span) => run.from >= span.from && run.to <= span.from + span.text.length && span.text.trim() !== run.text)) continue;
    // "Thanks to Greyfriars Data for the room, and then Zainab Haddad took the stage": a company is nobody who spoke.
    if (isListedCompany(run.text, evidence)) continue;
    const first = acceptSpeaker(text, run, evidence, true);
    if (!first) continue;
    const speakers = [first.name];
    const unresolved = first.unresolved ? [run.text] : [];
    const companies: string[] = [];
    addCompany(companies, first.company);
    let end = first.end;
    for (;;) {
      const more = readAt(MORE_RE, text, end);
      if (!more) break;
      // "Mr Oren Shapira of Lumenfold and Ms Eleni Papadopoulou of …": the title of address is no part of the name.
      const at = end + more[0].length;
      const next = runs.find((candidate) => candidate.from === at || (candidate.from > at && isHonorificBefore(text.slice(at, candidate.from))));
      // "Idris Bello, Savanna Grid": a company the recap's title lists is not the next speaker.
      if (!next || isListedCompany(next.text, evidence)) break;
      const accepted = acceptSpeaker(text, next, evidence, false);
      if (!accepted) break;
      // "Ana Ruiz, Strandline": after a comma only a person the recap knows, or one with a company, is another speaker.
      const joined = /\b(?:and|&)\s*$|&\s*$/u.test(more[0]);
      if (!joined && accepted.company === null && !findPerson(next.text, evidence) && !isGivenName(nameWords(next.text)[0] ?? "")) break;
      speakers.push(accepted.name);
      if (accepted.unresolved) unresolved.push(next.text);
      addCompany(companies, accepted.company);
      end = accepted.end;
    }
    // "A and B from X": the company named after the last speaker is everyone's.
    return { speakers, company: companies.length > 0 ? companies.join(" / ") : null, from: run.from, end, unresolved };
  }
  return null;
}

type Accepted = { name: string; company: string | null; end: number; unresolved: boolean };

function acceptSpeaker(text: string, run: NameRun, evidence: Evidence, needsSlot: boolean): Accepted | null {
  // "We started with Fjord Data's Solveig Berg": a company owns the name; what leads in comes before it.
  const possessor = POSSESSOR_RE.exec(text.slice(0, run.from));
  // "Then Harbour Logistics' Tomasz Nowak": the words that open the sentence are not the company's.
  const ownerWords = (possessor?.[1] ?? "").split(/\s+/u);
  while (ownerWords.length > 0 && isLeadingNonName(ownerWords[0] ?? "")) ownerWords.shift();
  const ownerName = ownerWords.join(" ");
  const owner = possessor && ownerName !== "" && !isGivenName(ownerWords[0] ?? "") && !MONTHS.includes(ownerName) && !findPerson(ownerName, evidence) ? ownerName : null;
  const before = possessor && owner ? text.slice(0, possessor.index + (possessor[1] ?? "").length - ownerName.length) : text.slice(0, run.from);
  let end = run.to;
  const handle = readAt(HANDLE_RE, text, end);
  if (handle) end += handle[0].length;
  const companyMatch = readAt(COMPANY_RE, text, end);
  const after = text.slice(companyMatch ? end + companyMatch[0].length : end);
  const known = findPerson(run.text, evidence);
  const full = nameWords(run.text).length >= 2;
  const inSlot = companyMatch !== null || SPEAKER_FOLLOWERS.test(after) || handle !== null || owner !== null;
  // "[3:30] Amara, kubectl tricks": a name right after the entry's time opens it.
  const led = SPEAKER_LEADS.test(before.replace(new RegExp(String.raw`^[\s${CUT}]+$`, "u"), ""));
  // "from Sunniva at Inkwell": after "from", only a name with its own company is a person, or the first
  // of a pair whose company follows the second ("a double act from Ama Owusu and Callum Reyes, of …").
  const pairedFrom = /from\s+$/u.test(before) && full && PAIR_WITH_COMPANY_RE.test(text.slice(run.to));
  if (THING_LEADS.test(before) && !led && !known && !((companyMatch || pairedFrom) && /from\s+$/u.test(before))) return null;
  // "a lightning talk on Kubernetes 1.32 Release Highlights", "speakers from Monzo, Palo Alto
  // Networks, and Kong": the run goes on a title's words, or on a list of companies. (The next speaker
  // of a list, "… of Marrowbone Digital and Deepak from Sable & Rook", goes on the one before.)
  const phrase = before.replace(/(?:(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*|,|and|&)\s*)+$/u, "");
  if (needsSlot && phrase !== before && THING_LEADS.test(phrase) && !known && !COMPANY_BEFORE_RE.test(before)) return null;

  let companyEnd = companyMatch ? end + companyMatch[0].length : end;
  let company = companyMatch ? cleanCompany(companyMatch[1] ?? companyMatch[2] ?? companyMatch[3] ?? "") : null;
  // …but not the full stop that ends the sentence ("from Acme Corp. She talked about …").
  if (company) {
    const dotted = withLegalDot(company, text.slice(companyEnd));
    companyEnd += dotted.length - company.length;
    company = dotted;
  }
  // "(Emre from Anadolu Payments, Ioana from Dacia Labs)": each speaker's company, in order.
  if (company && /\sfrom\s/u.test(company)) company = company.split(/\s*,\s*|\s+and\s+/u).map((part) => part.replace(/^.*?\sfrom\s+/u, "")).join(" / ");
  // "from Gangnam Pixel and Brugse Software respectively".
  const respectively = company ? readAt(RESPECTIVELY_RE, text, companyEnd) : null;
  if (company && respectively?.[1]) {
    company = `${company} / ${respectively[1]}`;
    companyEnd += respectively[0].length;
  }
  // "Last talk was from Bogdan Ilić, Danube Stack.": after a bare comma, only a company the recap's title lists.
  if (!company) {
    const listed = evidence.companies.find((name) => new RegExp(String.raw`^\s*,\s*${escapeRegExp(name)}(?=\s*[,.;:)—–-]|\s*$)`, "u").test(text.slice(companyEnd)));
    if (listed) {
      company = listed;
      companyEnd = text.indexOf(listed, companyEnd) + listed.length;
    }
  }
  // "Joining us from Marlowe & Finch, Ana-Maria Popescu presented …".
  const roleOf = COMPANY_BEFORE_RE.exec(before);
  const companyBefore = cleanCompany(owner ?? roleOf?.[1] ?? roleOf?.[2] ?? "");
  // "…OPA Gatekeeper from Keoni Kahananui (Pueo Networks)": a "company" with a company of its own is the speaker.
  if (company && /^\s*\(/u.test(text.slice(companyEnd)) && readAt(COMPANY_RE, text, companyEnd) && looksLikePerson(company)) return null;
  const accept = (name: string, unresolved: boolean): Accepted => ({
    name,
    company: company ?? companyBefore ?? (known && !unresolved ? known.company : null),
    end: companyEnd,
    unresolved,
  });

  if (known) return needsSlot && !inSlot && !led ? null : accept(known.name, false);
  if (!looksLikePerson(run.text)) return null;
  // "4:12 Operators (Not the Phone Kind) for …": one everyday word that the recap never gives as a name is no first name.
  if (!full && isCommonWord(run.text) && !isGivenName(run.text)) return null;
  // "3:20 Admission Webhooks: The Bouncers of Your Cluster": before a colon and a capital, a "name"
  // that opens on an everyday word the recap never gives as a person's is a title's head.
  const heading = companyMatch === null && handle === null && owner === null && /^\s*:\s*[\p{Lu}"“]/u.test(after);
  if (full && heading && isCommonWord(nameWords(run.text)[0] ?? "") && !isGivenName(nameWords(run.text)[0] ?? "")) return null;
  if (full) return !needsSlot || inSlot ? accept(run.text, false) : null;
  // A first name alone needs its slot, and a company in brackets or one it speaks from ("Chiara from
  // Veltro walked us through"), a known given name or a lead ("we had Sam, …"): "Prometheus at the
  // Edge" or "Lessons from the Great Expiry" only look like "Name at Company".
  const bracketed = companyMatch !== null && /^\s*[(\[]/u.test(companyMatch[0]);
  // "Caoimhe of Marrowbone Digital and Deepak from Sable & Rook closed the evening": a pair said alike.
  const speaks = companyMatch !== null && /^\s*,?\s*(?:who\s|[\p{Ll}-]+(?:ed|ing)\b|(?:told|gave|took|spoke|ran|led|made|showed|shared|is|was)\b|(?:and|&)\s+\p{Lu}[\p{L}\p{M}'’-]+\s+(?:from|of|at)\s+\p{Lu})/u.test(after);
  // "Freya, one of our long-time regulars, grabbed the mic": the subject of a sentence, set off by its description.
  const described = DESCRIBED_SUBJECT_RE.test(after);
  // "Then Gunnhild got us going with …": a name that opens its sentence, followed by what it did, is who did it.
  const subject = opensSentence(before) && !isEnglishWord(run.text) && isPastTense(/^\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? "");
  if (!(inSlot || subject) || !(bracketed || speaks || described || subject || isGivenName(run.text) || (needsSlot && STRONG_SPEAKER_LEADS.test(before)))) return null;
  // A first name the recap gives in full only in passing is still that person.
  const whole = new Set(evidence.mentioned.filter((name) => isPartOfName(run.text, name, "first")));
  const [only] = whole;
  return only !== undefined && whole.size === 1 ? accept(only, false) : accept(run.text, true);
}


// "Will and Priyanka from Quillfeather", where a photo's caption says "Will Haverford": a word that reads as
// English alone ("Will", "Hope") is a name when it is the first name of someone the recap names in full.
function withKnownFirstNames(text: string, runs: readonly NameRun[], evidence: Evidence): NameRun[] {
  const givenNames = new Set(evidence.people.map((person) => nameWords(person.name)[0] ?? "").filter((word) => word !== ""));
  const more = [...text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}'’-])/gu)]
    .filter((match) => givenNames.has(match[0]) && !runs.some((run) => match.index < run.to && run.from < match.index + match[0].length))
    .map((match) => ({ text: match[0], from: match.index, to: match.index + match[0].length, words: [match[0]] }));
  return more.length === 0 ? [...runs] : [...runs, ...more].sort((a, b) => a.from - b.from);
}

// Where a sentence starts, or after its opener ("Then ", "Next up, ").
function opensSentence(before: string): boolean {
  const lead = before.trim();
  return lead === "" || /[.!?]$/u.test(lead) || lead.replace(TALK_OPENER, "").replace(/^\s*(?:up\s*)?,?\s*$/u, "") === "";
}

/** The person the recap names in full whose name this is, or whose first name this is. */
export function findPerson(name: string, evidence: Evidence): Person | null {
  const key = nameKey(name);
  const exact = evidence.people.find((person) => nameKey(person.name) === key);
  if (exact) return exact;
  // A given name, or (as in "Trần Minh Đức" and "Nguyễn Thị Minh Anh") the name a person goes by at the end.
  for (const position of ["first", "any"] as const) {
    const matches = evidence.people.filter((person) => isPartOfName(name, person.name, position));
    const names = new Set(matches.map((person) => person.name));
    if (names.size === 1) return matches[0] ?? null;
    if (names.size > 1) return null;
  }
  return null;
}

/** Whether `part` is the first words of the name `whole` ("Priya" of "Priya Natarajan"), or any run of its words. */
export function isPartOfName(part: string, whole: string, position: "first" | "any" = "any"): boolean {
  const words = nameWords(part).map(nameKey);
  const parts = nameWords(whole).map(nameKey);
  if (parts.length <= words.length) return false;
  const at = position === "first" ? [0] : [...parts.keys()];
  return at.some((index) => words.every((word, offset) => parts[index + offset] === word));
}

/** Every "<Name> from <Company>" (or "(Company)", ", Role at Company") in a text: evidence of who is who. */
export function peopleIn(text: string): (Person & { from: number })[] {
  const people: (Person & { from: number })[] = [];
  for (const run of nameRuns(text)) {
    if (nameWords(run.text).length < 2 || !looksLikePerson(run.text)) continue;
    const { company, afterHandle } = companyAt(text, run.to);
    // "Zeynep Arslan is a staff engineer at Obsidian Works.": a sentence of its own about where they work.
    const found = company ?? worksAt(text, afterHandle);
    if (found) people.push({ name: run.text, company: found, from: run.from });
  }
  return people;
}

/**
 * The company said right after a name that ends at `at` ("(@efe) from Lantern Freight", " (Pueo
 * Networks)", ", Staff Engineer at Quay Digital"): the company, where the name's handle ends, and where
 * the company ends (`at` when there is none).
 */
export function companyAt(text: string, at: number): { company: string | null; afterHandle: number; end: number } {
  const handle = readAt(HANDLE_RE, text, at);
  const afterHandle = at + (handle?.[0].length ?? 0);
  const match = readAt(COMPANY_RE, text, afterHandle);
  return { company: match ? cleanCompany(match[1] ?? match[2] ?? match[3] ?? "") : null, afterHandle, end: afterHandle + (match?.[0].length ?? 0) };
}

/** The company a text gives a person by name or first name ("Mehmet (Korvex)", "Wojciech, who runs … at Tidewell,"). */
export function companyOf(name: string, text: string): string | null {
  const keys = new Set([name, ...nameWords(name)].map(nameKey));
  for (const run of nameRuns(text)) {
    if (!keys.has(nameKey(run.text))) continue;
    const { company, afterHandle } = companyAt(text, run.to);
    const found = company ?? worksAt(text, afterHandle);
    if (found && !/\sfrom\s/u.test(found)) return found;
  }
  return null;
}

function readAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

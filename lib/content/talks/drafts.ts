// A talk section made into a talk: its speakers, company, title, start and recording, and what to doubt.
import type { ContentProblem } from "../problems";
import { escapeRegExp } from "../../regexp";
import { formatTimestamp } from "../../timestamps";
import { normaliseYouTubeUrl } from "../../youtube";
import { nameKey, nameRuns, nameWords } from "./names";
import { companyOf, type Evidence, findPerson, type SpeakerReading } from "./speakers";
import { listedPeople } from "./lists";
import { cleanCompany, COMPANY_NAME, fullestCompany } from "./companies";
import { checkStampLink, checkVideo, CUT } from "./stamps";
import type { TalkDraft } from "./types";
import type { Reading } from "./reading";
import { recordingsIn } from "./sections";
import { namedTitle, statedTitle } from "./titles";
import { unquoted } from "./clean-title";
import { sentenceEnd } from "./title-ends";

/**
 * `section`: the blocks from the talk's start to the next talk's; `elsewhere`: blocks further off that
 * describe it (its paragraph below a programme or a chapter list).
 */
export function draftTalk(
  start: Reading,
  section: readonly Reading[],
  elsewhere: readonly Reading[],
  recapVideoId: string | null,
  evidence: Evidence,
): { talk: TalkDraft; problems: ContentProblem[] } {
  const { unit, stamps, speaking } = start;
  const line = unit.line;
  const problems: ContentProblem[] = [];
  const warn = (message: string) => problems.push({ line, severity: "warning", message });
  // The section runs to the next talk or heading; a recording embedded there is the talk's own.
  const nextHeading = section.findIndex((reading) => reading.unit.kind === "heading");
  const ownSection = [start, ...section.slice(0, nextHeading === -1 ? section.length : nextHeading), ...elsewhere];
  const own = recordingsIn(ownSection).find((video) => video.videoId !== recapVideoId) ?? null;

  for (const stamp of stamps) {
    if (stamp.seconds === null) {
      problems.push({ line: stamp.link?.line ?? line, severity: "error", message: `'${stamp.text}' is not a valid time: write it as M:SS or H:MM:SS, e.g. 24:25 or 1:01:01` });
    }
    if (stamp.link) problems.push(...checkStampLink(stamp.link, stamp.seconds, own?.videoId ?? recapVideoId));
  }
  if (stamps.length > 1) {
    warn(`this paragraph has ${stamps.length} timestamps (${stamps.map((stamp) => stamp.text).join(", ")}); only the first is used: give each talk its own paragraph`);
  }

  const youTubeLinks = unit.links.map((link) => normaliseYouTubeUrl(link.url)).filter((video) => video !== null);
  const timedLink = youTubeLinks.find((video) => video.start !== null);
  const first = stamps[0];
  let start_: number | null = null;
  let videoId = recapVideoId ?? youTubeLinks[0]?.videoId ?? null;
  if (own) {
    videoId = own.videoId;
    start_ = first?.link && normaliseYouTubeUrl(first.link.url)?.videoId === own.videoId ? first.seconds : own.start;
  } else if (first) {
    start_ = first.seconds;
    const linked = first.link ? normaliseYouTubeUrl(first.link.url) : null;
    if (linked) videoId = linked.videoId;
  } else if (timedLink) {
    start_ = timedLink.start;
    videoId = timedLink.videoId;
    problems.push(...checkVideo(timedLink, recapVideoId, line, "the link", timedLink.start));
  }

  const at = start_ !== null ? formatTimestamp(start_) : "MM:SS";
  const speakers = speaking?.speakers ?? [];
  // "Minh had been warned … The title was "What we learned …"": a title said further down the talk's own section.
  // "migrations": one lower-case word is a topic the sentence mentions, not a talk's title.
  const opening = start.title !== null && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(start.title) ? null : start.title;
  const said = opening ?? ownSection.slice(1).map((reading) => namedTitle(reading.masked, reading.unit.links) ?? statedTitle(reading.masked, reading.unit.links)).find((found) => found !== null) ?? null;
  const title = said === null ? null : withoutSpeakerAfter(said, speakers, evidence);
  if (speakers.length === 0) {
    warn(`no speaker found for this talk: write it as '<Name> from <Company> on <Title> (starting at ${at})'`);
  } else if (title === null) {
    warn(`no talk title found after ${speakers.join(" and ")}: write it as '${speakers.join(" and ")} from <Company> on <Title> (starting at ${at})'`);
  }
  // Under a heading, the takeaways may follow the paragraph that describes the talk.
  const described = unit.kind === "heading" ? section.find((reading) => reading.unit.kind === "paragraph")?.unit.listAfter : null;
  const takeaways = unit.listAfter ?? described ?? [];
  // "### Efe Ogunleye — Prometheus at the Edge" then "Efe (Lantern Freight) …": the company may come further down.
  const sectionText = ownSection.map((reading) => reading.masked);
  const eachCompany = speakers.map((name) => sectionText.map((text) => companyOf(name, text)).find((found) => found !== null) ?? findPerson(name, evidence)?.company ?? null);
  // Several speakers each said to work somewhere: all of them, even if the opening named only one's company.
  const everyone = speakers.length > 1 && eachCompany.every((company) => company !== null);
  const companies = speaking?.company && !everyone ? [speaking.company] : unique(eachCompany);
  const named = companies.length > 0 ? companies.join(" / ") : (sharedCompanyIn(sectionText, speakers) ?? titleCompanyIn(start.masked, evidence));
  const company = named === null ? null : fullestCompany(named, evidence);
  const ownTitle = title === null ? null : withoutCompanyBefore(title, company);
  return {
    talk: { speakers, company, title: ownTitle, start: start_, videoId, takeaways, line, doubts: doubtsAbout(speaking, ownTitle, evidence) },
    problems,
  };
}

// "What's New in Kubernetes 1.36 (Kenji Watanabe-Murphy)": the speaker's name in brackets after a title is no part of it.
function withoutSpeakerAfter(title: string, speakers: readonly string[], evidence: Evidence): string | null {
  const bracket = /\s*\(([^()]+)\)$/u.exec(title);
  const named = bracket?.[1]?.split(/\s*(?:,|&|\band\b)\s*/u) ?? [];
  const isSpeaker = (name: string) => speakers.some((speaker) => nameKey(speaker) === nameKey(name)) || findPerson(name, evidence)?.name === name;
  if (!bracket || named.length === 0 || !named.every(isSpeaker)) return title;
  return title.slice(0, bracket.index).trim() || null;
}

// "Joost, Brindle & Co. "Admission Controllers: …"": the speaker's company before a quoted title is no part of it.
function withoutCompanyBefore(title: string, company: string | null): string | null {
  if (company === null) return title;
  for (const name of company.split(/\s+\/\s+/u)) {
    const rest = title.startsWith(name) ? title.slice(name.length).replace(/^[\s,:;.—–-]+/u, "") : null;
    if (rest && /^[“"‘'«]/u.test(rest)) return unquoted(rest.trim());
  }
  return title;
}

// "Ingrid came over from Oslo, where she works for Norrsken Data": a company the recap's title lists as one
// of the evening's, and the only one the talk's paragraph names, is the talk's.
function titleCompanyIn(text: string, evidence: Evidence): string | null {
  const named = evidence.companies.filter((company) => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(company)}(?![\p{L}\p{N}])`, "u").test(text));
  return named.length === 1 ? (named[0] ?? null) : null;
}

// "Both work on the platform team at Harrowgate Bank": where a pair of speakers works, said of them together.
const BOTH_WORK_RE = new RegExp(String.raw`\b(?:[Bb]oth|[Tt]hey)\s+(?:both\s+)?(?:work|are)\b[^.;:${CUT}]{0,40}?\s(?:at|for|with)\s+(?:the\s+)?(${COMPANY_NAME})`, "u");

function sharedCompanyIn(texts: readonly string[], speakers: readonly string[]): string | null {
  if (speakers.length < 2) return null;
  for (const text of texts) {
    const company = cleanCompany(BOTH_WORK_RE.exec(text)?.[1] ?? "");
    if (company) return company;
  }
  return null;
}

// A company may already be a list ("Ibis Cloud / Vela Systems"): each name once.
function unique(values: (string | null)[]): string[] {
  return [...new Set(values.flatMap((value) => value?.split(/\s+\/\s+/u) ?? []))];
}

/** Older posts with no talk sections: the speakers the intro lists are the evening's talks. */
export function introducedTalks(readings: readonly Reading[], aside: ReadonlySet<number>, videoId: string | null, offset: number): TalkDraft[] {
  for (const reading of readings) {
    if (aside.has(reading.index) || reading.unit.kind !== "paragraph" || /\b(?:grateful|sponsor)/iu.test(reading.masked)) continue;
    const listed = listedPeople(reading.masked);
    if (listed.length === 0) continue;
    return listed.map((person) => ({
      speakers: [person.name],
      company: person.company,
      title: null,
      start: null,
      videoId,
      takeaways: [],
      line: reading.unit.line + offset,
      doubts: ["no title: the recap names this speaker only in its introduction"],
    }));
  }
  return [];
}

// "… Saying No. She argued …" is two sentences; "Karpenter vs. Cluster Autoscaler: Who Wins?" is one.
function endsSentenceInside(title: string): boolean {
  const end = sentenceEnd(title);
  return end < title.length - 1 && title[end] === ".";
}

/** Why an organiser should look at a talk the reader is unsure of. */
function doubtsAbout(speaking: SpeakerReading | null, title: string | null, evidence: Evidence): string[] {
  const doubts: string[] = [];
  if (!speaking) doubts.push("no speaker");
  for (const name of speaking?.unresolved ?? []) doubts.push(`'${name}' is a first name only, and no full name in the recap is plainly theirs: write it in full, or list the talk in the front matter`);
  for (const name of speaking?.speakers ?? []) {
    const run = nameRuns(name)[0];
    if (!run || run.text !== name || nameWords(name).length > 4) doubts.push(`'${name}' does not look like a person's name`);
  }
  if (title === null) doubts.push("no title");
  else if (title.split(/\s+/u).length > 18 || endsSentenceInside(title) || title.includes(CUT)) doubts.push("the title is longer than a sentence");
  if (speaking && speaking.speakers.length > 0 && evidence.people.length === 0 && speaking.unresolved.length === speaking.speakers.length) doubts.push("nothing else in the recap names this speaker");
  return [...new Set(doubts)];
}

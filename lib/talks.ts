import GithubSlugger, { slug } from "github-slugger";
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { ContentProblem } from "./content-problem";
import { parseMarkdown } from "./markdown-ast";
import { formatTimestamp, parseTimestamp } from "./timestamps";
import { normaliseYouTubeUrl, type YouTubeVideo } from "./youtube";

export type { ContentProblem, ProblemSeverity } from "./content-problem";

export type Talk = {
  speakers: string[];
  company: string | null;
  title: string | null;
  /** Seconds into `videoId`. */
  start: number | null;
  videoId: string | null;
  takeaways: string[];
  /** Unique, stable, URL-safe section id within the recap. */
  anchor: string;
  /** 1-based line of the talk's paragraph (or front-matter entry). */
  line: number;
};

export type TalkReading = { talks: Talk[]; problems: ContentProblem[] };

type Draft = Omit<Talk, "anchor">;

// ---------------------------------------------------------------------------------------------
// Vocabulary of the recaps' prose. Nine years of posts say the same few things in different words.
// ---------------------------------------------------------------------------------------------

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
const TALK_OPENER = /^\s*(?:kick(?:ing|ed)?\s+off|first|next|then|after(?:wards)?|finally|last(?:ly)?|closing|opening|wrapping\s+up|rounding\s+off|our\s+\w+\s+(?:speaker|talk)|we\s+(?:also\s+)?(?:had|heard|welcomed))\b/i;
const TALK_WORDS = /\b(?:talk|speaker|presentation|session|keynote|demo|lightning)\b/i;

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

const SPEAKERS_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${SPEAKERS})${HANDLE}`, "gu");
const COMPANY_RE = new RegExp(COMPANY, "uy");
const MORE_SPEAKERS_RE = new RegExp(String.raw`\s*,?\s+(?:and|&)\s+(${SPEAKERS})${HANDLE}(?:${COMPANY})?`, "uy");
const AFTER_SPEAKERS_RE = new RegExp(String.raw`\s*(?:[,:;–—(\u2029]|$)|\s+(?:${words(SPEAKER_FOLLOWERS)})${NOT_LETTER}`, "uy");
const SPEAKER_SEPARATOR = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u;

const TITLE_INTRODUCER_RE = new RegExp(String.raw`(?<![\p{L}])(?:${words(TITLE_INTRODUCERS)})\s+`, "iu");
const QUOTED_RE = /[“"]([^”"]+)[”"]/u;
const TITLE_SEPARATOR_RE = /^\s*[:–—]\s*/u;
const TITLE_TRAILING_CLAUSE_RE = /,\s+(?:where|which|in which|during which|and (?:he|she|they))\b/iu;
// A full stop ends a sentence unless it follows an initial ("A.P. Moller").
const SENTENCE_END_RE = /(?<!(?:^|[^\p{L}])\p{L})[.!?](?=\s|$)/u;

// Timestamps: a link whose text is a time, or plain text that clearly says where the talk starts.
const STAMP_TEXT_RE = /^\s*(\d+:\d{2}(?::\d{2})?|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?)\s*$/i;
const STAMP_OPEN = "\uE000";
const STAMP_CLOSE = "\uE001";
const CUT = "\u2029";
const TS_COLON = String.raw`\d+:\d{2}(?::\d{2})?`;
const TS_ANY = String.raw`${TS_COLON}|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?`;
const START_WORDS = String.raw`(?:starting|starts|started|start|beginning|begins)\s+(?:at|from)`;
const LINKED_STAMP_RE = new RegExp(String.raw`\(?\s*(?:(?:${START_WORDS}|at|from)\s+)?${STAMP_OPEN}(\d+)${STAMP_CLOSE}\s*\)?`, "gu");
const PLAIN_STAMP_RE = new RegExp(
  String.raw`\(\s*(?:(?:${START_WORDS}|at)\s+)?(${TS_COLON})\s*\)|\(?\s*${START_WORDS}\s+(${TS_ANY})(?![\w:])\s*\)?`,
  "giu",
);

// ---------------------------------------------------------------------------------------------
// Talks from the Markdown body
// ---------------------------------------------------------------------------------------------

/** Finds the talks the organisers described in prose, with problems worth fixing in the text. */
/**
 * `firstLine` is the file line on which `markdown` starts (after the front matter), so every line in
 * talks and messages, including lines quoted inside messages, is a line of the organiser's file.
 */
export function findTalks(markdown: string, options: { videoId: string | null; firstLine?: number }): TalkReading {
  const tree: Root = parseMarkdown(markdown);
  const offset = (options.firstLine ?? 1) - 1;
  const drafts: Draft[] = [];
  const problems: ContentProblem[] = [];

  tree.children.forEach((node, index) => {
    if (node.type !== "paragraph") return;
    const found = readTalkParagraph(node, options.videoId);
    problems.push(...found.problems.map((problem) => ({ ...problem, line: problem.line + offset })));
    if (found.talk) drafts.push({ ...found.talk, line: found.talk.line + offset, takeaways: takeawaysAfter(tree.children, index) });
  });

  const talks = withAnchors(drafts, headingSlugs(tree));
  return { talks, problems: [...problems, ...checkTalkOrder(talks)] };
}

type StampLink = { text: string; url: string; line: number };
type LinkSpan = { from: number; text: string; url: string };
type Stamp = { from: number; to: number; text: string; seconds: number | null; link: StampLink | null };

function readTalkParagraph(paragraph: Paragraph, recapVideoId: string | null): { talk: Omit<Draft, "takeaways"> | null; problems: ContentProblem[] } {
  const line = paragraph.position?.start.line ?? 1;
  const rendered = renderParagraph(paragraph.children, line);
  const stamps = findStamps(rendered.text, rendered.stampLinks);
  const masked = mask(rendered.text, stamps);
  const speaking = findSpeakers(masked);
  const title = findTitle(masked, speaking?.end ?? 0, rendered.links);

  const youTubeLinks = rendered.links.map((link) => normaliseYouTubeUrl(link.url)).filter((video) => video !== null);
  const timedLink = youTubeLinks.find((video) => video.start !== null);
  const first = stamps[0];
  const clearSpeaker = speaking !== null && title !== null && (TALK_OPENER.test(masked) || TALK_WORDS.test(masked));
  if (!first && !timedLink && !clearSpeaker) return { talk: null, problems: [] };

  const problems: ContentProblem[] = [];
  const warn = (message: string) => problems.push({ line, severity: "warning", message });

  for (const stamp of stamps) {
    if (stamp.seconds === null) {
      problems.push({ line: stamp.link?.line ?? line, severity: "error", message: `'${stamp.text}' is not a valid time: write it as M:SS or H:MM:SS, e.g. 24:25 or 1:01:01` });
    }
    if (stamp.link) problems.push(...checkStampLink(stamp.link, stamp.seconds, recapVideoId));
  }
  if (stamps.length > 1) {
    warn(`this paragraph has ${stamps.length} timestamps (${stamps.map((stamp) => stamp.text).join(", ")}); only the first is used: give each talk its own paragraph`);
  }

  // The start comes from the first timestamp, else from a YouTube link (e.g. on the title) with t=.
  let start: number | null = null;
  let videoId = recapVideoId ?? youTubeLinks[0]?.videoId ?? null;
  if (first) {
    start = first.seconds;
    const linked = first.link ? normaliseYouTubeUrl(first.link.url) : null;
    if (linked) videoId = linked.videoId;
  } else if (timedLink) {
    start = timedLink.start;
    videoId = timedLink.videoId;
    problems.push(...checkVideo(timedLink, recapVideoId, line, "the link", timedLink.start));
  }

  const at = start !== null ? formatTimestamp(start) : "MM:SS";
  if (!speaking) {
    warn(`no speaker found for this talk: write it as '<Name> from <Company> on <Title> (starting at ${at})'`);
  } else if (title === null) {
    warn(`no talk title found after ${speaking.speakers.join(" and ")}: write it as '${speaking.speakers.join(" and ")} from <Company> on <Title> (starting at ${at})'`);
  }

  return {
    talk: { speakers: speaking?.speakers ?? [], company: speaking?.company ?? null, title, start, videoId, line },
    problems,
  };
}

function checkStampLink(link: StampLink, seconds: number | null, recapVideoId: string | null): ContentProblem[] {
  const video = normaliseYouTubeUrl(link.url);
  const problem = (severity: ContentProblem["severity"], message: string): ContentProblem[] => [{ line: link.line, severity, message }];
  if (!video) {
    const target = recapVideoId && seconds !== null ? `https://youtu.be/${recapVideoId}?t=${seconds}` : "the recording on YouTube with ?t=<seconds>";
    return problem("warning", `the timestamp [${link.text}] links to ${link.url}, which is not a YouTube video: link it to ${target}`);
  }
  const problems = checkVideo(video, recapVideoId, link.line, `the timestamp [${link.text}]`, seconds ?? video.start);
  if (seconds === null) return problems;
  if (video.start === null) {
    problems.push(...problem("warning", `the timestamp [${link.text}] links to the start of the video (no t=): add t=${seconds} to the link so it opens at the talk`));
  } else if (video.start !== seconds) {
    problems.push(
      ...problem(
        "error",
        `the timestamp [${link.text}] says ${link.text} (${seconds}s) but its link has t=${video.start} (${formatTimestamp(video.start)}): change the link to t=${seconds}, or the text to ${formatTimestamp(video.start)}`,
      ),
    );
  }
  return problems;
}

function checkVideo(video: YouTubeVideo, recapVideoId: string | null, line: number, label: string, start: number | null): ContentProblem[] {
  if (recapVideoId === null || video.videoId === recapVideoId) return [];
  return [
    {
      line,
      severity: "error",
      message: `${label} links to video ${video.videoId}, but this recap's video is ${recapVideoId}: link to https://youtu.be/${recapVideoId}${start !== null ? `?t=${start}` : ""}, or fix the 'video' field`,
    },
  ];
}

/** The paragraph as plain text; timestamp links become numbered placeholders. */
function renderParagraph(children: PhrasingContent[], paragraphLine: number): { text: string; stampLinks: StampLink[]; links: LinkSpan[] } {
  let text = "";
  const stampLinks: StampLink[] = [];
  const links: LinkSpan[] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          text += node.value.replace(/\s+/g, " ");
          break;
        case "inlineCode":
          text += node.value;
          break;
        case "break":
          text += " ";
          break;
        case "link": {
          const label = plainText(node);
          if (STAMP_TEXT_RE.test(label)) {
            text += `${STAMP_OPEN}${stampLinks.length}${STAMP_CLOSE}`;
            stampLinks.push({ text: label.trim(), url: node.url, line: node.position?.start.line ?? paragraphLine });
          } else {
            const from = text.length;
            walk(node.children);
            links.push({ from, text: text.slice(from).trim(), url: node.url });
          }
          break;
        }
        case "emphasis":
        case "strong":
        case "delete":
        case "linkReference":
          walk(node.children);
          break;
        default:
          // Images, raw HTML and footnote references say nothing about the talk.
          break;
      }
    }
  };
  walk(children);
  return { text, stampLinks, links };
}

function findStamps(text: string, stampLinks: StampLink[]): Stamp[] {
  const stamps: Stamp[] = [];
  for (const match of text.matchAll(LINKED_STAMP_RE)) {
    const link = stampLinks[Number(match[1])];
    if (!link) continue;
    stamps.push({ from: match.index, to: match.index + match[0].length, text: link.text, seconds: parseTimestamp(link.text), link });
  }
  for (const match of mask(text, stamps).matchAll(PLAIN_STAMP_RE)) {
    const value = match[1] ?? match[2] ?? "";
    stamps.push({ from: match.index, to: match.index + match[0].length, text: value, seconds: parseTimestamp(value), link: null });
  }
  return stamps.sort((a, b) => a.from - b.from);
}

// Same length, so link positions stay valid; CUT also ends a title.
function mask(text: string, stamps: readonly Stamp[]): string {
  let masked = text;
  for (const stamp of stamps) {
    masked = masked.slice(0, stamp.from) + CUT.repeat(stamp.to - stamp.from) + masked.slice(stamp.to);
  }
  return masked;
}

type Speaking = { speakers: string[]; company: string | null; end: number };

/** The first "<Name>[, <Name> and <Name>] [from <Company>]" that reads like a speaker introduction. */
function findSpeakers(text: string): Speaking | null {
  for (const match of text.matchAll(SPEAKERS_RE)) {
    let end = match.index + match[0].length;
    const speakers = splitSpeakers(match[1] ?? "");
    const companies: string[] = [];
    const company = readAt(COMPANY_RE, text, end);
    if (company) {
      end += company[0].length;
      addCompany(companies, company[1] ?? company[2]);
    } else if (!readAt(AFTER_SPEAKERS_RE, text, end)) {
      continue;
    }
    // "Jane Doe from Acme and John Smith from Initech"
    for (let more = readAt(MORE_SPEAKERS_RE, text, end); more; more = readAt(MORE_SPEAKERS_RE, text, end)) {
      end += more[0].length;
      speakers.push(...splitSpeakers(more[1] ?? ""));
      addCompany(companies, more[2] ?? more[3]);
    }
    return { speakers, company: companies.length > 0 ? companies.join(" and ") : null, end };
  }
  return null;
}

function readAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function splitSpeakers(text: string): string[] {
  return text.split(SPEAKER_SEPARATOR).map((name) => name.trim()).filter((name) => name !== "");
}

function addCompany(companies: string[], raw: string | undefined): void {
  const company = raw?.replace(/\s+/g, " ").trim();
  if (company && !companies.includes(company)) companies.push(company);
}

/** The title after `from`: quoted, after a colon, or after "on", "about", "told us about"… */
function findTitle(text: string, from: number, links: readonly LinkSpan[]): string | null {
  const cut = text.indexOf(CUT, from);
  const region = text.slice(from, cut === -1 ? undefined : cut);
  const separator = TITLE_SEPARATOR_RE.exec(region);
  if (separator) return titleAt(text, from, region.length, separator[0].length, links);

  // "Jane Doe from Acme Corp. She talked about X": the title may wait one sentence.
  const firstEnd = sentenceEnd(region);
  const secondStart = firstEnd + (/^[.!?]?\s*/.exec(region.slice(firstEnd))?.[0].length ?? 0);
  for (const start of [0, secondStart]) {
    const sentence = region.slice(start, start + sentenceEnd(region.slice(start)));
    const quoted = QUOTED_RE.exec(sentence);
    if (quoted?.[1]) return cleanTitle(quoted[1]);
    const introducer = TITLE_INTRODUCER_RE.exec(sentence);
    if (introducer) return titleAt(text, from + start, region.length - start, introducer.index + introducer[0].length, links);
    // Nothing introduces it, but a link right after the speaker still names the talk.
    const link = linkedTitle(links, from + start, from + start + sentence.length);
    if (link && /^[\s,:–—-]*$/u.test(text.slice(from + start, link.from))) return cleanTitle(link.text);
    if (start === secondStart) break;
  }
  return null;
}

// The title starting `offset` into the region at `from`; a link there gives it exactly.
function titleAt(text: string, from: number, length: number, offset: number, links: readonly LinkSpan[]): string | null {
  const rest = text.slice(from + offset, from + length);
  const link = linkedTitle(links, from + offset, from + length);
  if (link && text.slice(from + offset, link.from).trim() === "") return cleanTitle(link.text);
  let title = rest.slice(0, sentenceEnd(rest));
  const clause = TITLE_TRAILING_CLAUSE_RE.exec(title);
  if (clause) title = title.slice(0, clause.index);
  return cleanTitle(title);
}

function linkedTitle(links: readonly LinkSpan[], from: number, to: number): LinkSpan | undefined {
  return links.find((link) => link.from >= from && link.from < to && link.text !== "" && !/^[a-z]+:\/\//i.test(link.text));
}

// Index just past a sentence's "?" or "!", or at its full stop; the text's length when none.
function sentenceEnd(text: string): number {
  const end = SENTENCE_END_RE.exec(text);
  if (!end) return text.length;
  return end[0] === "." ? end.index : end.index + 1;
}

function cleanTitle(raw: string): string | null {
  const title = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[“"'‘]+|[”"'’]+$/g, "")
    .replace(/[\s.,;:–—-]+$/u, "")
    .trim();
  return title === "" ? null : title;
}

// Takeaways are the list right after the talk's paragraph, before any other text or heading.
function takeawaysAfter(siblings: RootContent[], index: number): string[] {
  for (const node of siblings.slice(index + 1)) {
    if (node.type === "list") return node.children.map((item) => plainText(item)).filter((text) => text !== "");
    if (node.type === "paragraph" || node.type === "heading" || node.type === "thematicBreak") return [];
  }
  return [];
}

const BLOCK_PARENTS: ReadonlySet<string> = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow"]);

/** Text of a node with inline Markdown removed and links reduced to their text. */
function plainText(node: Nodes): string {
  return collapse(textOf(node));
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default: {
      if (!("children" in node)) return "";
      const children: Nodes[] = node.children;
      return children.map(textOf).join(BLOCK_PARENTS.has(node.type) ? " " : "");
    }
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Talks from front matter
// ---------------------------------------------------------------------------------------------

const FRONT_MATTER_KEYS: readonly string[] = ["speakers", "speaker", "company", "title", "start", "takeaways"];

/**
 * Validates an explicit `talks:` list. `line` maps a path inside that list (e.g. [2, "start"]) to a
 * file line; the caller adds the `talks` key itself.
 */
export function talksFromFrontMatter(
  value: unknown,
  options: { videoId: string | null; line: (path: (string | number)[]) => number },
): TalkReading {
  const problems: ContentProblem[] = [];
  const error = (path: (string | number)[], message: string) => problems.push({ line: options.line(path), severity: "error", message });
  if (value === undefined || value === null) return { talks: [], problems };
  if (!Array.isArray(value)) {
    error([], "'talks' must be a list: start each talk with '- speakers: [Name]' on its own line under 'talks:'");
    return { talks: [], problems };
  }

  const drafts: Draft[] = [];
  value.forEach((entry: unknown, index: number) => {
    const label = `talk ${index + 1}`;
    if (!isRecord(entry)) {
      error([index], `${label} is not a set of fields: write it as '- speakers: [Name]' followed by 'title: ...' and 'start: "24:25"' lines, indented under the '-'`);
      return;
    }
    let readable = true;
    const fail = (key: string | null, message: string) => {
      readable = false;
      error(key === null ? [index] : [index, key], `${label}: ${message}`);
    };
    for (const key of Object.keys(entry)) {
      if (FRONT_MATTER_KEYS.includes(key)) continue;
      problems.push({
        line: options.line([index, key]),
        severity: "warning",
        message: `${label}: unknown field '${key}' is ignored: check its spelling (known fields: ${FRONT_MATTER_KEYS.join(", ")})`,
      });
    }

    const speakerKey = entry.speakers !== undefined ? "speakers" : "speaker";
    const speakers = readSpeakers(entry[speakerKey]);
    if (speakers === null) fail(speakerKey, `'${speakerKey}' must be a name or a list of names, e.g. speakers: [Prithvi Raj, Sunil Anjin]`);
    const company = readText(entry.company);
    if (company === undefined) fail("company", "'company' must be text: wrap it in double quotes");
    const title = readText(entry.title);
    if (title === undefined) fail("title", "'title' must be text: wrap it in double quotes");
    if (speakers?.length === 0 && title === null) fail(null, "has neither speakers nor a title: add 'speakers: [Name]' and 'title: ...'");
    const start = readStart(entry.start);
    if (start === undefined) {
      fail("start", `start '${String(entry.start)}' is not a timestamp: write it as "24:25" or "1:01:01" (in quotes) or a number of seconds such as 1465`);
    }
    const takeaways = readTakeaways(entry.takeaways);
    if (takeaways === null) fail("takeaways", "'takeaways' must be a list of text, one '- ...' line per takeaway");

    if (!readable) return;
    drafts.push({
      speakers: speakers ?? [],
      company: company ?? null,
      title: title ?? null,
      start: start ?? null,
      videoId: options.videoId,
      takeaways: takeaways ?? [],
      line: options.line([index]),
    });
  });

  const talks = withAnchors(drafts, new Set());
  return { talks, problems: [...problems, ...checkTalkOrder(talks)] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readSpeakers(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitSpeakers(value);
  if (isStringList(value)) return value.map((name) => name.trim()).filter((name) => name !== "");
  return null;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

// undefined: present but unreadable; null: absent or empty.
function readText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  return value.trim() === "" ? null : value.trim();
}

function readStart(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value === "string") return parseTimestamp(value) ?? undefined;
  return undefined;
}

function readTakeaways(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const takeaways: string[] = [];
  for (const item of value) {
    if (typeof item !== "string" && typeof item !== "number") return null;
    // Organisers may use inline Markdown here too; the page shows plain text.
    const text = plainText(parseMarkdown(String(item)));
    if (text !== "") takeaways.push(text);
  }
  return takeaways;
}

// ---------------------------------------------------------------------------------------------
// Shared checks and anchors
// ---------------------------------------------------------------------------------------------

/** Talks sharing a recording must be listed in recording order, each at its own time. */
export function checkTalkOrder(talks: Talk[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen: Talk[] = [];
  for (const talk of talks) {
    const start = talk.start;
    if (start === null) continue;
    const earlier = seen.filter((other) => other.videoId === talk.videoId && other.start !== null);
    const same = earlier.find((other) => other.start === start);
    const latest = earlier.reduce<Talk | null>((max, other) => (max === null || (other.start ?? 0) > (max.start ?? 0) ? other : max), null);
    if (same) {
      problems.push({
        line: talk.line,
        severity: "error",
        message: `${describeTalk(talk)} starts at ${formatTimestamp(start)}, the same time as ${describeTalk(same)}: one of the two timestamps is wrong; check both in the video`,
      });
    } else if (latest && (latest.start ?? 0) > start) {
      problems.push({
        line: talk.line,
        severity: "error",
        message: `${describeTalk(talk)} starts at ${formatTimestamp(start)}, before ${describeTalk(latest)} at ${formatTimestamp(latest.start ?? 0)}, which is listed first: fix the timestamp, or list the talks in the order of the recording`,
      });
    }
    seen.push(talk);
  }
  return problems;
}

function describeTalk(talk: Talk): string {
  if (talk.title) return `the talk "${talk.title}"`;
  if (talk.speakers.length > 0) return `the talk by ${talk.speakers.join(" and ")}`;
  return `the talk on line ${talk.line}`;
}

function withAnchors(drafts: readonly Draft[], taken: Set<string>): Talk[] {
  return drafts.map((draft, index) => {
    const base = anchorSlug([...draft.speakers, draft.title ?? ""].join(" ")) || `talk-${index + 1}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n += 1) anchor = `${base}-${n}`;
    taken.add(anchor);
    return { ...draft, anchor };
  });
}

// ASCII only, so the id reads the same in a URL as on the page; short enough to share.
function anchorSlug(text: string): string {
  const ascii = slug(text.normalize("NFKD").replace(/\p{M}/gu, ""))
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  if (ascii.length <= 80) return ascii;
  const cut = ascii.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : 80).replace(/-$/, "");
}

// Heading ids (as rehype-slug makes them) are taken, so a talk never shares an id with a heading.
function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const taken = new Set<string>();
  for (const node of tree.children) {
    if (node.type === "heading") taken.add(slugger.slug(plainText(node)));
  }
  return taken;
}

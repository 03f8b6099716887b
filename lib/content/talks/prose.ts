import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { parseMarkdown } from "../markdown-ast";
import type { ContentProblem } from "../problems";
import { formatTimestamp, parseTimestamp } from "../../timestamps";
import { normaliseYouTubeUrl, type YouTubeVideo } from "../../youtube";
import { headingSlugs, withAnchors } from "./anchors";
import { checkTalkOrder } from "./order";
import { plainText } from "./plain-text";
import type { TalkDraft, TalkReading } from "./types";
import {
  AFTER_SPEAKERS_RE,
  COMPANY_RE,
  CUT,
  LINKED_STAMP_RE,
  MORE_SPEAKERS_RE,
  PLAIN_STAMP_RE,
  QUOTED_RE,
  SENTENCE_END_RE,
  SPEAKERS_RE,
  STAMP_CLOSE,
  STAMP_OPEN,
  STAMP_TEXT_RE,
  TALK_OPENER,
  TALK_WORDS,
  TITLE_INTRODUCER_RE,
  TITLE_SEPARATOR_RE,
  TITLE_TRAILING_CLAUSE_RE,
  splitSpeakers,
} from "./vocabulary";

/** Finds the talks the organisers described in prose, with problems worth fixing in the text. */
/**
 * `firstLine` is the file line on which `markdown` starts (after the front matter), so every line in
 * talks and messages, including lines quoted inside messages, is a line of the organiser's file.
 */
export function findTalks(markdown: string, options: { videoId: string | null; firstLine?: number }): TalkReading {
  const tree: Root = parseMarkdown(markdown);
  const offset = (options.firstLine ?? 1) - 1;
  const drafts: TalkDraft[] = [];
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

function readTalkParagraph(paragraph: Paragraph, recapVideoId: string | null): { talk: Omit<TalkDraft, "takeaways"> | null; problems: ContentProblem[] } {
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

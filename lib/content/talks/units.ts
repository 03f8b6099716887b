import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from "mdast";
import { normaliseYouTubeUrl, type YouTubeVideo } from "../../youtube";
import { isDictionaryWord } from "./names";
import { plainText } from "./plain-text";
import { codeLines, isChapterList, isTimeList, timedLinkIn, timeListParagraph, timeListUnits } from "./time-lists";
import { RECORDING_LINK_TEXT } from "./vocabulary";

/**
 * A recap body as the blocks a reader meets in order: paragraphs, headings, list items and raw HTML,
 * each as plain text with its links, photos and embedded videos, so the reader can weigh a whole
 * recap before it decides which blocks are talks.
 */
export type Unit = {
  kind: "paragraph" | "heading" | "item" | "html";
  /** Heading depth, 0 for other blocks. */
  depth: number;
  line: number;
  /** Plain text; a timestamp link is a numbered placeholder (STAMP_OPEN n STAMP_CLOSE). */
  text: string;
  stampLinks: StampLink[];
  links: LinkSpan[];
  images: { alt: string; src: string }[];
  /** YouTube players embedded in raw HTML (`<iframe src=".../embed/ID">`). */
  embeds: YouTubeVideo[];
  /** The list right under this block, before any other block: its takeaways. */
  listAfter: string[] | null;
  /** Index of the list an item belongs to, so a list of talks can be told from takeaways. */
  listId: number | null;
  /** An entry of a chapter list: the time it opens with is a moment in the recording. */
  chapter?: true;
  /** A programme table's row, cell by cell: the columns say which text is what. */
  row?: ProgrammeRow;
};

export type ProgrammeRow = { title: string; speakers: string; company: string };

export type StampLink = { text: string; url: string; line: number };
export type LinkSpan = { from: number; text: string; url: string };

export const STAMP_OPEN = "\uE000";
export const STAMP_CLOSE = "\uE001";

/** A link whose text is a time ("24:25", "1h2m3s"). */
const STAMP_TEXT_RE = /^\s*(\d+:\d{2}(?::\d{2})?|\d+h(?:\d+m)?(?:\d+s)?|\d+m(?:\d+s)?)\s*$/i;

const IFRAME_SRC = /<iframe\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/giu;
// `<a href="…youtube…">Watch on YouTube</a>`: what the importer (and old posts) leave of a talk's player.
const HTML_RECORDING_LINK = /<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["'][^>]*>([^<]*)<\/a>/giu;

/** `recording`: the recap has a video, so a list of times can be its chapters. */
export function readUnits(tree: Root, { recording }: { recording: boolean }): Unit[] {
  const units: Unit[] = [];
  let lists = 0;
  const blocks = tree.children;
  blocks.forEach((node, index) => {
    const line = node.position?.start.line ?? 1;
    const listAfter = takeawaysAfter(blocks, index);
    const timeList = node.type === "paragraph" ? timeListParagraph(node, line) : null;
    if (node.type === "paragraph" && isBoldLine(node)) {
      // "**kubectl Plugins for Lazy People** ([5:40](…))" on a line of its own is a heading in all but name.
      units.push({ kind: "heading", depth: 6, ...renderInline(node.children, line), line, embeds: [], listAfter, listId: null });
    } else if (timeList) {
      // "Chapters: 0:00 Intro / 4:30 Why our SLOs were wrong - Aiyana Redcloud / …", or one entry a line.
      units.push(...timeListUnits(timeList, lists++, recording));
    } else if (node.type === "paragraph") {
      const html = htmlInParagraph(node);
      units.push({ kind: "paragraph", depth: 0, ...renderInline(node.children, line), line, embeds: embedsIn(html), listAfter, listId: null });
    } else if (node.type === "heading") {
      units.push({ kind: "heading", depth: (node satisfies Heading).depth, ...renderInline(node.children, line), line, embeds: [], listAfter, listId: null });
    } else if (node.type === "html") {
      units.push({ kind: "html", depth: 0, text: "", stampLinks: [], links: [], images: [], embeds: embedsIn(node.value), line, listAfter, listId: null });
    } else if (node.type === "table") {
      const listId = lists++;
      const { rows, recorded } = programmeRows(node);
      // "| 0:06:02 | …": a time column that runs like a recording's chapters gives the talks' starts; a
      // column headed as the recording's ("In the video") does so in the rows that have a time.
      const chapter = recording && isChapterList(rows.map((row) => row.time).filter((time) => !recorded || time !== ""));
      for (const row of rows) {
        const rowLine = row.line ?? line;
        units.push({ kind: "item", depth: 0, ...renderInline(row.content, rowLine), line: rowLine, embeds: [], listAfter: null, listId, row: row.cells, ...(chapter ? { chapter } : {}) });
      }
    } else if (node.type === "code") {
      // A chapter list pasted from the video's description, in a code block.
      const entries = codeLines(node);
      if (isTimeList(entries.map((entry) => entry.text))) units.push(...timeListUnits(entries, lists++, recording));
    } else if (node.type === "list") {
      const listId = lists++;
      const chapter = recording && isChapterList((node satisfies List).children.map((item) => plainText(item)), (node satisfies List).children.map(timedLinkIn));
      for (const item of (node satisfies List).children) {
        const first = item.children[0];
        if (first?.type !== "paragraph") continue;
        const itemLine = first.position?.start.line ?? line;
        const nested = item.children.find((child) => child.type === "list");
        units.push({
          kind: "item",
          depth: 0,
          ...renderInline(first.children, itemLine),
          line: itemLine,
          embeds: embedsIn(htmlInParagraph(first)),
          listAfter: nested ? nested.children.map((child) => plainText(child)).filter((text) => text !== "") : null,
          listId,
          ...(chapter ? { chapter } : {}),
        });
      }
    }
  });
  return units;
}

// A programme as a table: which column holds what, by its header.
// A column of the recording's times ("Recording", "Stream time") wins over the evening's clock ("Time").
const COLUMNS = {
  title: /\b(?:talk|title|topic|session|what)s?\b/iu,
  speakers: /\b(?:speakers?|speaker\(s\)|presenters?|who)\b/iu,
  company: /\b(?:company|companies|from|organi[sz]ation|employer)\b/iu,
  recording: /\b(?:stream|video|recording|watch|youtube)\b/iu,
  start: /\b(?:time|start|starts|when)\b/iu,
};

/**
 * "| Stream time | Speaker(s) | Company | Talk |": each row as the programme entry it is,
 * "Title — Speakers (Company) — 4:05", so it reads like a list item laid out as fields.
 */
function programmeRows(table: Table): { rows: { content: PhrasingContent[]; line: number | undefined; cells: ProgrammeRow; time: string }[]; recorded: boolean } {
  const [header, ...rows] = table.children;
  const names = header?.children.map((cell) => plainText(cell)) ?? [];
  const column = (role: keyof typeof COLUMNS) => names.findIndex((name) => COLUMNS[role].test(name));
  const title = column("title");
  const speakers = column("speakers");
  if (title === -1 || speakers === -1 || title === speakers) return { rows: [], recorded: false };
  const company = column("company");
  const recording = column("recording");
  const start = recording === -1 ? column("start") : recording;
  const cell = (row: TableRow, index: number): PhrasingContent[] => (index === -1 ? [] : (row.children[index]?.children ?? []));
  const text = (value: string): PhrasingContent => ({ type: "text", value });
  const read = rows.map((row) => {
    const from = cell(row, company);
    const named = from.length > 0 && /\p{L}/u.test(from.map((child) => (child.type === "text" ? child.value : "x")).join(""));
    const words = (index: number) => (index === -1 ? "" : plainText(row.children[index] ?? { type: "tableCell", children: [] }).trim());
    return {
      content: [...cell(row, title), text(" — "), ...cell(row, speakers), ...(named ? [text(" ("), ...from, text(")")] : []), ...(start === -1 ? [] : [text(" — "), ...cell(row, start)])],
      line: row.position?.start.line,
      cells: { title: words(title), speakers: words(speakers), company: named ? words(company) : "" },
      time: words(start),
    };
  });
  return { rows: read, recorded: recording !== -1 };
}

/** A paragraph that is one bold span, and at most a timestamp or punctuation beside it. */
function isBoldLine(paragraph: Paragraph): boolean {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== "strong" || plainText(first).split(/\s+/u).length < 2) return false;
  return rest.every((child) => (child.type === "text" && /^[\s().,:–—-]*$/u.test(child.value)) || (child.type === "link" && STAMP_TEXT_RE.test(plainText(child))));
}

// Inline raw HTML with the text between its tags, so `<a href="…">Watch on YouTube</a>` reads whole.
function htmlInParagraph(paragraph: Paragraph): string {
  return paragraph.children.map((child) => (child.type === "html" || child.type === "text" ? child.value : "")).join("");
}

function embedsIn(html: string): YouTubeVideo[] {
  const sources = [
    ...[...html.matchAll(IFRAME_SRC)].map((match) => match[1] ?? ""),
    ...[...html.matchAll(HTML_RECORDING_LINK)].filter((match) => RECORDING_LINK_TEXT.test(match[2] ?? "")).map((match) => match[1] ?? ""),
  ];
  return sources.map((source) => normaliseYouTubeUrl(source)).filter((video) => video !== null);
}

/** Inline Markdown as plain text; timestamp links become numbered placeholders. */
function renderInline(children: PhrasingContent[], blockLine: number): Pick<Unit, "text" | "stampLinks" | "links" | "images"> {
  let text = "";
  const stampLinks: StampLink[] = [];
  const links: LinkSpan[] = [];
  const images: Unit["images"] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          // Repaired as it is read, so the offsets of the links after it stay true.
          text += withMissingSpaces(node.value.replace(/\s+/g, " "));
          break;
        case "inlineCode":
          text += node.value;
          break;
        case "break":
          text += " ";
          break;
        case "image":
          images.push({ alt: node.alt ?? "", src: node.url });
          break;
        case "link": {
          const label = plainText(node);
          if (STAMP_TEXT_RE.test(label)) {
            text += `${STAMP_OPEN}${stampLinks.length}${STAMP_CLOSE}`;
            stampLinks.push({ text: label.trim(), url: node.url, line: node.position?.start.line ?? blockLine });
          } else {
            const from = text.length;
            walk(node.children);
            links.push({ from, text: text.slice(from).trim(), url: node.url });
          }
          break;
        }
        case "emphasis":
        case "strong": {
          // Organisers often set a title in bold or italics: it is a title's span, like a link's text.
          const from = text.length;
          walk(node.children);
          const emphasised = text.slice(from).trim();
          // "*kubectl Tricks I Learned the Hard Way*": a lower-case product name may open it.
          if (/^(?:[\p{Lu}\p{N}“"]|\p{Ll}[\p{L}\p{N}-]*\s.*?[\p{Lu}\p{N}])/u.test(emphasised) && emphasised.split(/\s+/u).length >= 2) links.push({ from, text: emphasised, url: "" });
          break;
        }
        case "delete":
        case "linkReference":
          walk(node.children);
          break;
        default:
          // Raw HTML and footnote references say nothing about the talk.
          break;
      }
    }
  };
  walk(children);
  return { text, stampLinks, links, images };
}

/** "discussingHermod": a missing space after an English word, not inside a name such as "wasmCloud". */
function withMissingSpaces(text: string): string {
  return text.replace(/(?<![\p{L}])(\p{Ll}{4,})(?=\p{Lu}\p{Ll})/gu, (word: string) => (isDictionaryWord(word) ? `${word} ` : word));
}

// Takeaways are the list right after the block, before any other text or heading.
function takeawaysAfter(siblings: RootContent[], index: number): string[] | null {
  for (const node of siblings.slice(index + 1)) {
    if (node.type === "list") {
      const items = node.children.map((item) => plainText(item)).filter((text) => text !== "");
      // A list of times is a programme or the recording's chapters, not what one talk taught.
      return isTimeList(items) ? null : items;
    }
    if (node.type === "paragraph" || node.type === "heading" || node.type === "thematicBreak") return null;
  }
  return null;
}

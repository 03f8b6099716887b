import { isMap, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { isRecord } from "../guards";
import type { ContentProblem } from "./problems";

export type YamlPath = readonly (string | number)[];

export type ParsedRecapSource = {
  /** The front matter as plain data; empty when it could not be read. */
  data: Record<string, unknown>;
  /** File line (1-based) of the value at `path`, or of the front matter's start when unknown. */
  lineOf: (path: YamlPath) => number;
  body: string;
  /** File line on which the body's first line stands. */
  bodyStartLine: number;
  problems: ContentProblem[];
};

const FENCE = /^---\s*$/;

/** The file line of the last quote opened before `offset` and never closed on its own line. */
function openingQuoteLine(yamlText: string, offset: number): number | null {
  const lines = yamlText.slice(0, offset).split("\n");
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const quote = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])/u.exec(lines[index] ?? "")?.[1];
    if (quote && (lines[index] ?? "").split(quote).length % 2 === 0) return index + 2;
  }
  return null;
}

/** Splits a Jekyll-style file into YAML front matter and Markdown body, keeping file line numbers. */
export function parseRecapSource(raw: string): ParsedRecapSource {
  const lines = raw.replace(/^\uFEFF/, "").split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const empty = (message: string): ParsedRecapSource => ({
    data: {},
    lineOf: () => 1,
    body: lines.join("\n"),
    bodyStartLine: 1,
    problems: [{ line: 1, severity: "error", message }],
  });

  if (!FENCE.test(lines[0] ?? "")) {
    return empty("the file does not start with front matter: put a line '---', the fields (title: ...), and another '---' before the text");
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return empty("the front matter is never closed: add a line '---' after the last field (title, video, tags...)");
  }

  const yamlText = lines.slice(1, closing).join("\n");
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // YAML line 1 is file line 2, under the opening '---'.
  const fileLine = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);

  // One message per line: a YAML slip often trips several parser rules at once.
  const reportedLines = new Set<number>();
  for (const error of document.errors) {
    // The parser finds a quote unclosed where the file ends; the organiser needs the line it opens on.
    const line = /closing .*quote/iu.test(error.message) ? (openingQuoteLine(yamlText, error.pos[0]) ?? fileLine(error.pos[0])) : fileLine(error.pos[0]);
    if (reportedLines.has(line)) continue;
    reportedLines.add(line);
    problems.push({
      line,
      severity: "error",
      message: `the front matter is not valid YAML (${firstSentence(error.message)}): check indentation, and wrap values containing ': ' or starting with a quote in double quotes`,
    });
  }

  const contents = document.contents;
  let data: Record<string, unknown> = {};
  if (document.errors.length === 0) {
    const value: unknown = document.toJS();
    if (isMap(contents) && isRecord(value)) {
      data = value;
    } else if (contents !== null) {
      problems.push({ line: 2, severity: "error", message: "the front matter must be a list of 'field: value' lines" });
    }
  }

  const lineOf = (path: YamlPath): number => {
    const node = document.getIn(path, true);
    if (isYamlNode(node) && node.range) return fileLine(node.range[0]);
    // A missing value: point at its parent key, else at the opening fence.
    if (path.length > 1) return lineOf(path.slice(0, -1));
    if (path.length === 1 && isMap(contents)) {
      const pair = contents.items.find((item) => isYamlNode(item.key) && String(item.key) === String(path[0]));
      if (pair && isYamlNode(pair.key) && pair.key.range) return fileLine(pair.key.range[0]);
    }
    return 1;
  };

  return { data, lineOf, body: lines.slice(closing + 1).join("\n"), bodyStartLine: closing + 2, problems };
}

function isYamlNode(value: unknown): value is YamlNode {
  return typeof value === "object" && value !== null && "range" in value;
}

function firstSentence(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

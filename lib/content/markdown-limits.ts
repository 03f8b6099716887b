/**
 * Markdown made to exhaust a parser: quotes or lists nested thousands deep overflow its stack, and a
 * wall of `*` and `_` makes it try every pairing (30 KB of "*a_" takes a minute). No recap needs
 * either, so such a block is refused at its line before it is parsed.
 */
const MAX_NESTING = 32;
// Lists nest by indentation too: 32 levels take about 100 columns.
const MAX_INDENT = 100;
const MAX_EMPHASIS_MARKS = 1500;

export function markdownTooComplex(body: string): { line: number; message: string } | null {
  const lines = body.split("\n");
  let blockStart = 0;
  let marks = 0;
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    // Inside a fenced code block nothing nests, however far it is indented.
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced) continue;
    const indent = [...(/^[ \t]*/u.exec(line)?.[0] ?? "")].reduce((columns, char) => columns + (char === "\t" ? 4 : 1), 0);
    if (indent > MAX_INDENT) {
      return { line: index + 1, message: `this line is indented ${indent} columns, which nests lists deeper than a recap can use: indent it less` };
    }
    const depth = (/^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+/u.exec(line)?.[0].match(/>|[-*+]|\d+[.)]/gu) ?? []).length;
    if (depth > MAX_NESTING) {
      return { line: index + 1, message: `quotes or lists are nested ${depth} deep here, more than the ${MAX_NESTING} a recap can use: remove the extra '>' or list markers` };
    }
    if (line.trim() === "") {
      blockStart = index + 1;
      marks = 0;
      continue;
    }
    marks += (line.match(/[*_]/gu) ?? []).length;
    if (marks > MAX_EMPHASIS_MARKS) {
      return { line: blockStart + 1, message: `this paragraph has more than ${MAX_EMPHASIS_MARKS} '*' and '_' marks, too many to read as Markdown: split it, or write the marks as \\* and \\_` };
    }
  }
  return null;
}

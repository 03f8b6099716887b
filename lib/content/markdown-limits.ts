/**
 * Markdown made to exhaust a parser: quotes or lists nested thousands deep overflow its stack, and a
 * wall of `*` and `_` makes it try every pairing (30 KB of "*a_" takes a minute). No recap needs
 * either, nor a paragraph longer than a long article, so such a block is refused at its line before
 * it is parsed. What is left is read in time that grows with the file, not faster.
 */
const MAX_NESTING = 32;
// Lists nest by indentation too: 32 levels take about 100 columns.
const MAX_INDENT = 100;
const MAX_EMPHASIS_MARKS = 1500;
const MAX_BLOCK_CHARACTERS = 12_000;

export function markdownTooComplex(body: string): { line: number; message: string } | null {
  const lines = body.split("\n");
  let blockStart = 0;
  let marks = 0;
  let characters = 0;
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
      characters = 0;
      continue;
    }
    marks += (line.match(/[*_]/gu) ?? []).length;
    if (marks > MAX_EMPHASIS_MARKS) {
      return { line: blockStart + 1, message: `this paragraph has more than ${MAX_EMPHASIS_MARKS} '*' and '_' marks, too many to read as Markdown: split it, or write the marks as \\* and \\_` };
    }
    characters += line.length;
    if (characters > MAX_BLOCK_CHARACTERS) {
      return { line: blockStart + 1, message: `this paragraph is longer than ${MAX_BLOCK_CHARACTERS.toLocaleString("en-GB")} characters, more than a recap's paragraph ever needs: split it with blank lines` };
    }
  }
  return null;
}

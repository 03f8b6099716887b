import { isUtf8 } from "node:buffer";
import { decodeWindows1252 } from "./mojibake";
import type { ContentProblem } from "./problems";

const UTF_8 = new TextDecoder("utf-8");
const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;

/** Where bytes stop being UTF-8: the first bad line, the encoding they most likely are, and the word there as meant and as it would show. */
export type NotUtf8 = { line: number; encoding: "Windows-1252" | "Latin-1 (ISO-8859-1)"; meant: string; shown: string };

export function findNotUtf8(bytes: Uint8Array): NotUtf8 | null {
  if (isUtf8(bytes)) return null;
  const lines = splitLines(bytes);
  const index = Math.max(0, lines.findIndex((line) => !isUtf8(line)));
  const line = lines[index] ?? bytes;
  // Bytes 0x80–0x9F are letters and quotes only in Windows-1252; in Latin-1 they are control characters.
  const encoding = line.some((byte) => byte >= 0x80 && byte <= 0x9f) ? "Windows-1252" : "Latin-1 (ISO-8859-1)";
  const word = wordAround(line, line.findIndex((byte) => byte >= 0x80));
  // The word without the quotes or brackets around it: 'Café', not '"Café'.
  const bare = (text: string) => text.replace(/^[\p{Ps}\p{Pi}"']+|[\p{Pe}\p{Pf}"'.,;:!?]+$/gu, "");
  return { line: index + 1, encoding, meant: bare(decodeWindows1252(word)), shown: bare(UTF_8.decode(word)) };
}

/**
 * A recap's bytes as text. A file saved in another encoding (an old editor's Windows-1252 or Latin-1)
 * is an error at its first bad line, naming the encoding and the word as it was meant, so "Café" never
 * reaches the page as "Caf�". The text is still returned, decoded in that encoding, so the same run
 * reports the file's other problems too.
 */
export function decodeRecap(bytes: Uint8Array): { text: string; problems: ContentProblem[] } {
  const found = findNotUtf8(bytes);
  if (!found) return { text: UTF_8.decode(bytes), problems: [] };
  return {
    text: decodeWindows1252(bytes),
    problems: [
      {
        line: found.line,
        severity: "error",
        message: `the file is not saved as UTF-8 (it looks like ${found.encoding}): '${found.meant}' would show as '${found.shown}'; save the file with the encoding UTF-8`,
      },
    ],
  };
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let at = 0; at <= bytes.length; at += 1) {
    if (at === bytes.length || bytes[at] === 0x0a) {
      lines.push(bytes.subarray(start, at));
      start = at + 1;
    }
  }
  return lines;
}

function wordAround(line: Uint8Array, at: number): Uint8Array {
  let from = Math.max(at, 0);
  let to = from;
  while (from > 0 && !isSpace(line[from - 1] ?? 0x20)) from -= 1;
  while (to < line.length && !isSpace(line[to] ?? 0x20)) to += 1;
  return line.subarray(from, to);
}

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: invisible in an
 * editor, never meant as text, and forbidden by the XML and iCalendar this site writes.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export type ControlCharacter = { /** 1-based, in characters. */ column: number; char: string };

export function findControlCharacters(text: string): ControlCharacter[] {
  return [...text.matchAll(CONTROL_CHARACTER)].map((match) => ({ column: [...text.slice(0, match.index)].length + 1, char: match[0] }));
}

/** Each one in `text` by line and column, as an editor shows them. */
export function controlCharacterLines(text: string): (ControlCharacter & { line: number })[] {
  return text.split(/\r?\n/).flatMap((line, index) => findControlCharacters(line).map((found) => ({ ...found, line: index + 1 })));
}

/** What to tell an organiser about one at `column`. */
export function controlCharacterMessage({ char, column }: ControlCharacter): string {
  return `the invisible control character ${codePointLabel(char)} is at column ${column}: delete it (it usually comes with text pasted from another program)`;
}

/** `text` without them: the content check reports them, this keeps any that slipped through out of a file the site writes. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTER, "");
}

export function hasControlCharacter(text: string): boolean {
  return findControlCharacters(text).length > 0;
}

/** How a message names a character: U+0001. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` for a message: each control character written as <U+0001>, so the terminal shows it. */
export function visibleText(text: string): string {
  return text.replace(CONTROL_CHARACTER, (char) => `<${codePointLabel(char)}>`);
}

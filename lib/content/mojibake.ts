/**
 * Text saved as UTF-8, then read back in a Windows or DOS code page ("I’ll" → "Iâ€™ll", "IΓ€™ll").
 * Each damaged run is a UTF-8 byte sequence spelled as code-page characters; turning the characters
 * back into bytes and decoding them as UTF-8 gives the intended text. A run is repaired only when
 * the bytes form one valid UTF-8 character, so ordinary accented text is left alone.
 */

// Windows-1252 spells bytes 0x80–0x9F with these characters (five bytes are unassigned).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
// DOS code page 437 spells bytes 0x80–0xFF with these.
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0";

const cp1252Byte = new Map<string, number>();
for (let byte = 0xa0; byte <= 0xff; byte++) cp1252Byte.set(String.fromCharCode(byte), byte);
[...CP1252_HIGH].forEach((char, index) => cp1252Byte.set(char, 0x80 + index));

const cp437Byte = new Map<string, number>();
[...CP437_HIGH].forEach((char, index) => cp437Byte.set(char, 0x80 + index));

const utf8 = new TextDecoder("utf-8", { fatal: true });

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

function leadByte(char: string): number | undefined {
  for (const table of [cp1252Byte, cp437Byte]) {
    const byte = table.get(char);
    if (byte !== undefined && continuationCount(byte) > 0) return byte;
  }
  return undefined;
}

function decodeRun(chars: readonly string[], start: number): { length: number; text: string } | null {
  const first = chars[start];
  const lead = first === undefined ? undefined : leadByte(first);
  if (lead === undefined) return null;
  const bytes = [lead];
  for (let offset = 1; offset <= continuationCount(lead); offset++) {
    const char = chars[start + offset];
    const byte = char === undefined ? undefined : cp1252Byte.get(char);
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return null;
    bytes.push(byte);
  }
  try {
    return { length: bytes.length, text: utf8.decode(Uint8Array.from(bytes)) };
  } catch {
    return null;
  }
}

export type MojibakeRepair = { damaged: string; repaired: string };

/** Repairs every damaged run in `text`; `repairs` lists each one for reports. */
export function repairMojibake(text: string): { text: string; repairs: MojibakeRepair[] } {
  const chars = [...text];
  const repairs: MojibakeRepair[] = [];
  let output = "";
  for (let index = 0; index < chars.length; ) {
    const run = decodeRun(chars, index);
    if (run) {
      repairs.push({ damaged: chars.slice(index, index + run.length).join(""), repaired: run.text });
      output += run.text;
      index += run.length;
    } else {
      output += chars[index] ?? "";
      index += 1;
    }
  }
  return { text: output, repairs };
}

/** Text saved in Windows-1252 rather than UTF-8 (Node's own decoder reads 0x80–0x9F as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? "") : String.fromCharCode(byte))).join("");
}

/** The damaged words of a line with their repairs, e.g. `IΓ€™ll` → `I’ll`, for messages. */
export function findMojibakeWords(line: string): MojibakeRepair[] {
  return line
    .split(/\s+/)
    .filter((word) => word !== "")
    .flatMap((word) => {
      const { text, repairs } = repairMojibake(word);
      return repairs.length > 0 ? [{ damaged: word, repaired: text }] : [];
    });
}

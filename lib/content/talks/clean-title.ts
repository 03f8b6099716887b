// How a title read from prose is tidied: quotes, the session's kind, lead-in articles, a trailing link.
import { CUT } from "./stamps";
import { isEnglishWord } from "./names";
import { withoutFinalStop } from "./title-ends";

export const OPEN_QUOTES = "“\"‘'«";
export const CLOSE_QUOTE: Record<string, string> = { "“": "”", '"': '"', "‘": "’", "'": "'", "«": "»" };

/**
 * A title without the quotes around it, or the one left of a pair the text cut: ""Platform as a
 * Product" Is Not a Slogan" keeps its inner quotation.
 */
export function unquoted(text: string): string {
  const open = text[0] ?? "";
  const close = CLOSE_QUOTE[open];
  // "'What's in a Name?'": an apostrophe inside a word closes no quotation.
  const isApostrophe = (at: number) => /\p{L}/u.test(text[at - 1] ?? "") && /\p{L}/u.test(text[at + 1] ?? "");
  let closeAt = close ? text.indexOf(close, 1) : -1;
  while (close && closeAt !== -1 && isApostrophe(closeAt)) closeAt = text.indexOf(close, closeAt + 1);
  if (close && text.length > 1 && closeAt === text.length - 1) return text.slice(1, -1).trim();
  if (close && closeAt === -1) return text.slice(1).trim();
  if (/^[”"’']/u.test(text.slice(-1)) && !/[“"‘']/u.test(text.slice(0, -1))) return text.slice(0, -1).trim();
  return text;
}

/** "Panel: Is Multi-Cloud a Myth?", "The panel: who owns the platform?": the kind of session is no part of its title. */
export function withoutSessionKind(title: string): string {
  const rest = title.replace(/^(?:(?:the|our|a)\s+)?(?:panel(?:\s+discussion)?|keynote|lightning(?:\s+talk)?|fireside(?:\s+chat)?)(?:\s*:|\s+[–—-])\s+(?=\S)/iu, "");
  // What followed the colon opens the title now, with a capital, unless it is a name written in lower case ("kubectl").
  const first = /^\p{Ll}+/u.exec(rest)?.[0] ?? "";
  return rest !== title && first !== "" && isEnglishWord(first) ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : rest;
}

export function cleanTitle(raw: string): string | null {
  // "… the Business (from 38:20, …)": a bracket left open where the time was cut out goes too.
  let title = raw.replace(/\s+/g, " ").trim().replace(new RegExp(String.raw`[\s,;:–—(${CUT}-]+$`, "u"), "");
  title = unquoted(withoutFinalStop(title).trim());
  // "the Long Road to Multi-Tenancy": a lower-case article is the lead-in, not the title; so is the kind of
  // session before a colon or a dash ("Panel: Is Multi-Cloud a Myth?", "Panel — Who Owns the Pager?").
  // "… Practice - watch", "… (But Should You?) - https://…": a dash and the recording's link end the title.
  title = title.replace(/\s+[-–—]\s+(?:https?:\/\/\S+|watch|video|recording|slides)\b.*$/iu, "");
  title = withoutSessionKind(title.replace(/^(?:the|a|an)\s+(?=\p{Lu})/u, ""));
  // "(1:38:02, [link](…))": a time is when the talk starts, never what it is called; and what opens on a
  // sentence's stop or a closing bracket is the tail of one, cut after a quotation.
  return title === "" || /^[.,;:!?)\]]/u.test(title) || /^https?:\/\/\S+$/iu.test(title) || /^\d{1,2}:\d{2}(?::\d{2})?$/u.test(title) ? null : title;
}

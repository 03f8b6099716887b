import { createHash } from "node:crypto";

/*
 * The inline scripts of a static HTML page, read the way a browser's HTML parser reads them, so
 * their hashes can go in the page's Content-Security-Policy instead of 'unsafe-inline'.
 *
 * A script's text is what lies between `<script …>` and its end tag, character for character:
 * inside a script the parser decodes no character references (`&amp;` stays five characters),
 * and only the input stream's own rules apply (CR LF and lone CR become LF, NUL becomes U+FFFD).
 * The end tag is found as the parser finds it, including `<!--` and `<script>` inside a script
 * (the "escaped" states of the HTML standard), and text inside comments, `<style>`, `<title>`,
 * `<textarea>` and `<noscript>` is never mistaken for a tag. A `<script>` inside `<svg>` or
 * `<math>` is refused: there its text is parsed as markup, which this reader does not do.
 * (A full HTML parser would do as well, but none is a dependency of the site, and this runs over
 * every page of the build.)
 */

export type InlineScriptReading = {
  /** The text of each inline script the browser would run (or check against the policy), in document order. */
  scripts: string[];
  /** `on…=` handler attributes: a policy can only allow them with 'unsafe-hashes', so the site must not have any. */
  handlers: string[];
};

// Their text is not markup: a `<script` inside them is not a tag.
const RAW_TEXT = new Set(["style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"]);
const FOREIGN = new Set(["svg", "math"]);
const TAG_END = /[\t\n\f\r />]/;
// The types a browser runs or checks against script-src; any other type is a data block (JSON-LD).
const JAVASCRIPT_TYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);
const NON_CLASSIC_TYPES = new Set(["module", "importmap", "speculationrules"]);

type Tag = { name: string; attributes: Map<string, string>; end: number; selfClosing: boolean };

export function readInlineScripts(html: string): InlineScriptReading {
  // The input stream's preprocessing, as the browser does it before anything else.
  const text = html.replace(/\r\n?/g, "\n");
  const scripts: string[] = [];
  const handlers: string[] = [];
  let foreignDepth = 0;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("<", at);
    if (open < 0) break;
    if (text.startsWith("<!--", open)) {
      at = commentEnd(text, open);
    } else if (text[open + 1] === "!" || text[open + 1] === "?") {
      at = skipTo(text, ">", open + 2);
    } else if (text[open + 1] === "/" && /[a-z]/i.test(text[open + 2] ?? "")) {
      const tag = readTag(text, open + 2);
      if (FOREIGN.has(tag.name) && foreignDepth > 0) foreignDepth -= 1;
      at = tag.end;
    } else if (/[a-z]/i.test(text[open + 1] ?? "")) {
      const tag = readTag(text, open + 1);
      for (const name of tag.attributes.keys()) if (/^on./.test(name)) handlers.push(`<${tag.name} ${name}>`);
      at = tag.end;
      if (FOREIGN.has(tag.name) && !tag.selfClosing) foreignDepth += 1;
      if (tag.name === "script") {
        if (foreignDepth > 0) throw new Error("a <script> inside <svg> or <math> is parsed as markup, and its hash cannot be worked out here");
        const close = scriptEnd(text, at);
        if (runsInline(tag.attributes)) scripts.push(text.slice(at, close).replace(/\0/g, "\uFFFD"));
        at = close < text.length ? readTag(text, close + 2).end : close;
      } else if (RAW_TEXT.has(tag.name) && foreignDepth === 0) {
        const close = endTagAt(text, tag.name, at);
        at = close < text.length ? readTag(text, close + 2).end : close;
      } else if (tag.name === "plaintext") {
        break;
      }
    } else {
      at = open + 1;
    }
  }
  return { scripts, handlers };
}

/** A script's source in a policy: `'sha256-…'`, over its text as UTF-8, in base64. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** Whether the browser takes the element's own text as a script: no `src`, and a type it runs. */
function runsInline(attributes: ReadonlyMap<string, string>): boolean {
  if (attributes.has("src")) return false;
  const type = attributes.get("type");
  const language = attributes.get("language");
  const essence = (type ?? (language ? `text/${language}` : "")).trim().toLowerCase();
  return essence === "" || JAVASCRIPT_TYPES.has(essence) || NON_CLASSIC_TYPES.has(essence);
}

/** Reads a start or end tag's name and attributes from just after `<` (or `</`); `end` is after its `>`. */
function readTag(text: string, from: number): Tag {
  let at = from;
  while (at < text.length && !TAG_END.test(text[at] ?? "")) at += 1;
  const name = text.slice(from, at).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  while (at < text.length) {
    const char = text[at] ?? "";
    if (char === ">") return { name, attributes, end: at + 1, selfClosing };
    if (/[\t\n\f\r ]/.test(char)) {
      at += 1;
      continue;
    }
    if (char === "/") {
      selfClosing = text[at + 1] === ">";
      at += 1;
      continue;
    }
    // An attribute name may begin with '=', and runs to whitespace, '/', '>' or '='.
    const nameStart = at;
    at += 1;
    while (at < text.length && !/[\t\n\f\r />=]/.test(text[at] ?? "")) at += 1;
    const attribute = text.slice(nameStart, at).toLowerCase();
    selfClosing = false;
    let value = "";
    let after = at;
    while (/[\t\n\f\r ]/.test(text[after] ?? "")) after += 1;
    if (text[after] === "=") {
      at = after + 1;
      while (/[\t\n\f\r ]/.test(text[at] ?? "")) at += 1;
      const quote = text[at];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, at + 1);
        const end = close < 0 ? text.length : close;
        value = text.slice(at + 1, end);
        at = end + 1;
      } else {
        const start = at;
        while (at < text.length && !/[\t\n\f\r >]/.test(text[at] ?? "")) at += 1;
        value = text.slice(start, at);
      }
    }
    // The first of a repeated attribute counts, as in the browser.
    if (!attributes.has(attribute)) attributes.set(attribute, decodeAttribute(value));
  }
  return { name, attributes, end: text.length, selfClosing };
}

/** Enough character references for an attribute's `type` or `language` to read as the browser reads it. */
function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));?/gi, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(Number.parseInt(decimal, 10));
    return named[name?.toLowerCase() ?? ""] ?? whole;
  });
}

/** After a comment that opens at `open` (`<!--`): `-->`, `--!>`, or the abrupt `<!-->` and `<!--->`. */
function commentEnd(text: string, open: number): number {
  if (text.startsWith("<!-->", open)) return open + 5;
  if (text.startsWith("<!--->", open)) return open + 6;
  const close = /--!?>/g;
  close.lastIndex = open + 4;
  const found = close.exec(text);
  return found ? found.index + found[0].length : text.length;
}

function skipTo(text: string, char: string, from: number): number {
  const found = text.indexOf(char, from);
  return found < 0 ? text.length : found + 1;
}

/** Where `</name` followed by a tag-ending character starts, from `from` on; the text's length if nowhere. */
function endTagAt(text: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "gi");
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/**
 * Where a script's text ends (the `<` of its end tag), as the HTML standard's script data states
 * find it: `<!--` makes a later `<script>` hide the next `</script>`, until `-->`.
 */
function scriptEnd(text: string, from: number): number {
  const plainEnd = endTagAt(text, "script", from);
  const escape = text.indexOf("<!--", from);
  if (escape < 0 || escape > plainEnd) return plainEnd;
  let state: "data" | "escaped" | "double" = "data";
  for (let at = from; at < text.length; at += 1) {
    if (state === "data") {
      if (text.startsWith("</", at) && isScriptTagAt(text, at + 2)) return at;
      if (text.startsWith("<!--", at)) {
        // "<!--" leaves the parser where more dashes and then '>' end the escape at once ("<!-->", "<!--->").
        let next = at + 4;
        while (text[next] === "-") next += 1;
        state = text[next] === ">" ? "data" : "escaped";
        at = next - 1;
      }
    } else if (text.startsWith("-->", at)) {
      state = "data";
      at += 2;
    } else if (text[at] === "<") {
      if (state === "escaped" && text[at + 1] === "/" && isScriptTagAt(text, at + 2)) return at;
      if (state === "escaped" && isScriptTagAt(text, at + 1)) state = "double";
      else if (state === "double" && text[at + 1] === "/" && isScriptTagAt(text, at + 2)) state = "escaped";
    }
  }
  return text.length;
}

function isScriptTagAt(text: string, at: number): boolean {
  return text.slice(at, at + 6).toLowerCase() === "script" && TAG_END.test(text[at + 6] ?? "");
}

import { transliterate } from "transliteration";

/** A letter without its accents, as Unicode decomposes it: "í" → "i", "①" → "1"; "Ł", "ø", "ı", "李" stay. */
const withoutAccents = (text: string) => text.normalize("NFKD").replace(/\p{Diacritic}/gu, "");
const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);
const asciiToSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * URL slug that folds case and accents ("Dimitris Fínas" and "dimitris finas" are one person) and
 * spells every other letter in ASCII: Łukasz → lukasz, Søren → soren, Yıldız → yildiz, 李小龙 →
 * li-xiao-long. A letter that only loses its accents is folded exactly as before, so those addresses
 * stay where they were; `transliteration` spells only what that folding cannot (it runs at build
 * time only: no client component imports this module).
 */
export function slugify(text: string): string {
  const folded = text.replace(/\P{M}\p{M}*/gu, (letter) => {
    const bare = withoutAccents(letter);
    return isAscii(bare) ? bare : letter;
  });
  return asciiToSlug(transliterate(folded));
}

/**
 * LEGACY, for redirects only: the slug as the site made it before it transliterated, when letters
 * without an ASCII form vanished (Łukasz Wróblewski → "ukasz-wroblewski", 李小龙 → ""). Its only use
 * is to find the old addresses of speaker, company and tag pages whose slug changed, so that they
 * redirect to the new ones (lib/content/library.ts). Never make a new address with it.
 */
export function legacySlugify(text: string): string {
  return asciiToSlug(withoutAccents(text));
}

/** LEGACY, for redirects only: a tag's old address, as tagSlug made it with legacySlugify. */
export function legacyTagSlug(tag: string): string {
  return legacySlugify(tag) || "untitled";
}

/** Letters and digits only: "Control Plane" and "ControlPlane" share it, so they can be flagged as one. */
export function compactKey(text: string): string {
  return slugify(text).replace(/-/g, "");
}

/** A tag's address, /tags/<slug>; a tag of only punctuation still gets one. */
export function tagSlug(tag: string): string {
  return slugify(tag) || "untitled";
}

/** The page of the tag with this slug. */
export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}

export type Aliases = Readonly<Record<string, readonly string[]>>;

/** The canonical spelling for `name` under the site config's aliases (canonical → variants). */
export function canonicalName(name: string, aliases: Aliases): string {
  const key = slugify(name);
  for (const [canonical, variants] of Object.entries(aliases)) {
    if (variants.some((variant) => slugify(variant) === key)) return canonical;
  }
  return name;
}

/** Long titles make long addresses; a talk's slug keeps whole words up to this length. */
const TALK_SLUG_LENGTH = 80;

/**
 * The readable part of a talk's address, /talks/<slug>: its speakers and title ("viktor-gamov-
 * supercharge-your-kubernetes-ingress"), or the meetup when the recap gives no title. Cut at a word,
 * so an address never ends mid-word. Uniqueness is the library's job (lib/content/library.ts).
 */
export function talkSlugBase(speakers: readonly string[], title: string | null, recapSlug: string): string {
  const slug = slugify([...speakers, title ?? recapSlug].join(" ")) || recapSlug;
  if (slug.length <= TALK_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, TALK_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-")).replace(/-+$/, "") || slug.slice(0, TALK_SLUG_LENGTH);
}

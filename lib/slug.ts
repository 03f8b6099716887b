/** URL slug that folds case and accents: "Dimitris Fínas" and "dimitris finas" are one person. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Letters and digits only: "Control Plane" and "ControlPlane" share it, so they can be flagged as one. */
export function compactKey(text: string): string {
  return slugify(text).replace(/-/g, "");
}

/** A tag's address, /tags/<slug>; a tag of only punctuation still gets one. */
export function tagSlug(tag: string): string {
  return slugify(tag) || "untitled";
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

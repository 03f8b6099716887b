import { existsSync, readFileSync } from "node:fs";
import { type Recap, recapSchema } from "./recap";

/**
 * The recaps Contentlayer generated, read from disk, for build tooling that runs outside the app
 * bundle (next.config.ts, the static export). Pages use lib/content.ts.
 */
const GENERATED_INDEX = ".contentlayer/generated/RecapDocument/_index.json";

export function readGeneratedRecaps(): Recap[] {
  if (!existsSync(GENERATED_INDEX)) return [];
  const documents: unknown = JSON.parse(readFileSync(GENERATED_INDEX, "utf8"));
  if (!Array.isArray(documents)) return [];
  return publishedRecaps(documents.map((document: unknown) => (typeof document === "object" && document !== null && "recap" in document ? document.recap : null)));
}

/** Validates generated recap data; drafts are left out. */
export function publishedRecaps(values: readonly unknown[]): Recap[] {
  return values.flatMap((value) => {
    const parsed = recapSchema.safeParse(value);
    if (!parsed.success) throw new Error("a generated recap is invalid: run npm run check:content to see what is wrong");
    return parsed.data.draft ? [] : [parsed.data];
  });
}

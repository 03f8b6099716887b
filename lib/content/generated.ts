import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isRecord } from "../guards";
import { type Recap, recapSchema } from "./model";

/** Turns one generated recap back into typed data; lib/content/read-recap.ts validated it at content build time. */
export function parseGeneratedRecap(value: unknown, source: string): Recap {
  const parsed = recapSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${source}: run npm run check:content to see what is wrong with this recap`);
  return parsed.data;
}

/**
 * The published recaps Contentlayer generated, read from disk, for build tooling that runs outside
 * the app bundle (next.config.ts, the static export). Pages use lib/content/index.ts.
 */
const GENERATED_INDEX = ".contentlayer/generated/RecapDocument/_index.json";

/** `projectDir`: the project whose build made them (a test reads a copy's). */
export function readGeneratedRecaps(projectDir = "."): Recap[] {
  const index = path.join(projectDir, GENERATED_INDEX);
  if (!existsSync(index)) return [];
  const documents: unknown = JSON.parse(readFileSync(index, "utf8"));
  if (!Array.isArray(documents)) return [];
  return documents
    .map((document: unknown) => parseGeneratedRecap(isRecord(document) ? document.recap : null, GENERATED_INDEX))
    .filter((recap) => !recap.draft);
}

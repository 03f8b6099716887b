import { readFileSync } from "node:fs";
import { listRecapFiles } from "../../lib/content/check";
import type { Talk } from "../../lib/content";
import { readRecap } from "../../lib/content/read-recap";

export type RecapTalks = { file: string; talks: Talk[] };

/** Every recap's talks under `dir`, read by the site's own content reader (errors or not). */
export function readTalksIn(dir: string, publicDir = "public"): RecapTalks[] {
  return listRecapFiles(dir)
    .sort()
    .map((file) => ({ file, talks: readRecap(file, readFileSync(file), { publicDir }).talks }));
}

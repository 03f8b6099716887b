/** `npm run chapters -- <slug>`: the YouTube chapters of a recap, to paste into the video's description. */
import { parseArgs } from "node:util";
import { youTubeChapters } from "../lib/render/chapters";
import { checkRecapDirectory } from "../lib/content/check";

const slug = parseArgs({ allowPositionals: true, options: {} }).positionals[0];
const { recaps } = checkRecapDirectory("content/recaps", "public");
const recap = recaps.find((candidate) => candidate.slug === slug);

if (!slug || !recap) {
  console.error(slug ? `No recap has the slug '${slug}'.` : "Which recap? npm run chapters -- <slug>");
  console.error(`Slugs: ${recaps.map((candidate) => candidate.slug).join(", ")}`);
  process.exit(2);
}
const chapters = youTubeChapters(recap.talks);
if (!chapters) {
  console.error(`${recap.sourceFile}: no talk has a start time, so there are no chapters; add "starting at MM:SS" to each talk.`);
  process.exit(1);
}
console.log(chapters);

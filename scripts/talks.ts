import { parseArgs } from "node:util";
import { formatTimestamp } from "../lib/timestamps";
import { readTalksIn } from "../tools/talks/read-talks";

// `npm run talks [-- DIR] [--doubtful]`: every talk the reader found, to check after an import.
const { values, positionals } = parseArgs({ options: { doubtful: { type: "boolean", default: false } }, allowPositionals: true });
const dir = positionals[0] ?? "content/recaps";
const recaps = readTalksIn(dir);
const rows = recaps.flatMap(({ file, talks }) =>
  talks
    .filter((talk) => !values.doubtful || talk.doubts.length > 0)
    .map((talk) => ({
      where: `${file}:${talk.line}`,
      speakers: talk.speakers.join(", ") || "—",
      company: talk.company ?? "—",
      title: talk.title ?? "—",
      start: talk.start === null ? "—" : formatTimestamp(talk.start),
      doubts: talk.doubts.join("; "),
    })),
);
for (const row of rows) {
  console.log(`${row.where}\n  ${row.speakers} (${row.company}) · ${row.title} · ${row.start}${row.doubts ? `\n  doubtful: ${row.doubts}` : ""}`);
}
const all = recaps.reduce((sum, recap) => sum + recap.talks.length, 0);
const doubtful = recaps.reduce((sum, recap) => sum + recap.talks.filter((talk) => talk.doubts.length > 0).length, 0);
console.log(`\n${recaps.length} recaps, ${all} talks, ${doubtful} doubtful${doubtful > 0 && !values.doubtful ? " (npm run talks -- --doubtful lists only those)" : ""}`);

import { findTalks } from "../../../lib/content/talks";

/** The recording the small recaps of the talk-reader tests are streamed to. */
export const VIDEO = "Kc4PzW8nVb2";

/** What the talk reader reads in a recap's body, field by field. */
export function readTalks(lines: readonly string[], videoId: string | null = VIDEO) {
  return findTalks(lines.join("\n"), { videoId }).talks.map(({ speakers, company, title, start, line }) => ({ speakers, company, title, start, line }));
}

/** The same, without the line each talk is on: what the talk-reader tests compare. */
export function readTalkFields(lines: readonly string[]) {
  return readTalks(lines).map(({ speakers, company, title, start }) => ({ speakers, company, title, start }));
}

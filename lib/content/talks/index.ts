/** The talk reader: talks from a recap's prose, or from its front matter's explicit `talks:` list. */
export { checkTalkOrder } from "./order";
export { talksFromFrontMatter } from "./front-matter";
export { findTalks } from "./prose";
export type { FoundTalk, TalkReading } from "./types";

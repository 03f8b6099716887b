import type { Talk } from "../model";
import type { ContentProblem } from "../problems";

/** A talk as the reader finds it: the model's Talk before the recap adds the slugs of its names. */
export type FoundTalk = Omit<Talk, "speakerSlugs" | "companySlug">;

/** A found talk before it gets its anchor, which depends on the recap's other talks and headings. */
export type TalkDraft = Omit<FoundTalk, "anchor">;

export type TalkReading = { talks: FoundTalk[]; problems: ContentProblem[] };

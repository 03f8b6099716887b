import type { Talk } from "../../lib/content/model";
import type { FileProblem } from "../../lib/content/problems";

/** What an import plan holds: files to write or copy, repairs made, problems left for a human. */

export const RECAPS_DIR = "content/recaps";
export const PUBLIC_DIR = "public";

export type ImportRepair = { file: string; line: number; message: string };

export type PlannedWrite =
  | { kind: "write"; target: string; content: string }
  | { kind: "copy"; target: string; from: string; image: boolean };

export type PlannedTalk = Pick<Talk, "speakers" | "company" | "title" | "start" | "videoId" | "doubts">;

export type PlannedPost = {
  /** The post inside the Jekyll site, e.g. `_posts/2019-03-06-hello.md`. */
  source: string;
  /** The recap file inside the project, e.g. `content/recaps/2019-03-06-hello.md`. */
  target: string;
  slug: string;
  url: string;
  title: string;
  date: string;
  draft: boolean;
  /** Where the old site published it. */
  oldUrl: string | null;
  redirectFrom: string[];
  videoId: string | null;
  /** Site paths of the photos the page shows. */
  photos: string[];
  talks: PlannedTalk[];
};

export type ImportPlan = {
  site: string;
  posts: PlannedPost[];
  writes: PlannedWrite[];
  repairs: ImportRepair[];
  problems: FileProblem[];
  /** Why nothing could be imported (no `_posts/`), else null. */
  fatal: string | null;
  /** Files that exist but could not be read: the import is incomplete. */
  unreadable: string[];
  /** Jekyll-only front-matter fields left out, with how many posts had each. */
  droppedFields: { field: string; posts: number }[];
};

export type PlanOptions = { projectDir: string };

export const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif|svg)$/i;
// Jekyll pages and templates: linking to them is not linking to a file to copy.
export const PAGE_EXTENSION = /\.(md|markdown|html?|liquid|xml|ya?ml|scss|sass|json)$/i;

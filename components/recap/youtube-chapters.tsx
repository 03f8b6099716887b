import { CopyButton } from "@/components/ui/copy-button";
import { YOUTUBE_MIN_CHAPTERS, youTubeChapters } from "@/lib/render/chapters";
import type { Talk } from "@/lib/content";

/** For organisers: the chapters to paste into the video's YouTube description. */
export function YouTubeChapters({ talks }: { talks: readonly Talk[] }) {
  const chapters = youTubeChapters(talks);
  if (!chapters) return null;
  const tooFew = chapters.split("\n").length < YOUTUBE_MIN_CHAPTERS;
  return (
    <details className="group mt-12 rounded-2xl border border-slate-200 p-5 dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">For organisers: YouTube chapters</summary>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Paste this into the video’s description on YouTube to split the recording into chapters.
        {tooFew ? " YouTube shows chapters only when there are at least three." : ""}
      </p>
      <pre className="mt-3 rounded-xl bg-slate-100 p-4 text-sm break-words whitespace-pre-wrap dark:bg-slate-900">
        <code>{chapters}</code>
      </pre>
      <CopyButton
        text={chapters}
        label="Copy the YouTube chapters"
        className="mt-3 rounded-full bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        Copy chapters
      </CopyButton>
    </details>
  );
}

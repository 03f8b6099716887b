import Link from "next/link";
import { TalkPeople } from "@/components/talks/talk-people";
import { formatDate, talkTitle } from "@/lib/render/format";
import { talkPlayback } from "@/lib/render/playback";
import type { TalkRowData } from "@/lib/talk-browser";
import { formatTimestamp } from "@/lib/timestamps";
import { PlayIcon } from "@/components/ui/play-icon";

type TalkRowProps = { talk: TalkRowData; showTakeaways?: boolean; headingLevel?: "h2" | "h3" };

/** A talk in a list: what, who, when, and a link to its page, cued at the talk. */
export function TalkRow({ talk, showTakeaways = false, headingLevel: Heading = "h2" }: TalkRowProps) {
  const playback = talkPlayback(talk, talk.recap.videoId);
  return (
    <article className="flex flex-col gap-3 py-5 sm:flex-row sm:items-start sm:gap-6">
      <div className="min-w-0 flex-1">
        <Heading className="text-base font-semibold leading-snug text-slate-950 sm:text-lg dark:text-white">
          <Link href={talk.path} className="hover:underline">
            {talkTitle(talk)}
          </Link>
        </Heading>
        <TalkPeople talk={talk} className="mt-1 text-sm" />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={talk.recap.date}>{formatDate(talk.recap.date, "short")}</time>
          <span aria-hidden="true"> · </span>
          <Link href={talk.recap.url} className="underline-offset-2 hover:underline">
            {talk.recap.title}
          </Link>
        </p>
        {showTakeaways && talk.takeaways && talk.takeaways.length > 0 ? (
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm leading-6 text-slate-700 marker:text-slate-400 dark:text-slate-300">
            {talk.takeaways.map((takeaway) => (
              <li key={takeaway}>{takeaway}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {playback ? (
        <Link
          href={talk.path}
          aria-label={talk.start === null ? `Play ${talkTitle(talk)}` : `Play ${talkTitle(talk)} from ${formatTimestamp(talk.start)}`}
          className="inline-flex shrink-0 items-center gap-1.5 self-start rounded-full bg-brand-600 px-3.5 py-1.5 text-sm font-semibold text-white tabular-nums shadow-sm hover:bg-brand-700"
        >
          <PlayIcon className="size-4 fill-current" />
          {talk.start === null ? "Play" : formatTimestamp(talk.start)}
        </Link>
      ) : null}
    </article>
  );
}

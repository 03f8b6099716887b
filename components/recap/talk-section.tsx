import Link from "next/link";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { SeekLink } from "@/components/recap/seek-link";
import { TalkFrame } from "@/components/recap/talk-frame";
import { TalkPeople } from "@/components/talks/talk-people";
import type { TalkEntry } from "@/lib/content";
import { talkName, talkTitle } from "@/lib/render/format";
import { talkPlayback } from "@/lib/render/playback";
import { formatTimestamp } from "@/lib/timestamps";
import { youTubeWatchUrl } from "@/lib/youtube";
import { PlayIcon } from "@/components/ui/play-icon";

type TalkSectionProps = { talk: TalkEntry; headingLevel: number; children: ReactNode };

/** A speaker section: who, from where, what, a control that plays it, a link to the talk's page, then the recap's words. */
export function TalkSection({ talk, headingLevel, children }: TalkSectionProps) {
  const Heading = headingLevel <= 3 ? "h3" : headingLevel === 4 ? "h4" : "h5";
  const playback = talkPlayback(talk, talk.recap.videoId);
  return (
    <TalkFrame
      anchor={talk.anchor}
      className="my-8 scroll-mt-24 rounded-2xl border border-slate-200 bg-slate-50/60 p-5 transition-shadow data-[current]:border-brand-400 data-[current]:shadow-[0_0_0_3px] data-[current]:shadow-brand-500/25 sm:p-6 dark:border-slate-800 dark:bg-slate-900/50 dark:data-[current]:border-brand-400"
    >
      <header className="not-prose flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <TalkPeople talk={talk} className="text-sm" />
          <Heading id={`${talk.anchor}-title`} className="mt-1 text-lg font-semibold leading-snug tracking-tight text-slate-950 dark:text-white">
            <Link href={talk.path} prefetch={false} className="underline-offset-4 hover:underline">
              {talkTitle(talk)}
            </Link>
          </Heading>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {playback ? (
            <SeekLink
              seconds={playback.seconds}
              videoId={playback.ownRecording ? playback.videoId : undefined}
              href={youTubeWatchUrl(playback.videoId, playback.seconds)}
              label={talk.start === null ? `Play the recording: ${talkName(talk)}` : `Play from ${formatTimestamp(talk.start)}: ${talkName(talk)}`}
              className="inline-flex items-center gap-1.5 rounded-full bg-brand-600 px-3.5 py-1.5 text-sm font-semibold text-white tabular-nums shadow-sm transition hover:bg-brand-700"
            >
              <PlayIcon className="size-4 fill-current" />
              {talk.start === null ? "Play" : formatTimestamp(talk.start)}
            </SeekLink>
          ) : null}
          <CopyButton
            path={talk.path}
            label={`Copy link to ${talkName(talk)}`}
            className="rounded-full px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 transition hover:bg-white dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800"
          >
            Copy link
          </CopyButton>
        </div>
      </header>
      <div className="mt-3 [&>:last-child]:mb-0">{children}</div>
    </TalkFrame>
  );
}

/** The takeaways an organiser listed for a talk in the front matter. */
export function Takeaways({ talk }: { talk: Pick<TalkEntry, "takeaways"> }) {
  if (talk.takeaways.length === 0) return null;
  return (
    <ul>
      {talk.takeaways.map((takeaway) => (
        <li key={takeaway}>{takeaway}</li>
      ))}
    </ul>
  );
}

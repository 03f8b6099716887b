import { SeekLink } from "@/components/recap/seek-link";
import type { Talk } from "@/lib/content";
import { formatSpeakers } from "@/lib/render/format";
import { talkPlayback } from "@/lib/render/playback";
import { formatTimestamp } from "@/lib/timestamps";
import { youTubeWatchUrl } from "@/lib/youtube";

/** The recording's table of contents beside the player: every timestamp one click away. */
export function PlayerTalks({ talks, recapVideoId }: { talks: readonly Talk[]; recapVideoId: string | null }) {
  if (!talks.some((talk) => talkPlayback(talk, recapVideoId))) return null;
  return (
    <nav aria-labelledby="talks-in-recording" className="mt-5">
      <h2 id="talks-in-recording" className="text-sm font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">
        Talks in this recording
      </h2>
      <ol className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
        {talks.map((talk) => {
          const playback = talkPlayback(talk, recapVideoId);
          const body = (
            <>
              <span className="w-16 shrink-0 font-semibold text-brand-700 tabular-nums dark:text-brand-300">
                {talk.start !== null ? formatTimestamp(talk.start) : playback ? "Play" : "—"}
              </span>
              <span className="min-w-0">
                <span className="block font-medium text-slate-900 dark:text-white">{talk.title ?? "Talk"}</span>
                <span className="block text-slate-600 dark:text-slate-400">
                  {formatSpeakers(talk.speakers)}
                  {talk.company ? ` · ${talk.company}` : ""}
                </span>
              </span>
            </>
          );
          const className = "flex gap-3 rounded-lg px-2 py-2.5 text-sm transition hover:bg-slate-100 dark:hover:bg-slate-800/70";
          return (
            <li key={talk.anchor}>
              {playback ? (
                <SeekLink
                  seconds={playback.seconds}
                  videoId={playback.ownRecording ? playback.videoId : undefined}
                  href={youTubeWatchUrl(playback.videoId, playback.seconds)}
                  className={className}
                >
                  {body}
                </SeekLink>
              ) : (
                <a href={`#${talk.anchor}`} className={className}>
                  {body}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

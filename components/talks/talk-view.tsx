import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { CoverPhoto } from "@/components/recap/cover-photo";
import { PhotoGallery } from "@/components/recap/photo-gallery";
import { PlayerProvider } from "@/components/recap/player-provider";
import { RecapBody } from "@/components/recap/recap-body";
import { Takeaways } from "@/components/recap/talk-section";
import { VideoPlayer } from "@/components/recap/video-player";
import { TalkPeople } from "@/components/talks/talk-people";
import { CopyButton } from "@/components/ui/copy-button";
import { JsonLd } from "@/components/ui/json-ld";
import type { RecapWithBody, TalkEntry } from "@/lib/content";
import { formatDate, formatSpeakers, talkTitle } from "@/lib/render/format";
import { talkVideoJsonLd } from "@/lib/render/json-ld";
import { playerTalks, talkPlayback } from "@/lib/render/playback";
import { shownCover } from "@/lib/render/recap-images";
import { formatTimestamp } from "@/lib/timestamps";

type TalkViewProps = { talk: TalkEntry; recap: RecapWithBody; evening: readonly TalkEntry[] };

/** A talk's own page: its recording cued at the talk, who gave it, the recap's words about it, and the evening around it. */
export function TalkView({ talk, recap, evening }: TalkViewProps) {
  const playback = talkPlayback(talk, recap.videoId);
  const index = evening.findIndex((other) => other.key === talk.key);
  const neighbours = [
    { label: "Previous talk", talk: evening[index - 1] },
    { label: "Next talk", talk: evening[index + 1] },
  ].filter((item): item is { label: string; talk: TalkEntry } => item.talk !== undefined);
  const title = talkTitle(talk);
  const cover = shownCover(recap);
  return (
    <PlayerProvider videoId={recap.videoId} talks={playerTalks(evening)} cue={playback && { videoId: playback.videoId, seconds: playback.seconds }}>
      <PhotoGallery photos={recap.photos}>
        <JsonLd data={talkVideoJsonLd(talk, recap)} />
        <article className="mx-auto max-w-4xl px-4 pt-8 sm:px-6 lg:pt-12">
          <Breadcrumb items={[{ label: "Talks", href: "/talks" }, { label: String(recap.year), href: `/talks?year=${recap.year}` }]} />
          <header className="mt-4">
            <TalkPeople talk={talk} />
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
            <p className="mt-3 text-slate-600 dark:text-slate-400">
              From{" "}
              <Link href={talk.recapPath} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                {recap.title}
              </Link>
              <span aria-hidden="true"> · </span>
              <time dateTime={recap.date}>{formatDate(recap.date)}</time>
              {talk.start !== null ? (
                <>
                  <span aria-hidden="true"> · </span>
                  starts at <span className="tabular-nums">{formatTimestamp(talk.start)}</span>
                </>
              ) : null}
            </p>
          </header>

          <div className="mt-6">
            {/* A talk the recap gives no moment for still has the evening's recording, from its start. */}
            {playback || recap.videoId ? (
              <VideoPlayer title={title} poster={cover?.photo ?? null} />
            ) : cover && !recap.hideCover ? (
              <CoverPhoto photo={cover.photo} sizes="(min-width: 896px) 848px, 100vw" />
            ) : null}
          </div>

          <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-a:text-brand-700 prose-img:rounded-xl dark:prose-a:text-brand-300">
            {recap.talksFrom === "body" ? <RecapBody recap={recap} talks={evening} onlyTalk={talk} /> : <Takeaways talk={talk} />}
          </div>

          <div className="mt-6">
            <CopyButton
              path={talk.path}
              label={`Copy link to ${title}`}
              className="rounded-full px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 transition hover:bg-slate-50 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800"
            >
              Copy link
            </CopyButton>
          </div>

          {neighbours.length > 0 ? (
            <nav aria-label="More talks from this evening" className="mt-10 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
              {neighbours.map(({ label, talk: other }) => (
                <Link
                  key={other.key}
                  href={other.path}
                  className={`rounded-2xl border border-slate-200 p-4 transition hover:border-brand-400 dark:border-slate-800 ${label === "Next talk" ? "sm:col-start-2 sm:text-right" : ""}`}
                >
                  <span className="block text-sm text-slate-600 dark:text-slate-400">{label}</span>
                  <span className="mt-1 block font-semibold text-slate-950 dark:text-white">{talkTitle(other)}</span>
                  {other.speakers.length > 0 ? <span className="block text-sm text-slate-600 dark:text-slate-400">{formatSpeakers(other.speakers)}</span> : null}
                </Link>
              ))}
            </nav>
          ) : null}
        </article>
      </PhotoGallery>
    </PlayerProvider>
  );
}

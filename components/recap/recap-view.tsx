import { Breadcrumb } from "@/components/layout/breadcrumb";
import { JsonLd } from "@/components/ui/json-ld";
import { CoverPhoto } from "@/components/recap/cover-photo";
import { PhotoGallery } from "@/components/recap/photo-gallery";
import { PlayerProvider } from "@/components/recap/player-provider";
import { RecapBody } from "@/components/recap/recap-body";
import { TagList } from "@/components/recap/tag-list";
import { PlayerTalks } from "@/components/recap/player-talks";
import { Takeaways, TalkSection } from "@/components/recap/talk-section";
import { VideoPlayer } from "@/components/recap/video-player";
import { YouTubeChapters } from "@/components/recap/youtube-chapters";
import type { RecapWithBody, TalkEntry } from "@/lib/content";
import { formatDate } from "@/lib/render/format";
import { recapVideoJsonLd, talkRecordingsJsonLd } from "@/lib/render/json-ld";
import { playerTalks } from "@/lib/render/playback";
import { shownCover } from "@/lib/render/recap-images";

/** `talks`: the recap's talks, each with its page. */
export function RecapView({ recap, talks }: { recap: RecapWithBody; talks: readonly TalkEntry[] }) {
  const cover = shownCover(recap);
  return (
    <PlayerProvider videoId={recap.videoId} talks={playerTalks(talks)}>
      <PhotoGallery photos={recap.photos}>
        <JsonLd data={recapVideoJsonLd(recap)} />
        {talkRecordingsJsonLd(recap).map((data, index) => (
          <JsonLd key={index} data={data} />
        ))}
        <article className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 lg:pt-12">
          <Breadcrumb items={[{ label: "Recaps", href: "/recaps" }, { label: String(recap.year), href: `/recaps#${recap.year}` }]} />
          <header className="mt-4 max-w-3xl">
            <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{recap.title}</h1>
            <p className="mt-3 text-slate-600 dark:text-slate-400">
              <time dateTime={recap.date}>{formatDate(recap.date)}</time>
              <span aria-hidden="true"> · </span>
              {recap.location}
            </p>
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <TagList tags={recap.tags} />
              {recap.slides ? (
                <a href={recap.slides} className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
                  Slides
                </a>
              ) : null}
            </div>
          </header>

          <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-12">
            <aside aria-label="Recording" className="lg:sticky lg:top-24 lg:col-start-2 lg:row-start-1 lg:max-h-[calc(100dvh-7rem)] lg:self-start lg:overflow-y-auto">
              <VideoPlayer title={recap.title} poster={cover?.as === "poster" ? cover.photo : null} />
              {cover?.as === "photo" ? (
                <CoverPhoto photo={cover.photo} sizes="(min-width: 1024px) 416px, 100vw" />
              ) : null}
              <PlayerTalks talks={talks} recapVideoId={recap.videoId} />
            </aside>
            <div className="prose prose-slate max-w-none min-w-0 lg:col-start-1 lg:row-start-1 dark:prose-invert prose-headings:scroll-mt-24 prose-headings:tracking-tight prose-a:text-brand-700 prose-img:rounded-xl dark:prose-a:text-brand-300">
              {recap.talksFrom === "front-matter" && talks.length > 0 ? (
                <section aria-labelledby="talks">
                  <h2 id="talks">Talks</h2>
                  {talks.map((talk) => (
                    <TalkSection key={talk.anchor} talk={talk} headingLevel={3}>
                      <Takeaways talk={talk} />
                    </TalkSection>
                  ))}
                </section>
              ) : null}
              <RecapBody recap={recap} talks={talks} />
              <div className="not-prose">
                <YouTubeChapters talks={talks} />
              </div>
            </div>
          </div>
        </article>
      </PhotoGallery>
    </PlayerProvider>
  );
}

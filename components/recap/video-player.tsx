"use client";

import Image from "next/image";
import { usePlayer } from "@/components/recap/player-provider";
import type { Photo } from "@/lib/content";
import { formatTimestamp } from "@/lib/timestamps";
import { youTubeEmbedUrl, YOUTUBE_EMBED_ORIGIN } from "@/lib/youtube";
import { PlayIcon } from "@/components/ui/play-icon";

/**
 * A facade: the recap's photo and a Play button. No request leaves the site until the viewer asks
 * for video; then the privacy-enhanced embed loads, starting where they asked.
 */
export function VideoPlayer({ title, poster }: { title: string; poster: Photo | null }) {
  const player = usePlayer();
  if (!player?.videoId) return null;
  const { videoId, loaded, embedStart, start, play, registerFrame, registerPlayer } = player;
  const cue = start !== null && start > 0 ? formatTimestamp(start) : null;

  return (
    <div ref={registerPlayer} className="relative aspect-video w-full overflow-hidden rounded-2xl bg-slate-900 shadow-lg ring-1 ring-slate-900/10 dark:ring-white/10">
      {loaded ? (
        <iframe
          key={videoId}
          ref={registerFrame}
          src={youTubeEmbedUrl(videoId, { start: embedStart, autoplay: true })}
          title={`Recording: ${title}`}
          allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          onLoad={(event) =>
            event.currentTarget.contentWindow?.postMessage(JSON.stringify({ event: "listening", id: 1, channel: "widget" }), YOUTUBE_EMBED_ORIGIN)
          }
          className="absolute inset-0 size-full border-0"
        />
      ) : (
        <button
          type="button"
          onClick={play}
          aria-label={cue ? `Play from ${cue}: ${title}` : `Play recording: ${title}`}
          className="group absolute inset-0 flex size-full items-center justify-center"
        >
          {poster ? (
            <Image src={poster.src} alt="" fill preload fetchPriority="high" sizes="(min-width: 1024px) 480px, (min-width: 768px) 720px, 100vw" className="object-cover" />
          ) : (
            <span className="absolute inset-0 bg-gradient-to-br from-brand-700 to-slate-900" />
          )}
          <span className="absolute inset-0 bg-gradient-to-t from-slate-950/70 via-slate-950/10 to-transparent" />
          <span className="relative flex size-20 items-center justify-center rounded-full bg-red-600 text-white shadow-xl transition group-hover:scale-105 group-hover:bg-red-500 group-focus-visible:ring-4 group-focus-visible:ring-white">
            <PlayIcon className="ml-1 size-9 fill-current" />
          </span>
          <span className="absolute bottom-3 left-4 rounded-full bg-slate-950/75 px-3 py-1 text-sm font-medium text-white">
            {cue ? `Play from ${cue}` : "Watch the recording"}
          </span>
        </button>
      )}
    </div>
  );
}

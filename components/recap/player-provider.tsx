"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { parseTimestamp, talkAt } from "@/lib/timestamps";
import { firstVideo } from "@/lib/render/playback";
import { YOUTUBE_EMBED_ORIGIN } from "@/lib/youtube";

export type PlayerTalk = { anchor: string; start: number | null; videoId: string | null };

type PlayerState = {
  /** The video in the player now: the recap's, or a talk's own recording once one is played. */
  videoId: string | null;
  /** True once the viewer asked for video: only then is the third-party iframe created. */
  loaded: boolean;
  /** Where the iframe was loaded to start; fixed afterwards, as later seeks go by postMessage. */
  embedStart: number | null;
  /** Where the player starts (or was last sent to); null plays from the beginning. */
  start: number | null;
  activeAnchor: string | null;
  /** Plays `seconds` into `videoId` (the recap's video when omitted), loading that video if it is another. */
  seekTo: (seconds: number, videoId?: string) => void;
  play: () => void;
  registerFrame: (frame: HTMLIFrameElement | null) => void;
  registerPlayer: (element: HTMLElement | null) => void;
};

const PlayerContext = createContext<PlayerState | null>(null);

export function usePlayer(): PlayerState | null {
  return useContext(PlayerContext);
}

/** YouTube's embed accepts these JSON commands by postMessage once loaded with enablejsapi=1. */
function sendCommand(frame: HTMLIFrameElement | null, func: string, args: unknown[] = []) {
  frame?.contentWindow?.postMessage(JSON.stringify({ event: "command", func, args, id: 1, channel: "widget" }), YOUTUBE_EMBED_ORIGIN);
}

function isInViewport(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

// The talks of the video in the player, each at its moment in it (a talk's own recording from its start).
function talksIn(talks: readonly PlayerTalk[], videoId: string | null): PlayerTalk[] {
  return talks.filter((talk) => talk.videoId === videoId).map((talk) => ({ ...talk, start: talk.start ?? 0 }));
}

const noSubscription = () => () => {};
const cueFromAddress = () => parseTimestamp(new URLSearchParams(window.location.search).get("t") ?? "");

type PlayerProviderProps = {
  videoId: string | null;
  talks: readonly PlayerTalk[];
  /** Where the player is cued before anything is asked (a talk's page: its talk), unless the address has `?t=`. */
  cue?: { videoId: string; seconds: number } | null;
  children: ReactNode;
};

/** `videoId` is the recap's own recording; the `?t=` of a shared link is a moment in it. */
export function PlayerProvider({ videoId: recapVideoId, talks, cue = null, children }: PlayerProviderProps) {
  const [embedStart, setEmbedStart] = useState<number | null | undefined>(undefined);
  const [chosenVideo, setChosenVideo] = useState<string | null>(null);
  const videoId = chosenVideo ?? cue?.videoId ?? firstVideo(recapVideoId, talks);
  const loaded = embedStart !== undefined;
  const [seekedTo, setSeekedTo] = useState<number | null>(null);
  // A shared `?t=` link cues the player there (it never loads the video by itself). The page is
  // static, so the server renders no cue and the browser reads it while hydrating.
  const linkedCue = useSyncExternalStore(noSubscription, cueFromAddress, () => null);
  const start = seekedTo ?? linkedCue ?? cue?.seconds ?? null;
  const frame = useRef<HTMLIFrameElement | null>(null);
  const player = useRef<HTMLElement | null>(null);

  const seekTo = useCallback(
    (seconds: number, target?: string) => {
      const next = target ?? recapVideoId ?? videoId;
      setSeekedTo(seconds);
      if (loaded && next === videoId) {
        sendCommand(frame.current, "seekTo", [seconds, true]);
        sendCommand(frame.current, "playVideo");
      } else {
        // Another talk's own recording: the player loads that video, starting there.
        setChosenVideo(next);
        setEmbedStart(seconds);
      }
      // `?t=` names a moment in the recap's video; a talk's own recording is shared by its section.
      const url = new URL(window.location.href);
      if (next === recapVideoId) url.searchParams.set("t", String(seconds));
      else url.searchParams.delete("t");
      url.hash = "";
      window.history.replaceState(window.history.state, "", url);
      if (player.current && !isInViewport(player.current)) {
        const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        player.current.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
      }
    },
    [loaded, recapVideoId, videoId],
  );

  const value = useMemo<PlayerState>(
    () => ({
      videoId,
      loaded,
      embedStart: embedStart ?? null,
      start,
      activeAnchor: start === null ? null : (talkAt(talksIn(talks, videoId), start)?.anchor ?? null),
      seekTo,
      play: () => setEmbedStart(start),
      registerFrame: (element) => {
        frame.current = element;
      },
      registerPlayer: (element) => {
        player.current = element;
      },
    }),
    [videoId, loaded, embedStart, start, talks, seekTo],
  );

  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>;
}

"use client";

import type { ReactNode } from "react";
import { usePlayer } from "@/components/recap/player-provider";

/** `videoId`: a talk's own recording; without it the moment is in the recap's video. */
type SeekLinkProps = { seconds: number; videoId?: string; href: string; label?: string; className?: string; children: ReactNode };

/**
 * A timestamp. A plain click plays that moment in the page's own player; it stays a real link, so
 * a new tab, a modified click or a visitor without JavaScript still reaches the recording.
 */
export function SeekLink({ seconds, videoId, href, label, className, children }: SeekLinkProps) {
  const player = usePlayer();
  return (
    <a
      href={href}
      aria-label={label}
      data-seek={seconds}
      className={className}
      onClick={(event) => {
        if (!player?.videoId || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        player.seekTo(seconds, videoId);
      }}
    >
      {children}
    </a>
  );
}

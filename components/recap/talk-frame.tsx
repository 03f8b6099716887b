"use client";

import type { ReactNode } from "react";
import { usePlayer } from "@/components/recap/player-provider";

/** A talk's section, highlighted while the player is at (or cued to) that talk. */
export function TalkFrame({ anchor, className, children }: { anchor: string; className?: string; children: ReactNode }) {
  const current = usePlayer()?.activeAnchor === anchor;
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} data-current={current ? "" : undefined} className={className}>
      {children}
    </section>
  );
}

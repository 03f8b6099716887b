"use client";

import { type ReactNode, useSyncExternalStore } from "react";

function everyMinute(onChange: () => void) {
  const timer = window.setInterval(onChange, 60_000);
  return () => window.clearInterval(timer);
}

/**
 * Static pages outlive the build that made them: this hides an announcement in the browser once
 * `until` has passed, even if the site was not rebuilt since.
 */
export function ShowUntil({ until, children }: { until: string; children: ReactNode }) {
  const over = useSyncExternalStore(everyMinute, () => Date.now() >= Date.parse(until), () => false);
  return over ? null : children;
}

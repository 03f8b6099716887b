/** The Chromium the bench drives: Debian's where it exists (no browser download needed), else Playwright's. */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : chromium.executablePath());
}

export type RunningChromium = { port: number; close: () => Promise<void> };

/** Chromium with a DevTools port, for Lighthouse and for Playwright (which connects to it over CDP). */
export async function launchChromium(): Promise<RunningChromium> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, startingUrl: "about:blank" });
  return { port: chrome.port, close: async () => chrome.kill() };
}

/**
 * Lighthouse's default mobile device (a Moto G Power: 412×823 CSS px at 1.75× DPR), so the page
 * weight is what the same phone downloads, images included at the size it asks for.
 */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36",
} as const;

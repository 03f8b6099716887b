/** Page weight from a real Chromium load on a phone-sized viewport: what a visitor downloads, by kind. */
import { type BrowserContext, chromium, type Request } from "@playwright/test";
import { launchChromium, MOBILE } from "./browser";

export const RESOURCE_KINDS = ["html", "js", "css", "image", "font", "data", "other"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type KindTotals = Record<ResourceKind, { requests: number; bytes: number }>;

export type Phase = {
  requests: number;
  /** Compressed bytes on the wire: response headers plus the encoded body. */
  bytes: number;
  /**
   * The response headers within `bytes`. Over local HTTP/1.1 every response repeats them in full;
   * HTTP/2 and HTTP/3 compress repeated headers, so in production most of this disappears.
   */
  headerBytes: number;
  byKind: KindTotals;
  thirdParty: string[];
};

export type PageWeight = {
  name: string;
  path: string;
  /** Everything up to the `load` event: what the first view costs. */
  initial: Phase;
  /** JS (encoded bytes) requested before `load`: the scripts that render and hydrate the page. */
  firstLoadJsBytes: number;
  /** After `load` until the network is idle: Next's link prefetches (RSC payloads, route chunks). */
  afterLoad: Phase;
  /** Pressing the first "Play…" button, or null where the page has none. */
  play: Phase | null;
  /** Layout shift before any interaction, from the browser's own layout-shift entries. */
  cls: number;
  /** The video's poster before Play: the width of the image the browser chose, and the device pixels it fills. */
  poster: { naturalWidth: number; neededWidth: number } | null;
};

/** The stand-in for YouTube's embed: nothing leaves the machine, and the request is still counted. */
const STUB_EMBED = "<!doctype html><title>stub</title><body style=background:#000>";
const SETTLE_MS = 1500;

function kindOf(request: Request): ResourceKind {
  switch (request.resourceType()) {
    case "document":
      return "html";
    case "script":
      return "js";
    case "stylesheet":
      return "css";
    case "image":
      return "image";
    case "font":
      return "font";
    case "fetch":
    case "xhr":
      return "data";
    default:
      return "other";
  }
}

function emptyPhase(): Phase {
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { requests: 0, bytes: 0 }])) as KindTotals;
  return { requests: 0, bytes: 0, headerBytes: 0, byKind, thirdParty: [] };
}

/** Records every request in the context into whichever phase is current when it is issued. */
function recordRequests(context: BrowserContext, origin: string) {
  const phases = { initial: emptyPhase(), afterLoad: emptyPhase(), play: emptyPhase() };
  let current: keyof typeof phases = "initial";
  const firstLoadJs = new Set<Request>();
  const pending: Promise<void>[] = [];
  const phaseOf = new Map<Request, keyof typeof phases>();

  context.on("request", (request) => {
    phaseOf.set(request, current);
    const phase = phases[current];
    phase.requests += 1;
    phase.byKind[kindOf(request)].requests += 1;
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) phase.thirdParty.push(request.url());
    if (current === "initial" && kindOf(request) === "js") firstLoadJs.add(request);
  });
  const addSize = (request: Request) =>
    pending.push(
      request
        .sizes()
        .then((sizes) => {
          const phase = phases[phaseOf.get(request) ?? "initial"];
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          phase.bytes += bytes;
          phase.headerBytes += sizes.responseHeadersSize;
          phase.byKind[kindOf(request)].bytes += bytes;
        })
        .catch(() => undefined), // a response that never completed has no size
    );
  context.on("requestfinished", addSize);

  return {
    phases,
    enter: (phase: keyof typeof phases) => (current = phase),
    /** Sizes arrive asynchronously; call before reading the totals. */
    settle: async () => {
      await Promise.all(pending);
      let js = 0;
      for (const request of firstLoadJs) js += await request.sizes().then((sizes) => sizes.responseBodySize).catch(() => 0);
      return js;
    },
  };
}

/** The four page types: home, the newest recap (first on the home page), /talks and the first speaker. */
export async function discoverPages(origin: string): Promise<{ name: string; path: string }[]> {
  const firstLink = async (page: string, pattern: RegExp) => {
    const html = await (await fetch(origin + page)).text();
    const match = pattern.exec(html);
    if (!match?.[1]) throw new Error(`no link matching ${pattern} on ${page}`);
    return match[1];
  };
  return [
    { name: "home", path: "/" },
    { name: "recap", path: await firstLink("/", /href="(\/recaps\/[^"#?]+)"/) },
    { name: "talks", path: "/talks" },
    { name: "speaker", path: await firstLink("/speakers", /href="(\/speakers\/[^"#?]+)"/) },
  ];
}

export async function measurePageWeight(origin: string, pages: { name: string; path: string }[]): Promise<PageWeight[]> {
  const chrome = await launchChromium();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const results: PageWeight[] = [];
    for (const { name, path } of pages) {
      // A fresh context per page: an empty cache, as on a first visit.
      const context = await browser.newContext({ ...MOBILE });
      await context.route(
        (url) => !url.href.startsWith(origin),
        (route) =>
          new URL(route.request().url()).hostname.endsWith("youtube-nocookie.com")
            ? route.fulfill({ status: 200, contentType: "text/html", body: STUB_EMBED })
            : route.abort("blockedbyclient"),
      );
      await context.addInitScript(() => {
        // Layout shifts not caused by input, summed as the CLS of a short page view.
        let cls = 0;
        Reflect.set(window, "__cls", cls);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const value = Reflect.get(entry, "value");
            if (Reflect.get(entry, "hadRecentInput") !== true && typeof value === "number") cls += value;
          }
          Reflect.set(window, "__cls", cls);
        }).observe({ type: "layout-shift", buffered: true });
      });
      const recorder = recordRequests(context, origin);
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: "load" });
      recorder.enter("afterLoad");
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(SETTLE_MS);
      const cls = await page.evaluate(() => {
        const value: unknown = Reflect.get(window, "__cls");
        return typeof value === "number" ? value : 0;
      });

      const poster = await page.evaluate(() => {
        const image = document.querySelector<HTMLImageElement>('button[aria-label^="Play"] img');
        if (!image) return null;
        // naturalWidth is in CSS pixels for a srcset candidate: the chosen candidate's "828w" is its real width.
        const chosen = image.srcset.split(/,\s+/u).map((candidate) => candidate.trim().split(/\s+/u)).find(([url]) => url !== undefined && new URL(url, document.baseURI).href === image.currentSrc);
        const width = Number.parseInt(chosen?.[1] ?? "", 10);
        return { naturalWidth: Number.isNaN(width) ? image.naturalWidth : width, neededWidth: Math.ceil(image.getBoundingClientRect().width * window.devicePixelRatio) };
      });
      const playButton = page.getByRole("button", { name: /^Play/ }).first();
      let played = false;
      if ((await playButton.count()) > 0) {
        recorder.enter("play");
        await playButton.click();
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(SETTLE_MS);
        played = true;
      }
      const firstLoadJsBytes = await recorder.settle();
      const { initial, afterLoad, play } = recorder.phases;
      results.push({ name, path, initial, firstLoadJsBytes, afterLoad, play: played ? play : null, cls, poster });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await chrome.close();
  }
}

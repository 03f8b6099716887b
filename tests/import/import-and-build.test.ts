/**
 * The whole promise of `npm run import:jekyll`: the fixture archive imported into a copy of this
 * project builds with no hand edits, and every post is served with its title, photos, video and
 * talks, at its new and its old addresses; and a viewer can play an imported talk in a browser.
 * A recap carrying hostile HTML is built beside them, and checked in the browser too.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { talkName } from "../../lib/render/format";
import { talkPlayback } from "../../lib/render/playback";
import { planJekyllImport } from "../../tools/jekyll-import/plan";
import type { PlannedPost } from "../../tools/jekyll-import/types";
import { copyProject, type RunningServer, startNextServer } from "../../tools/project-copy";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SITE = path.join(ROOT, "tests/fixtures/jekyll-site");
const VIRTUAL = path.join(ROOT, "tests/fixtures/jekyll-virtual");
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const UNSAFE = "tests/fixtures/unsafe/2022-10-05-unsafe-html.md";

const project = copyProject(ROOT);
let server: RunningServer | null = null;
let posts: PlannedPost[] = [];
let importOutput = "";
let buildOutput = "";

function decodeEntities(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

async function page(pathname: string): Promise<{ status: number; html: string; location: string | null }> {
  assert.ok(server, "the server is not running");
  const response = await fetch(server.origin + pathname, { redirect: "manual" });
  return { status: response.status, html: decodeEntities(await response.text()), location: response.headers.get("location") };
}

function launchChromium() {
  return chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

describe("importing the fixture archive into a copy of the project, then building and serving it", { timeout: 15 * 60_000 }, () => {
  before(async () => {
    rmSync(path.join(project, "content/recaps"), { recursive: true, force: true });
    mkdirSync(path.join(project, "content/recaps"), { recursive: true });
    posts = planJekyllImport(SITE, { projectDir: project }).posts;

    const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-jekyll.ts", SITE], { cwd: project, encoding: "utf8", env: ENV });
    importOutput = imported.stdout + imported.stderr;
    assert.equal(imported.status, 0, importOutput);
    // A second archive: a virtual meetup that embedded one player per talk, each kept with its talk.
    posts.push(...planJekyllImport(VIRTUAL, { projectDir: project }).posts);
    const virtual = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-jekyll.ts", VIRTUAL], { cwd: project, encoding: "utf8", env: ENV });
    assert.equal(virtual.status, 0, virtual.stdout + virtual.stderr);
    // Beside the archive, a recap written to attack the site (issue #5): it must build and never run script.
    copyFileSync(path.join(ROOT, UNSAFE), path.join(project, "content/recaps", path.basename(UNSAFE)));

    const built = spawnSync("npm", ["run", "build"], { cwd: project, encoding: "utf8", env: ENV, timeout: 12 * 60_000 });
    buildOutput = built.stdout + built.stderr;
    assert.equal(built.status, 0, buildOutput.slice(-4000));

    server = await startNextServer(project);
  });

  after(() => {
    server?.stop();
    rmSync(project, { recursive: true, force: true });
  });

  it("imports the posts with a report, and the build lists what it could not repair as warnings", () => {
    assert.match(importOutput, /^Imported 9 posts \(1 drafts\) and 8 images; 25 repairs; 5 problems need a human \(listed above\)\.$/m);
    assert.match(buildOutput, /11 recap file\(s\) checked: 11 OK, 0 error\(s\), 3 warning\(s\)\./);
    assert.match(buildOutput, /content\/recaps\/2019-10-02-cloud-native-london-october-2019\.md:\d+: warning: the image \/images\/2019-10-02-cloud-native-london-october-2019\.jpeg does not exist under public\//);
  });

  it("serves every published post at its new address with its title, and no draft", async () => {
    for (const post of posts) {
      const { status, html } = await page(post.url);
      if (post.draft) {
        assert.equal(status, 404, post.url);
        continue;
      }
      assert.equal(status, 200, post.url);
      assert.ok(html.includes(`<h1 class="`) && html.includes(`>${post.title}</h1>`), `${post.url}: no title '${post.title}'`);
    }
  });

  it("serves every photo the posts show, directly and through the image optimiser", async () => {
    for (const post of posts.filter((candidate) => !candidate.draft)) {
      const { html } = await page(post.url);
      for (const photo of post.photos) {
        const direct = await fetch(server?.origin + photo);
        assert.equal(direct.status, 200, photo);
        assert.match(direct.headers.get("content-type") ?? "", /^image\//, photo);
        const optimised = `/_next/image?url=${encodeURIComponent(photo)}`;
        assert.ok(html.includes(optimised), `${post.url} does not show ${photo}`);
        const resized = await fetch(`${server?.origin}${optimised}&w=640&q=75`);
        assert.equal(resized.status, 200, `${photo} through /_next/image`);
      }
    }
    assert.equal((await fetch(`${server?.origin}/slides/kubecon-na-2021-handout.pdf`)).status, 200);
  });

  it("finds every recap's talks: each speaker on the recap page, in the talk list and on /speakers", async () => {
    const speakers = await page("/speakers");
    for (const post of posts.filter((candidate) => !candidate.draft)) {
      const { html } = await page(post.url);
      const playable = post.talks.filter((talk) => talkPlayback(talk, post.videoId) !== null);
      assert.equal(html.includes('id="talks-in-recording"'), playable.length > 0, `${post.url}: talk list`);
      // The list beside the player, not the prose (which names every speaker anyway).
      const talkList = /<nav aria-labelledby="talks-in-recording"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
      for (const talk of post.talks) {
        for (const name of talk.speakers) {
          assert.ok(html.includes(name), `${post.url}: no speaker ${name}`);
          if (playable.includes(talk)) assert.ok(talkList.includes(name), `${post.url}: ${name} is not in the talk list`);
          assert.ok(speakers.html.includes(name), `/speakers: no ${name}`);
        }
      }
    }
  });

  it("renders the posts that are not recaps sensibly: one player, slides, no talks, the podcast as a link", async () => {
    const keynote = await page("/recaps/kubecon-na-2021-keynote");
    assert.equal(keynote.html.match(/aria-label="Play recording: /g)?.length, 1);
    assert.match(keynote.html, /href="https:\/\/speakerdeck\.com\/oicheryl\/what-the-cncf-end-user-community-taught-us"[^>]*>Slides</);
    assert.ok(!keynote.html.includes("{%"));

    const article = await page("/recaps/why-platform-teams-need-product-managers");
    assert.ok(!article.html.includes("aria-label=\"Play recording"));
    assert.ok(!article.html.includes("talks-in-recording"));
    assert.ok(article.html.includes('href="/recaps/cloud-native-london-march-2019"'));
    assert.ok(article.html.includes("golden-path-service"));

    const podcast = await page("/recaps/podcast-episode-12-observability");
    assert.match(podcast.html, /<a href="https:\/\/anchor\.fm\/cloudnativelondon\/embed\/episodes\/[^"]+">Open the player on anchor\.fm<\/a>/);

    const january = await page("/recaps/cloud-native-london-january-2023");
    assert.equal(january.html.match(/aria-label="Play recording: /g)?.length, 1);
    assert.ok(january.html.includes("Great first"), "the embedded tweet's text");
    assert.ok(!january.html.includes("platform.twitter.com/widgets.js"), "no third-party script");
  });

  it("covers the whole archive in the tag pages and the search index", async () => {
    for (const tag of ["podcast", "articles", "talks", "meetup", "2017"]) assert.equal((await page(`/tags/${tag}`)).status, 200, `/tags/${tag}`);
    const index = await page("/search-index.json");
    for (const post of posts.filter((candidate) => !candidate.draft)) assert.ok(index.html.includes(post.title), `search index: ${post.title}`);
  });

  it("redirects every old address to the new one", async () => {
    for (const post of posts.filter((candidate) => !candidate.draft)) {
      for (const old of new Set([post.oldUrl ?? "", ...post.redirectFrom].filter((url) => url !== ""))) {
        // Hop by hop: Next may first drop the trailing slash, then apply the site's redirect.
        let at = old;
        const hops: string[] = [];
        for (let hop = 0; hop < 4 && at !== post.url; hop++) {
          const { status, location } = await page(at);
          assert.ok([301, 302, 307, 308].includes(status), `${old}: ${at} answered ${status} after ${hops.join(" → ") || "no redirect"}`);
          at = new URL(location ?? "", server?.origin).pathname;
          hops.push(at);
        }
        assert.equal(at, post.url, `${old} → ${hops.join(" → ")}`);
        assert.equal((await page(at)).status, 200);
      }
    }
  });

  it("shows a recap's raw HTML as meant, in a browser, without running any of its script", async () => {
    assert.ok(server);
    const browser = await launchChromium();
    try {
      const browserPage = await browser.newPage();
      const thirdParty: string[] = [];
      await browserPage.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
        thirdParty.push(route.request().url());
        return route.abort();
      });
      const errors: string[] = [];
      browserPage.on("pageerror", (error) => errors.push(error.message));
      await browserPage.goto(`${server.origin}/recaps/unsafe-html`, { waitUntil: "networkidle" });
      const body = browserPage.locator(".prose").first();
      assert.equal(await body.locator("b").first().textContent(), "world");
      assert.equal(await body.getByRole("img", { name: "Group" }).evaluate((image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0), true);
      await body.getByText("styled").click();
      await body.getByText("click", { exact: true }).click();
      await browserPage.waitForLoadState("networkidle");
      assert.equal(await browserPage.evaluate(() => "__pwned" in window), false);
      assert.equal(await browserPage.locator("iframe").count(), 0);
      assert.deepEqual(thirdParty, []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it("plays an imported talk in place in a browser, and an old address lands on its recap", async () => {
    const recap = posts.find((post) => !post.draft && post.videoId !== null && post.talks.some((talk) => talk.start !== null));
    const talk = recap?.talks.find((candidate) => candidate.start !== null);
    assert.ok(recap && talk && talk.start !== null && server);
    const browser = await launchChromium();
    try {
      const browserPage = await browser.newPage();
      // A stand-in for YouTube's embed that remembers where it was asked to start; nothing leaves the machine.
      await browserPage.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
        route.request().url().startsWith("https://www.youtube-nocookie.com/embed/")
          ? route.fulfill({ contentType: "text/html", body: "<script>window.__start = new URL(location.href).searchParams.get('start')</script>" })
          : route.abort(),
      );
      await browserPage.goto(`${server.origin}${recap.oldUrl ?? recap.url}`);
      await browserPage.waitForURL(`${server.origin}${recap.url}`);
      await browserPage.locator(`a[data-seek="${talk.start}"]`).first().click();
      await browserPage.waitForURL(`${server.origin}${recap.url}?t=${talk.start}`);
      const frame = browserPage.frameLocator('iframe[title^="Recording:"]');
      await frame.locator("body").waitFor({ state: "attached" });
      const player = browserPage.frames().find((candidate) => candidate.url().startsWith("https://www.youtube-nocookie.com/embed/"));
      assert.equal(await player?.evaluate(() => String(Reflect.get(window, "__start"))), String(talk.start));
    } finally {
      await browser.close();
    }
  });

  it("plays a talk's own recording in place: the page's player loads that video", async () => {
    const recap = posts.find((post) => !post.draft && post.videoId === null && post.talks.filter((talk) => talk.videoId !== null).length > 1);
    const talk = recap?.talks[1];
    assert.ok(recap && talk?.videoId && server, "the fixture archive has a virtual meetup with a recording per talk");
    const browser = await launchChromium();
    try {
      const browserPage = await browser.newPage();
      // A stand-in for YouTube's embed; nothing leaves the machine.
      await browserPage.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
        route.request().url().startsWith("https://www.youtube-nocookie.com/embed/") ? route.fulfill({ contentType: "text/html", body: "<p>player</p>" }) : route.abort(),
      );
      await browserPage.goto(`${server.origin}${recap.url}`);
      // As a visitor waits for the page to respond: the search control announces its shortcuts once hydrated.
      await browserPage.locator("[aria-keyshortcuts]").first().waitFor();
      const play = browserPage.getByRole("link", { name: `Play the recording: ${talkName(talk)}` });
      await play.click();
      const frame = browserPage.locator('iframe[title^="Recording:"]');
      await frame.waitFor({ state: "attached" });
      assert.match((await frame.getAttribute("src")) ?? "", new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${talk.videoId}\\?`));
      assert.equal(new URL(browserPage.url()).pathname, recap.url, "the viewer stays on the recap");
    } finally {
      await browser.close();
    }
  });

  it("gives a speaker with a non-ASCII name a readable address, and keeps the address the site gave them before", async () => {
    assert.ok(posts.some((post) => post.talks.some((talk) => talk.speakers.includes("Łukasz Wróblewski"))));
    const speaker = await page("/speakers/lukasz-wroblewski");
    assert.equal(speaker.status, 200);
    assert.ok(speaker.html.includes("Łukasz Wróblewski"));
    const old = await page("/speakers/ukasz-wroblewski");
    assert.equal(old.status, 308);
    assert.equal(old.location, "/speakers/lukasz-wroblewski");
  });
});

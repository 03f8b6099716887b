/**
 * The whole promise of `npm run import:jekyll`: the fixture archive imported into a copy of this
 * project builds with no hand edits, and every post is served with its title, photos, video and
 * talks, at its new and its old addresses; and a viewer can play an imported talk in a browser.
 * A recap carrying hostile HTML is built beside them, and checked in the browser too.
 *
 * The same copy also imports the hostile archive (tests/fixtures/hostile-site, issue #12), in the
 * same build: each hostile post and file is reported at its line, the links are refused, nothing
 * outside the copy is written, no page is taken over, the feed parses, nothing from outside the
 * archive is served, and the unicode titles render on their pages and cards with nothing fetched.
 * Its symbolic links, its NUL byte and its 30 KB bodies are made here (tests/import/hostile-site.ts):
 * git and copies keep them badly.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { imageSize } from "image-size";
import { z } from "zod";
import { readGeneratedRecaps } from "../../lib/content/generated";
import { formatProblem } from "../../lib/content/problems";
import { planStaticRedirects, writeStaticPages } from "../../lib/publish/static-export";
import { talkName } from "../../lib/render/format";
import { talkPlayback } from "../../lib/render/playback";
import { siteConfig } from "../../lib/site-config";
import { planJekyllImport } from "../../tools/jekyll-import/plan";
import type { ImportPlan, PlannedPost } from "../../tools/jekyll-import/types";
import { copyProject, type RunningServer, startNextServer } from "../../tools/project-copy";
import { GENERATED_POSTS, materialiseHostileSite } from "./hostile-site";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SITE = path.join(ROOT, "tests/fixtures/jekyll-site");
const VIRTUAL = path.join(ROOT, "tests/fixtures/jekyll-virtual");
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const UNSAFE = "tests/fixtures/unsafe/2022-10-05-unsafe-html.md";

const project = copyProject(ROOT);
// Beside the copy, as a canary: the hostile archive and what its links point at. None of it may change.
const workspace = mkdtempSync(path.join(path.dirname(project), "cnl-hostile-"));
const hostile = materialiseHostileSite(workspace);
// Where '/../../x' would land from the folders an import, a build or an export writes into.
const CLIMBED = [project, path.join(project, "out"), path.join(project, "public"), path.join(project, "content/recaps")].map((dir) => path.resolve(dir, "../../x"));
// Every Node process of the build refuses the network and logs what it asked for (tests/import/refuse-network.mjs).
const FETCH_LOG = path.join(project, "fetches.log");
const OFFLINE = `${process.env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(path.join(ROOT, "tests/import/refuse-network.mjs")).href}`.trim();
const UNICODE_SLUGS = ["launch-night", "lodz-and-gdansk", "istanbul", "oblachnyi-london", "nefos", "cjk"];

let server: RunningServer | null = null;
let posts: PlannedPost[] = [];
let hostilePlan: ImportPlan | null = null;
let importOutput = "";
let hostileOutput = "";
let buildOutput = "";
let canary: string[] = [];
let climbedBefore: string[] = [];

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

/** Every entry under `dir` (links not followed) with its content's hash and time: a write anywhere changes it. */
function snapshot(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    const stats = lstatSync(file);
    const kind = stats.isSymbolicLink() ? `link to ${readlinkSync(file)}` : stats.isFile() ? `file ${createHash("sha256").update(readFileSync(file)).digest("hex")}` : "folder";
    return `${path.relative(dir, file)}: ${kind}, ${stats.mtimeMs}`;
  });
  return [`.: ${lstatSync(dir).mtimeMs}`, ...entries].sort();
}

/** The canary: the hostile archive's workspace beside the copy, and the file its image link points at. */
function outsideState(): string[] {
  return [...snapshot(workspace), `${hostile.linkedFile}: ${createHash("sha256").update(readFileSync(hostile.linkedFile)).digest("hex")}, ${lstatSync(hostile.linkedFile).mtimeMs}`];
}

/** The files under `dir`, links included, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const rssTitles = z.object({ rss: z.object({ channel: z.object({ item: z.array(z.object({ title: z.string() })) }) }) });

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
    // The hostile archive, into the same copy and the same build: its problems are reported, not fatal.
    canary = outsideState();
    climbedBefore = CLIMBED.filter((file) => existsSync(file));
    hostilePlan = planJekyllImport(hostile.site, { projectDir: project });
    const attacked = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-jekyll.ts", hostile.site], { cwd: project, encoding: "utf8", env: ENV, timeout: 2 * 60_000 });
    hostileOutput = attacked.stdout + attacked.stderr;
    assert.equal(attacked.status, 0, hostileOutput);
    // Beside the archive, a recap written to attack the site (issue #5): it must build and never run script.
    copyFileSync(path.join(ROOT, UNSAFE), path.join(project, "content/recaps", path.basename(UNSAFE)));

    const built = spawnSync("npm", ["run", "build"], { cwd: project, encoding: "utf8", env: { ...ENV, NODE_OPTIONS: OFFLINE, FETCH_LOG }, timeout: 12 * 60_000 });
    buildOutput = built.stdout + built.stderr;
    assert.equal(built.status, 0, buildOutput.slice(-4000));

    server = await startNextServer(project);
  });

  after(() => {
    server?.stop();
    rmSync(project, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  });

  it("imports the posts with a report, and the build lists what it could not repair as warnings", () => {
    assert.match(importOutput, /^Imported 9 posts \(1 drafts\) and 8 images; 25 repairs; 5 problems need a human \(listed above\)\.$/m);
    // With the hostile archive's 16 accepted posts, and the 4 photos of theirs the import refused to copy.
    assert.match(buildOutput, /27 recap file\(s\) checked: 27 OK, 0 error\(s\), 7 warning\(s\)\./);
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
  it("reports every hostile post and file at its line with the reason, refusing the links rather than following them", () => {
    assert.ok(hostilePlan);
    const expected: [string, RegExp][] = [
      ["_posts/2024-01-10-takes-over-home.md:3", /left out: the old address '\/' is the page \//],
      ["_posts/2024-01-17-takes-over-addresses.md:5", /left out: the old address '\/recaps' is the page \/recaps/],
      ["_posts/2024-01-17-takes-over-addresses.md:6", /left out: the old address '\/feed\.xml' is the site's own \/feed\.xml/],
      ["_posts/2024-01-17-takes-over-addresses.md:7", /left out: the old address '\/recaps\/lodz-and-gdansk' is the page/],
      ["_posts/2024-01-24-permalink-over-the-feed.md:3", /left out: the old address '\/feed\.xml' is the site's own/],
      ["_posts/2024-01-31-photos-that-are-links.md:3", /the image \/images\/hosts\.jpeg is a link to .*, outside public\//],
      ["_posts/2024-01-31-photos-that-are-links.md:8", /the image \/images\/linked\/room\.jpeg is a link to .*, outside public\//],
      ["_posts/2024-02-07-climbing-out.md:4", /left out: the redirect_from address '\/\.\.\/\.\.\/x' contains '\.\.'/],
      ["_posts/2024-02-07-climbing-out.md:5", /left out: the redirect_from address '\/%2e%2e\/%2e%2e\/x' contains '\.\.'/],
      ["_posts/2024-04-03-control-in-title.md:2", /not imported: the invisible control character U\+0001 is at column 24/],
      ["_posts/2024-04-10-latin-1.md:2", /not saved as UTF-8, from this line on: .* 'Café' reads as meant/],
      ["_posts/2024-04-17-slides-that-run-script.md:3", /'slides: javascript:alert\(document\.domain\)' is not a full URL, so it was left out/],
      ["_posts/2024-04-24-style-block.md:7", /removed a <style> block/],
      ["_posts/2024-05-01-frames-that-run-script.md:7", /removed a frame whose source 'javascript:alert\(document\.domain\)' is not a web address/],
      ["_posts/2024-05-01-frames-that-run-script.md:9", /removed a frame whose source 'javascript:alert\(1\)' is not a web address/],
      [`${GENERATED_POSTS.linkedPost}:1`, /not imported: this is a symbolic link, which the import never follows/],
      [`${GENERATED_POSTS.nulInBody}:7`, /not imported: the invisible control character U\+0000 is at column 7/],
      [`${GENERATED_POSTS.emphasisMarks}:7`, /not imported: this paragraph has more than 1500 '\*' and '_' marks/],
      [`${GENERATED_POSTS.nestedQuotes}:7`, /not imported: quotes or lists are nested 10000 deep here/],
      ["images/handler.svg:3", /not copied: this SVG contains 'onload='/],
      ["images/hosts.jpeg:1", new RegExp(`not copied: this is a link to ${hostile.linkedFile}, outside the Jekyll site`)],
      ["images/linked/room.jpeg:1", /not copied: this is a link to .*outside\/photos\/room\.jpeg, outside the Jekyll site/],
      ["images/scripted.svg:3", /not copied: this SVG contains '<script'/],
    ];
    const reported = hostileOutput.split("\n").filter((line) => /^(?:_posts|images)\//.test(line));
    assert.deepEqual(
      reported.map((line) => /^[^:]+:\d+/.exec(line)?.[0]).sort(),
      expected.map(([at]) => at).sort(),
      hostileOutput,
    );
    for (const [at, reason] of expected) assert.ok(reported.some((line) => line.startsWith(`${at}: `) && reason.test(line)), `${at}: ${reason}`);
    for (const problem of hostilePlan.problems) assert.ok(hostileOutput.includes(formatProblem(problem)), formatProblem(problem));
    assert.match(hostileOutput, /^Imported 16 posts \(0 drafts\) and 1 images; 2 repairs; 21 problems need a human \(listed above\)\.$/m);

    // What was refused is not in the copy: no post that was a link or broken, no file through a link.
    const recaps = readdirSync(path.join(project, "content/recaps"));
    for (const slug of ["linked-post", "control-in-title", "nul-in-body", "emphasis-marks", "nested-quotes"]) assert.ok(!recaps.some((file) => file.endsWith(`-${slug}.md`)), slug);
    const images = filesUnder(path.join(project, "public/images"));
    for (const refused of ["hosts.jpeg", "linked", path.join("linked", "room.jpeg"), "scripted.svg", "handler.svg"]) assert.ok(!images.includes(refused), refused);
    assert.ok(images.includes("plain.svg"));
  });

  it("builds the hostile posts the import accepted, warning only about the photos it refused to copy", () => {
    for (const slug of ["photos-that-are-links", "drawings-that-run-script"]) {
      assert.match(buildOutput, new RegExp(`content/recaps/\\d{4}-\\d{2}-\\d{2}-${slug}\\.md:\\d+: warning: the image .* does not exist under public/`));
    }
    assert.ok(!/content\/recaps\/[^:]*(takes-over|permalink-over|climbing-out)[^:]*:\d+: /.test(buildOutput), "no redirect of theirs is left for the build to refuse");
  });

  it("answers /, /recaps, /feed.xml and another recap's address as the site's own, never with a hostile recap's redirect", async () => {
    for (const pathname of ["/", "/recaps", "/feed.xml", "/recaps/lodz-and-gdansk", "/recaps/takes-over-home"]) {
      const { status, location } = await page(pathname);
      assert.equal(status, 200, `${pathname} answered ${status}${location ? ` → ${location}` : ""}`);
    }
    // With the trailing slash, only the site's own slash-stripping redirect answers.
    for (const pathname of ["/recaps/", "/feed.xml/"]) assert.equal((await page(pathname)).location, pathname.slice(0, -1));
    // The harmless old address beside the hostile ones still redirects to its recap.
    const kept = await page("/old-address/");
    assert.equal(kept.status, 308);
    assert.equal(kept.location, "/recaps/takes-over-addresses");
    // '/../../x' reaches no recap: its address is not redirected at all.
    assert.equal((await page("/x")).status, 404);
  });

  it("serves a feed that parses, with every unicode title and no control character", async () => {
    const response = await fetch(`${server?.origin}/feed.xml`);
    assert.match(response.headers.get("content-type") ?? "", /xml/);
    const xml = await response.text();
    assert.equal(XMLValidator.validate(xml), true, "the feed is well-formed XML");
    assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml), "no control character");
    const titles = rssTitles.parse(new XMLParser({ isArray: (name) => name === "item" }).parse(xml)).rss.channel.item.map((item) => item.title);
    for (const slug of UNICODE_SLUGS) {
      const title = hostilePlan?.posts.find((post) => post.slug === slug)?.title ?? slug;
      assert.ok(titles.includes(title), `the feed has no '${title}'`);
    }
  });

  it("exports the imported recaps' old addresses as pages inside out/ only, over none of the site's own", () => {
    const recaps = readGeneratedRecaps(project);
    assert.ok(recaps.some((recap) => recap.slug === "takes-over-addresses"), "the hostile recaps are in the build");
    const { pages, refused } = planStaticRedirects(recaps, siteConfig.shortLinks);
    assert.deepEqual(refused, []);
    // The files `next build` exports before the redirects: a redirect page must never replace one.
    const out = path.join(project, "out");
    const own = ["index.html", "recaps/index.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml", ...recaps.map((recap) => `recaps/${recap.slug}/index.html`)];
    for (const file of own) {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      writeFileSync(path.join(out, file), `the site's own ${file}`);
    }
    const report = writeStaticPages(out, pages);
    assert.deepEqual([report.refused, report.skipped], [[], []]);
    for (const file of own) assert.equal(readFileSync(path.join(out, file), "utf8"), `the site's own ${file}`, file);
    for (const written of report.written) assert.ok(path.resolve(written).startsWith(out + path.sep), written);
    assert.ok(report.written.includes(path.join(out, "old-address/index.html")), "the harmless old address is exported");
  });

  it("serves nothing from outside the archive under /images, and an SVG only with a policy that runs no script", async () => {
    const secret = readFileSync(hostile.linkedFile, "utf8").trim();
    const outsidePhoto = readFileSync(hostile.linkedPhoto);
    for (const pathname of ["/images/hosts.jpeg", "/images/linked/room.jpeg", "/images/scripted.svg", "/images/handler.svg", "/_next/image?url=%2Fimages%2Fhosts.jpeg&w=640&q=75"]) {
      const response = await fetch(`${server?.origin}${pathname}`);
      const body = await response.text();
      assert.notEqual(response.status, 200, pathname);
      assert.ok(secret === "" || !body.includes(secret), `${pathname} shows ${hostile.linkedFile}`);
    }
    // Nor any file of the copy's public/: no link at all, nothing with the linked file's text or the outside photo's bytes.
    const publicDir = path.join(project, "public");
    for (const file of filesUnder(publicDir)) {
      const at = path.join(publicDir, file);
      assert.ok(!lstatSync(at).isSymbolicLink(), `public/${file} is a link`);
      const bytes = readFileSync(at);
      assert.ok(!bytes.equals(outsidePhoto) && (secret === "" || !bytes.toString("utf8").includes(secret)), `public/${file} holds a file from outside the archive`);
    }
    const svg = await fetch(`${server?.origin}/images/plain.svg`);
    assert.equal(svg.status, 200);
    assert.match(svg.headers.get("content-security-policy") ?? "", /(?:^|;)\s*script-src 'none'\s*(?:;|$)/);
  });

  it("renders each unicode title on its page and on its social card, and the build fetched nothing", async () => {
    for (const slug of UNICODE_SLUGS) {
      const post = hostilePlan?.posts.find((candidate) => candidate.slug === slug);
      assert.ok(post, `${slug} was imported`);
      const { status, html } = await page(post.url);
      assert.equal(status, 200, post.url);
      assert.ok(html.includes(`>${post.title}</h1>`), `${post.url}: no title '${post.title}'`);
      const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      assert.ok(card, `${post.url}: no social card`);
      const image = await fetch(`${server?.origin}${new URL(card, server?.origin).pathname}`);
      assert.equal(image.status, 200, card);
      assert.equal(image.headers.get("content-type"), "image/png");
      const { width, height } = imageSize(new Uint8Array(await image.arrayBuffer()));
      assert.deepEqual([width, height], [1200, 630], card);
    }
    // Written by tests/import/refuse-network.mjs in every process of the build: a glyph no font had would be here.
    assert.equal(existsSync(FETCH_LOG) ? readFileSync(FETCH_LOG, "utf8") : "", "");
  });

  it("writes nothing outside the project copy: the archive, what its links point at, and '../../x' are untouched", () => {
    assert.deepEqual(outsideState(), canary);
    assert.deepEqual(CLIMBED.filter((file) => existsSync(file)), climbedBefore);
  });
});

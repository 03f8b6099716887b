import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { toHtml } from "hast-util-to-html";
import { checkRecapDirectory } from "../../../lib/content/check";
import { markdownToHast } from "../../../lib/render/markdown";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { photoPatterns } from "../../../lib/publish/image-patterns";
import { oneHopRedirects, siteRedirects, toRouteSource } from "../../../lib/publish/redirects";
import { headersFile, isExportedBuild, markExportedBuild, nameExportedPreviews, planStaticRedirects, redirectPage, staticFileFor, staticRedirectPages, writeStaticPages } from "../../../lib/publish/static-export";
import { sitemapPages } from "../../../lib/publish/sitemap";
import { buildLibrary } from "../../../lib/content/library";

const { recaps } = checkRecapDirectory("content/recaps", "public");

describe("redirects", () => {
  it("turns redirect_from paths into literal route sources", () => {
    assert.equal(toRouteSource("old/path/"), "/old/path");
    assert.equal(toRouteSource("/2019/03/06/a:b(c).html"), "/2019/03/06/a\\:b\\(c\\).html");
  });

  it("lists legacy permalinks, every redirect_from, and short links as temporary", () => {
    const [first] = recaps;
    assert.ok(first);
    const redirects = siteRedirects([{ ...first, redirectFrom: ["/meetups/july/"] }], { "/rsvp": "https://example.com/e" });
    assert.deepEqual(redirects[0], { source: "/meetups/july", destination: first.url, permanent: true });
    assert.match(redirects[1]?.source ?? "", /^\/:year/);
    assert.deepEqual(redirects.at(-1), { source: "/rsvp", destination: "https://example.com/e", permanent: false });
  });

  it("answers an old address with or without its trailing slash in one hop, then any other trailing slash", () => {
    const redirects = oneHopRedirects([{ source: "/meetups/july", destination: "/recaps/july", permanent: true }]);
    assert.deepEqual(redirects, [
      { source: "/meetups/july", destination: "/recaps/july", permanent: true },
      { source: "/meetups/july/", destination: "/recaps/july", permanent: true },
      { source: "/:path+/", destination: "/:path+", permanent: true },
    ]);
  });

  it("redirects the old address of a speaker page whose slug changed, under next start and in the static export", () => {
    const [first] = recaps;
    assert.ok(first);
    const [talk] = first.talks;
    assert.ok(talk);
    const renamed = { ...first, talks: [{ ...talk, speakers: ["Łukasz Wróblewski"], speakerSlugs: ["lukasz-wroblewski"] }] };
    assert.deepEqual(
      siteRedirects([renamed], {}).filter((redirect) => redirect.source.startsWith("/speakers/")),
      [{ source: "/speakers/ukasz-wroblewski", destination: "/speakers/lukasz-wroblewski", permanent: true }],
    );
    const page = staticRedirectPages([renamed], {}).find((redirect) => redirect.file === "speakers/ukasz-wroblewski/index.html");
    assert.match(page?.html ?? "", /<meta http-equiv="refresh" content="0; url=\/speakers\/lukasz-wroblewski\/">/);
  });

  it("writes a static redirect page for each old address, with canonical and refresh", () => {
    assert.equal(staticFileFor("/2022/07/06/x/"), "2022/07/06/x/index.html");
    assert.equal(staticFileFor("/old/page.html"), "old/page.html");
    const files = staticRedirectPages(recaps, { "/rsvp": "https://example.com/e" }).map((page) => page.file);
    assert.deepEqual(files, [
      "2022/07/06/cloud-native-london-july-2022/index.html",
      "2022/07/06/cloud-native-london-july-2022.html",
      "2022/09/07/cloud-native-london-september-2022/index.html",
      "2022/09/07/cloud-native-london-september-2022.html",
      "rsvp/index.html",
    ]);
    const html = redirectPage("/recaps/x/");
    assert.match(html, /<link rel="canonical" href="https:\/\/cloudnative\.london\/recaps\/x\/">/);
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/recaps\/x\/">/);
    assert.match(headersFile([]), /^\/\*\n {2}X-Content-Type-Options: nosniff\n/);
    assert.match(headersFile([]), /\n\/\*\.svg\n {2}Content-Security-Policy: default-src 'none';[^\n]*script-src 'none'; sandbox\n/);
  });
});

describe("the static export of old addresses", () => {
  const [first] = recaps;
  assert.ok(first);

  it("reads each address as a host does: decoded, without repeated or trailing slashes", () => {
    assert.equal(staticFileFor("/old//path///"), "old/path/index.html");
    assert.equal(staticFileFor("old/caf%C3%A9/"), "old/café/index.html");
    assert.equal(staticFileFor("/"), "index.html");
  });

  it("refuses, with the reason, an address that would land outside out/, and writes the others", () => {
    const hostile = ["/../../outside", "/old/%2e%2e/%2E%2E/%2e%2e/outside", "/old/%252e%252e/x", "\\..\\outside", "/old/\u0000x"];
    for (const address of hostile) assert.throws(() => staticFileFor(address), /the address '.*' (has a '\.' or '\.\.' part, which would write outside out\/|holds a backslash, which some hosts read as a folder separator|holds the control character U\+0000): it cannot be written as a static file/, address);
    const { pages, refused } = planStaticRedirects([{ ...first, redirectFrom: [...hostile, "/meetups/july/"] }], {});
    assert.deepEqual(refused.map((entry) => entry.address), hostile);
    assert.ok(pages.some((page) => page.file === "meetups/july/index.html"));
    assert.ok(pages.every((page) => !page.file.split("/").includes("..")));
  });

  it("lets the image optimiser read only the folders the photos live in", () => {
    const photo = (src: string) => ({ src, width: 1, height: 1, alt: "" });
    assert.deepEqual(photoPatterns([{ photos: [photo("/images/a.jpg"), photo("/assets/2019/b.png")], cover: photo("/cover.jpg") }, { photos: [photo("/images/c.jpg")], cover: null }]), [
      { pathname: "/assets/**" },
      { pathname: "/cover.jpg" },
      { pathname: "/images/**" },
    ]);
  });

  it("tells npm start when .next holds the export's build, until the next npm run build", () => {
    const next = mkdtempSync(path.join(tmpdir(), "next-"));
    writeFileSync(path.join(next, "BUILD_ID"), "export-build");
    assert.equal(isExportedBuild(next), false);
    markExportedBuild(next);
    assert.equal(isExportedBuild(next), true);
    writeFileSync(path.join(next, "BUILD_ID"), "site-build");
    assert.equal(isExportedBuild(next), false);
  });

  it("names every exported social card with its extension, and nothing else", () => {
    const out = mkdtempSync(path.join(tmpdir(), "export-"));
    mkdirSync(path.join(out, "talks/a-talk"), { recursive: true });
    for (const file of ["opengraph-image", "talks/a-talk/opengraph-image", "talks/a-talk/index.html"]) writeFileSync(path.join(out, file), file);
    assert.deepEqual(nameExportedPreviews(out).sort(), ["opengraph-image", "talks/a-talk/opengraph-image"]);
    assert.equal(readFileSync(path.join(out, "talks/a-talk/opengraph-image.png"), "utf8"), "talks/a-talk/opengraph-image");
    assert.equal(existsSync(path.join(out, "talks/a-talk/opengraph-image")), false);
    assert.ok(existsSync(path.join(out, "talks/a-talk/index.html")));
  });

  it("skips, with the reason, an address whose path is a file of the site (/feed.xml/) instead of failing with EEXIST, and never writes outside out/", () => {
    const root = mkdtempSync(path.join(tmpdir(), "export-"));
    const out = path.join(root, "out");
    mkdirSync(path.join(out, "talks"), { recursive: true });
    writeFileSync(path.join(out, "feed.xml"), "<rss/>");
    writeFileSync(path.join(out, "talks/index.html"), "talks");
    const planned = planStaticRedirects([{ ...first, redirectFrom: ["/feed.xml", "/feed.xml/old/", "/talks/", "/meetups/july/"] }], {}).pages;
    const report = writeStaticPages(out, [...planned, { file: "../escaped/index.html", html: "x" }]);
    assert.deepEqual(report.skipped, [
      `${out}/feed.xml/index.html: ${out}/feed.xml is a file of the site, so this old address cannot be a folder; its redirect was not written.`,
      `${out}/feed.xml/old/index.html: ${out}/feed.xml is a file of the site, so this old address cannot be a folder; its redirect was not written.`,
      `${out}/talks/index.html: a real page already lives at this old address; its redirect was not written.`,
    ]);
    assert.deepEqual(report.refused, [`../escaped/index.html: this path is outside ${out}/, so its redirect was not written`]);
    assert.equal(existsSync(path.join(root, "escaped")), false);
    assert.equal(readFileSync(path.join(out, "feed.xml"), "utf8"), "<rss/>");
    assert.match(readFileSync(path.join(out, "meetups/july/index.html"), "utf8"), /url=\/recaps\/cloud-native-london-july-2022\//);
  });
});

describe("the sitemap", () => {
  it("lists every page, and no address that a redirect answers", () => {
    const clean = sitemapPages(recaps, buildLibrary(recaps), {}).map((page) => page.path);
    assert.ok(clean.includes("/talks") && clean.includes("/speakers/viktor-gamov") && clean.includes("/recaps/cloud-native-london-july-2022"));
    const [first, ...rest] = recaps;
    assert.ok(first);
    // Data that skipped the content check: its redirects answer before these pages.
    const taking = [{ ...first, redirectFrom: ["/talks/", "/Speakers/Viktor-Gamov"] }, ...rest];
    const paths = sitemapPages(taking, buildLibrary(taking), { "/tags": "https://example.com/" }).map((page) => page.path);
    assert.deepEqual(clean.filter((address) => !paths.includes(address)), ["/talks", "/tags", "/speakers/viktor-gamov"]);
  });
});

describe("a recap carrying <script> and onerror", () => {
  it("renders its markup through the real pipeline without anything that can run", () => {
    const file = "tests/fixtures/unsafe/2022-10-05-unsafe-html.md";
    const { body } = parseRecapSource(readFileSync(file, "utf8"));
    const html = toHtml(markdownToHast(body, { videoId: "En88atN_VgI", talkLines: [] }));
    assert.match(html, /Hello <b>world<\/b>\./);
    assert.match(html, /<img src="\/images\/2022-09-07-cloud-native-london-september-2022\.jpeg" alt="Group">/);
    assert.doesNotMatch(html, /<script|onerror|onclick|javascript:|<iframe|style=|__pwned/i);
  });
});

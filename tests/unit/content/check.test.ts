import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { checkRecapDirectory } from "../../../lib/content/check";
import { formatProblem } from "../../../lib/content/problems";
import { copyProject } from "../../../tools/project-copy";

const SEEDS = "tests/fixtures/seeds";
const SEPTEMBER = "2022-09-07-cloud-native-london-september-2022.md";
const JULY = "2022-07-06-cloud-native-london-july-2022.md";

function recapDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "recaps-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function errorsIn(files: Record<string, string>) {
  return checkRecapDirectory(recapDir(files), "public").problems.filter((problem) => problem.severity === "error");
}

const valid = (frontMatter = 'title: "A meetup"', body = "Hello.") => `---\n${frontMatter}\n---\n\n${body}\n`;

describe("the content check on the raw seeds", () => {
  const { problems, recaps } = checkRecapDirectory(SEEDS, "public");
  const errors = problems.filter((problem) => problem.severity === "error").map(formatProblem);

  it("reports exactly the two known defects, at their lines", () => {
    assert.equal(errors.length, 2, errors.join("\n"));
    assert.match(errors[0] ?? "", new RegExp(`${JULY}:40: the image /images/2022-07-06-cloud-native-london-july-2022\\.jpg does not exist under public/: did you mean \\.jpeg\\?`));
    assert.match(errors[1] ?? "", new RegExp(`${SEPTEMBER}:46: text damaged by a wrong encoding: 'Iâ€™ll' should read 'I’ll'`));
    assert.equal(recaps.length, 0);
  });

  it("passes the fixed copies in content/ with every talk found", () => {
    const content = checkRecapDirectory("content/recaps", "public");
    assert.deepEqual(content.problems.filter((problem) => problem.severity === "error"), []);
    assert.deepEqual(content.recaps.map((recap) => [recap.slug, recap.date, recap.videoId, recap.talks.length]), [
      ["cloud-native-london-july-2022", "2022-07-06", "0jJHRLLNgpY", 3],
      ["cloud-native-london-september-2022", "2022-09-07", "En88atN_VgI", 3],
    ]);
  });
});

describe("the content check on bad input", () => {
  it("names a missing and an empty title", () => {
    assert.match(formatProblem(errorsIn({ "2022-01-05-a.md": valid("description: x") })[0]!), /2022-01-05-a\.md:1: the 'title' field is missing/);
    assert.match(formatProblem(errorsIn({ "2022-01-05-a.md": valid('layout: post\ntitle: ""') })[0]!), /2022-01-05-a\.md:3: the title is empty/);
  });

  it("names a file name without a valid date", () => {
    const [error] = errorsIn({ "cloud-native-london.md": valid(), "2022-02-30-bad-day.md": valid() });
    assert.match(error?.message ?? "", /'2022-02-30-bad-day\.md' does not start with a valid date: name it YYYY-MM-DD-<slug>\.md/);
    assert.equal(errorsIn({ "cloud-native-london.md": valid() }).length, 1);
  });

  it("rejects a video that is not a YouTube URL, at its line", () => {
    const [error] = errorsIn({ "2022-01-05-a.md": valid('title: A\nvideo: https://vimeo.com/12345') });
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? "", /not a YouTube video URL/);
  });

  it("reports broken YAML at the broken line, with the fix", () => {
    const [error] = errorsIn({ "2022-01-05-a.md": valid('title: A\ndescription: "unclosed\nlocation: London') });
    assert.ok(error);
    assert.ok(error.line >= 3 && error.line <= 5, `line ${error.line}`);
    assert.match(error.message, /not valid YAML .*double quotes/);
  });

  it("reports a wrong type at its line with what to write instead", () => {
    const [error] = errorsIn({ "2022-01-05-a.md": valid('title: A\nhide_image: "yes"\npublished: true') });
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? "", /'hide_image' must be true or false/);
  });

  it("reports an unclosed front matter instead of crashing", () => {
    const [error] = errorsIn({ "2022-01-05-a.md": "---\ntitle: A\nHello" });
    assert.match(error?.message ?? "", /never closed/);
  });

  it("reports a missing image, at its line", () => {
    const [error] = errorsIn({ "2022-01-05-a.md": valid("title: A", "Text\n\n![Group](/images/nope.png)") });
    assert.equal(error?.line, 7);
    assert.match(error?.message ?? "", /the image \/images\/nope\.png does not exist under public\/: put the photo at public\/images\/nope\.png/);
  });

  it("lists what an imported post could not repair as warnings, and still builds it", () => {
    const file = valid("title: A\nimported: true\nvideo: https://vimeo.com/1", "![Group](/images/nope.png)");
    const { problems, recaps } = checkRecapDirectory(recapDir({ "2015-01-05-a.md": file }), "public");
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[4, "warning"], [7, "warning"]]);
    assert.match(problems[1]?.message ?? "", /does not exist under public\/.*\(imported post: left out of the page\)/);
    assert.equal(recaps[0]?.videoId, null);
    assert.deepEqual(recaps[0]?.photos, []);
  });

  it("reports two recaps with the same slug", () => {
    const errors = errorsIn({ "2022-01-05-meetup.md": valid(), "2023-01-05-meetup.md": valid() });
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? "", /the slug 'meetup' is already used by .*2022-01-05-meetup\.md/);
  });

  it("warns about an unknown field without failing", () => {
    const { problems, recaps } = checkRecapDirectory(recapDir({ "2022-01-05-a.md": valid("title: A\ntitel: typo") }), "public");
    assert.equal(recaps.length, 1);
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[3, "warning"]]);
  });

  it("takes explicit front-matter talks over the prose, and names an unreadable entry's line", () => {
    const talks = ['video: https://youtu.be/En88atN_VgI', "talks:", "  - speakers: [Viktor Gamov]", "    company: Kong", "    title: Supercharge", '    start: "24:25"'];
    const body = "Kicking off was Jane Doe from Acme with a talk on Rust (starting at [1:00](https://youtu.be/En88atN_VgI?t=60)).";
    const { recaps } = checkRecapDirectory(recapDir({ "2022-01-05-a.md": valid(["title: A", ...talks].join("\n"), body) }), "public");
    assert.deepEqual(recaps[0]?.talks.map((talk) => [talk.speakers, talk.company, talk.start]), [[["Viktor Gamov"], "Kong", 1465]]);
    assert.equal(recaps[0]?.talksFrom, "front-matter");
    const [error] = errorsIn({ "2022-01-05-a.md": valid(["title: A", ...talks, "  - speaker: Jane Doe", '    start: "99:99"'].join("\n")) });
    assert.equal(error?.line, 10);
    assert.match(error?.message ?? "", /start '99:99' is not a timestamp/);
  });

  it("accepts every field the old site used, and drafts", () => {
    const frontMatter = [
      "layout: post",
      'title: "Meetup"',
      "description: things",
      "location: London, UK",
      "image: /images/2022-09-07-cloud-native-london-september-2022.jpeg",
      "video: https://www.youtube.com/embed/En88atN_VgI",
      "slides: https://speakerdeck.com/x/y",
      "hide_image: true",
      "published: false",
      "date: 2022-09-08",
      "redirect_from: /old-path/",
      "tags:\n  - Video\n  - 2022",
    ].join("\n");
    const { problems, recaps } = checkRecapDirectory(recapDir({ "2022-09-07-meetup.md": valid(frontMatter) }), "public");
    assert.deepEqual(problems, []);
    const [recap] = recaps;
    assert.equal(recap?.draft, true);
    assert.equal(recap?.date, "2022-09-08");
    assert.deepEqual(recap?.redirectFrom, ["/old-path/"]);
    assert.deepEqual(recap?.tags, ["Video", "2022"]);
    assert.equal(recap?.hideCover, true);
    assert.equal(recap?.cover?.width, 1600);
  });
});

describe("the content check on redirect_from, control characters and slides", () => {
  const september = readFileSync(path.join("content/recaps", SEPTEMBER), "utf8");
  const july = readFileSync(path.join("content/recaps", JULY), "utf8");
  const redirecting = (addresses: readonly string[]) => valid(["title: A", "redirect_from:", ...addresses.map((address) => `  - ${address}`)].join("\n"));
  /** The errors of a recap redirecting `addresses`, beside the site's two real recaps, as [line, message]. */
  const redirectErrors = (addresses: readonly string[]) =>
    errorsIn({ [SEPTEMBER]: september, [JULY]: july, "2023-01-05-a.md": redirecting(addresses) }).map((problem) => [problem.line, problem.message] as const);

  it("refuses an address that a page, a route, a file of public/ or a short link owns, at the line of that entry", () => {
    const owned = [
      "/",
      "/index.html",
      "/recaps",
      "/recaps/cloud-native-london-july-2022/",
      "/Talks/",
      "/speakers",
      "/companies",
      "/tags",
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/search-index.json",
      "/talks.json",
      "/next-meetup.ics",
      "/speakers/viktor-gamov",
      "/companies/kong",
      "/tags/video",
      "/recaps/cloud-native-london-july-2022/opengraph-image",
      "/_next/static/chunks/app.js",
      "/images/2022-09-07-cloud-native-london-september-2022.jpeg",
      "/images/renamed.jpeg",
      "/feed.xml/",
      "/rsvp",
      "/2022/07/06/cloud-native-london-july-2022.html",
      "/atom.xml",
      "/feed.json",
      "/speakers/viktor-gamov/feed.xml",
      "/tags/video/feed.xml/",
      "/search-names.json",
    ];
    const errors = redirectErrors(owned);
    assert.deepEqual(errors.map(([line]) => line), owned.map((_, index) => index + 4));
    for (const [index, [, message]] of errors.entries()) {
      assert.match(message, new RegExp(`^the redirect_from address '${(owned[index] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' (is|lies under) .*: a redirect there would take it over; remove this address$`));
    }
    assert.match(errors[4]?.[1] ?? "", /is the page \/talks:/);
    assert.match(errors[8]?.[1] ?? "", /is the site's own \/feed\.xml:/);
    assert.match(errors[20]?.[1] ?? "", /lies under the folder public\/images\/ of the site's own files:/);
    assert.match(errors[22]?.[1] ?? "", /is the short link \/rsvp \(shortLinks in lib\/site-config\.ts\)/);
    assert.match(errors[24]?.[1] ?? "", /is the site's own \/atom\.xml:/);
    assert.match(errors[26]?.[1] ?? "", /is the site's own \/speakers\/viktor-gamov\/feed\.xml:/);
  });

  it("keeps old addresses nothing owns, and a recap's own old permalink", () => {
    assert.deepEqual(redirectErrors(["/old/path/", "/recaps/renamed-slug", "/talks/2019", "/speakers/nobody", "/speakers/nobody/feed.xml", "/2023/01/05/a.html", "/feedxml"]), []);
  });

  it("refuses a recap's own address and another recap's redirect_from, naming the first FILE:LINE", () => {
    const dir = recapDir({ "2023-01-05-a.md": redirecting(["/recaps/a/", "/old/"]), "2023-02-05-b.md": redirecting(["/OLD"]) });
    const errors = checkRecapDirectory(dir, "public").problems.filter((problem) => problem.severity === "error").map(formatProblem);
    assert.deepEqual(errors, [
      `${dir}/2023-01-05-a.md:4: the redirect_from address '/recaps/a/' is this recap's own address, so the page would redirect to itself; remove it`,
      `${dir}/2023-02-05-b.md:4: the redirect_from address '/OLD' is already redirected by ${dir}/2023-01-05-a.md:5: one old address can lead to one recap only; remove it from one of them`,
    ]);
  });

  it("refuses '..', '%2e%2e', backslashes, '//' and control characters in an address, at its line", () => {
    const errors = errorsIn({ "2023-01-05-a.md": valid(['title: A', "redirect_from:", "  - /../../etc/passwd", "  - /old/%2e%2e/%2E%2E/x", "  - /old/%252e%252e/x", '  - "\\\\old\\\\x"', "  - //evil.example/x", "  - /old//x", '  - "/old/\\u0001x"', "  - https://old.example/2019/x/"].join("\n")) });
    assert.deepEqual(errors.map((problem) => problem.line), [4, 5, 6, 7, 8, 9, 10, 11]);
    assert.match(errors[0]?.message ?? "", /^the redirect_from address '\/\.\.\/\.\.\/etc\/passwd' contains '\.\.', which would point outside the site: write the old address as a plain path/);
    assert.match(errors[1]?.message ?? "", /contains '\.\.'/);
    assert.match(errors[2]?.message ?? "", /contains '\.\.'/);
    assert.match(errors[3]?.message ?? "", /holds a backslash: use '\/'/);
    assert.match(errors[4]?.message ?? "", /contains '\/\/'/);
    assert.match(errors[5]?.message ?? "", /contains '\/\/'/);
    assert.match(errors[6]?.message ?? "", /'\/old\/<U\+0001>x' holds the invisible control character U\+0001: delete it/);
    assert.match(errors[7]?.message ?? "", /is a full URL: keep only its path/);
  });

  it("reports a control character anywhere in a recap at its line, naming it", () => {
    const errors = errorsIn({ "2023-01-05-a.md": valid('title: "A \u0001meetup"\ndescription: x', "Hello.\n\nBody with\u0000 a NUL and a\u007f DEL, and a tab\tand a form feed\u000c.") });
    assert.deepEqual(errors.map((problem) => [problem.line, problem.message]), [
      [2, "the invisible control character U+0001 is at column 11: delete it (it usually comes with text pasted from another program)"],
      [8, "the invisible control character U+0000 is at column 10: delete it (it usually comes with text pasted from another program)"],
      [8, "the invisible control character U+007F is at column 23: delete it (it usually comes with text pasted from another program)"],
      [8, "the invisible control character U+000C is at column 55: delete it (it usually comes with text pasted from another program)"],
    ]);
    assert.deepEqual(errorsIn({ "2023-01-05-b.md": valid("title: B", "A\ttab and a CRLF line\r\nare text.") }), []);
  });

  it("reports a control character YAML writes as an escape, at its field's line, as it would reach the title", () => {
    const errors = errorsIn({ "2023-01-05-a.md": valid('title: "A \\x01meetup"\ndescription: x\ntags:\n  - "Video\\0"') });
    assert.deepEqual(errors.map((problem) => [problem.line, problem.message]), [
      [2, `'title' holds the invisible control character U+0001, written as an escape such as "\\x01" or "\\0": delete it`],
      [5, `'tags.0' holds the invisible control character U+0000, written as an escape such as "\\x01" or "\\0": delete it`],
    ]);
  });

  it("never reads a photo through a link out of public/, which would serve what it points at", () => {
    const outside = mkdtempSync(path.join(tmpdir(), "outside-"));
    const publicDir = mkdtempSync(path.join(tmpdir(), "public-"));
    mkdirSync(path.join(publicDir, "images"));
    copyFileSync("public/images/2022-09-07-cloud-native-london-september-2022.jpeg", path.join(outside, "room.jpeg"));
    symlinkSync(path.join(outside, "room.jpeg"), path.join(publicDir, "images/room.jpeg"));
    const dir = recapDir({ "2023-01-05-a.md": valid("title: A", "![The room](/images/room.jpeg)") });
    const errors = checkRecapDirectory(dir, publicDir).problems.filter((problem) => problem.severity === "error");
    assert.deepEqual(errors.map((problem) => [problem.line, problem.message]), [[5, `the image /images/room.jpeg is a link to ${realpathSync(outside)}/room.jpeg, outside public/, which the site never serves: put the photo itself at public/images/room.jpeg`]]);
    for (const temporary of [outside, publicDir, dir]) rmSync(temporary, { recursive: true, force: true });
  });

  it("accepts only http(s) slides, with the fix at the line", () => {
    for (const slides of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.com/deck.pdf", "file:///etc/passwd"]) {
      const [error, ...more] = errorsIn({ "2023-01-05-a.md": valid(`title: A\nslides: "${slides}"`) });
      assert.equal(more.length, 0);
      assert.equal(error?.line, 3, slides);
      assert.match(error?.message ?? "", /'slides' must be a web address starting with https:\/\/ \(or http:\/\/\), such as https:\/\/speakerdeck\.com\//);
    }
    assert.deepEqual(errorsIn({ "2023-01-05-a.md": valid("title: A\nslides: http://example.com/deck") }), []);
  });
});

describe("npm run check:content", () => {
  it("prints FILE:LINE problems and exits non-zero on the raw seeds", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", SEEDS], { encoding: "utf8" });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`^tests/fixtures/seeds/${SEPTEMBER}:46: `, "m"));
    assert.match(run.stderr, new RegExp(`^tests/fixtures/seeds/${JULY}:40: `, "m"));
  });

  it("exits zero on the site's content", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /2 recap file\(s\) checked: 2 OK, 0 error/);
  });
});

describe("npm run content (Contentlayer, the build's content step)", () => {
  const project = copyProject(process.cwd());
  after(() => rmSync(project, { recursive: true, force: true }));
  const content = () => spawnSync("npm", ["run", "--silent", "content"], { cwd: project, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

  it("reads every recap once and reports the same FILE:LINE problems, failing so the site is not built", () => {
    copyFileSync(path.join(SEEDS, JULY), path.join(project, "content/recaps/2022-07-13-raw-july.md"));
    const run = content();
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /^content\/recaps\/2022-07-13-raw-july\.md:40: the image .* did you mean \.jpeg\?/m);
    assert.match(run.stderr, /3 recap file\(s\) checked: 2 OK, 1 error\(s\)/);
    // Nothing changed, so the next run fails the same way (Contentlayer keeps a cache of documents).
    const again = content();
    assert.equal(again.status, 1);
    assert.match(again.stderr, /raw-july\.md:40: /);
  });

  it("reports front matter Contentlayer cannot parse at its line, instead of leaving the recap out", () => {
    writeFileSync(path.join(project, "content/recaps/2022-10-05-broken.md"), '---\ntitle: "October\nvideo: [oops\n---\n\nHello.\n');
    const run = content();
    assert.equal(run.status, 1, run.stdout);
    // The quote opens on line 2, where the organiser has to close it.
    assert.match(run.stderr, /^content\/recaps\/2022-10-05-broken\.md:2: the front matter is not valid YAML/m);
    rmSync(path.join(project, "content/recaps/2022-10-05-broken.md"));
  });

  it("stops the build on a redirect_from that takes over a page, at that entry's line", () => {
    writeFileSync(path.join(project, "content/recaps/2022-10-05-takeover.md"), '---\ntitle: October\nredirect_from:\n  - /old/\n  - /feed.xml\n---\n\nHello.\n');
    const run = content();
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /^content\/recaps\/2022-10-05-takeover\.md:5: the redirect_from address '\/feed\.xml' is the site's own \/feed\.xml: a redirect there would take it over; remove this address$/m);
    rmSync(path.join(project, "content/recaps/2022-10-05-takeover.md"));
  });

  it("sees a fix made outside the recap: the photo saved under the name the recap asks for", () => {
    const photo = path.join(project, "public/images/2022-07-06-cloud-native-london-july-2022");
    copyFileSync(`${photo}.jpeg`, `${photo}.jpg`);
    const run = content();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3 recap file\(s\) checked: 3 OK, 0 error\(s\), 0 warning\(s\)/);
  });
});

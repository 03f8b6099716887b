import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { checkRecapDirectory } from "../../../lib/content/check";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { htmlImages } from "../../../lib/content/images";
import { buildLibrary, recapsOfSpeaker } from "../../../lib/content/library";
import { readRecap } from "../../../lib/content/read-recap";
import { appRoutes } from "../../../lib/content/site-addresses";
import { FEED_ITEMS, feedDocument } from "../../../lib/publish/feed";
import { type FeedChannel, type FeedFormat, FEED_FORMATS, siteFeed, speakerFeed, tagFeed } from "../../../lib/publish/feed-channels";
import { headersFile } from "../../../lib/publish/static-export";
import { buildMetadata } from "../../../lib/render/metadata";

const SITE = "https://cloudnative.london";
const SEPTEMBER = `${SITE}/recaps/cloud-native-london-september-2022`;
const JULY = `${SITE}/recaps/cloud-native-london-july-2022`;

const { recaps: checked } = checkRecapDirectory("content/recaps", "public");
const recaps = checked
  .map((recap) => ({ ...recap, body: parseRecapSource(readFileSync(recap.sourceFile, "utf8")).body }))
  .sort((a, b) => b.date.localeCompare(a.date));
type FeedRecap = (typeof recaps)[number];

/** What a feed reader takes from a feed, whatever its format. */
type SeenItem = { title: string; link: string; published: Date; html: string; categories: string[] };
type SeenFeed = { title: string; home: string; self: string; language: string; items: SeenItem[] };

const LISTS = ["rss.channel.atom:link", "rss.channel.item", "rss.channel.item.category", "feed.link", "feed.entry", "feed.entry.link", "feed.entry.category"];
const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (_name, path) => LISTS.includes(String(path)) });
const withText = z.object({ "#text": z.string() }).transform((node) => node["#text"]);
const link = z.object({ "@_href": z.string(), "@_rel": z.string().optional() });

const rssSchema = z.object({
  rss: z.object({
    "@_version": z.literal("2.0"),
    channel: z.object({
      title: z.string(),
      link: z.string(),
      language: z.string(),
      "atom:link": z.array(link),
      item: z.array(z.object({ title: z.string(), link: z.string(), pubDate: z.string(), "content:encoded": z.string(), category: z.array(z.string()).default([]) })).default([]),
    }),
  }),
});
const atomSchema = z.object({
  feed: z.object({
    "@_xml:lang": z.string(),
    title: z.string(),
    link: z.array(link),
    entry: z
      .array(z.object({ title: withText, link: z.array(link), published: z.string(), content: withText, category: z.array(z.object({ "@_term": z.string() })).default([]) }))
      .default([]),
  }),
});
const jsonSchema = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  language: z.string(),
  items: z.array(z.object({ id: z.string(), url: z.string(), title: z.string(), date_published: z.string(), content_html: z.string(), tags: z.array(z.string()).default([]) }).loose()),
});

function read(format: FeedFormat, document: string): SeenFeed {
  if (format === "json") {
    const feed = jsonSchema.parse(JSON.parse(document));
    return {
      title: feed.title,
      home: feed.home_page_url,
      self: feed.feed_url,
      language: feed.language,
      items: feed.items.map((item) => ({ title: item.title, link: item.url, published: new Date(item.date_published), html: item.content_html, categories: item.tags })),
    };
  }
  assert.equal(XMLValidator.validate(document), true, `${format} is well-formed XML`);
  if (format === "rss") {
    const { channel } = rssSchema.parse(xml.parse(document)).rss;
    return {
      title: channel.title,
      home: channel.link,
      self: channel["atom:link"].find((candidate) => candidate["@_rel"] === "self")?.["@_href"] ?? "",
      language: channel.language,
      items: channel.item.map((item) => ({ title: item.title, link: item.link, published: new Date(item.pubDate), html: item["content:encoded"], categories: item.category })),
    };
  }
  const { feed } = atomSchema.parse(xml.parse(document));
  const href = (links: z.infer<typeof link>[], rel: string) => links.find((candidate) => (candidate["@_rel"] ?? "alternate") === rel)?.["@_href"] ?? "";
  return {
    title: feed.title,
    home: href(feed.link, "alternate"),
    self: href(feed.link, "self"),
    language: feed["@_xml:lang"],
    items: feed.entry.map((entry) => ({ title: entry.title, link: href(entry.link, "alternate"), published: new Date(entry.published), html: entry.content, categories: entry.category.map((category) => category["@_term"]) })),
  };
}

const seen = (list: readonly FeedRecap[], channel: FeedChannel, format: FeedFormat) => read(format, feedDocument(list, channel, format));
const day = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);

describe("the site's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1)", () => {
  for (const format of FEED_FORMATS) {
    describe(format, () => {
      const feed = seen(recaps, siteFeed, format);

      it("names the site, its language and its own absolute address", () => {
        assert.equal(feed.title, "Cloud Native London");
        assert.equal(feed.home, `${SITE}/`);
        assert.equal(feed.self, `${SITE}${siteFeed.addresses[format] ?? ""}`);
        assert.equal(feed.language, "en-GB");
      });

      it("lists every recap newest first, each with its absolute link, its meetup's day and its tags", () => {
        assert.deepEqual(
          feed.items.map((item) => [item.title, item.link]),
          [
            ["Cloud Native London September 2022: Kong, Lightstep, and Harness", SEPTEMBER],
            ["Cloud Native London July 2022: ControlPlane, Microsoft, and Harness", JULY],
          ],
        );
        const [september] = feed.items;
        assert.ok(september);
        // Noon in London: the meetup's day for readers from Honolulu to Tokyo.
        assert.equal(september.published.toISOString(), "2022-09-07T11:00:00.000Z");
        for (const zone of ["Pacific/Honolulu", "America/New_York", "Europe/London", "Asia/Tokyo"]) assert.equal(day(september.published, zone), "2022-09-07", zone);
        assert.deepEqual(september.categories, ["Photos", "Video", "Meetup", "2022"]);
      });

      it("carries only the newest recaps, however long the archive grows", () => {
        const [september] = recaps;
        assert.ok(september);
        const archive = Array.from({ length: FEED_ITEMS + 12 }, (_, index) => ({ ...september, url: `/recaps/meetup-${index}`, title: `Meetup ${index}` }));
        const long = seen(archive, siteFeed, format);
        assert.deepEqual(long.items.map((item) => item.title), archive.slice(0, FEED_ITEMS).map((recap) => recap.title));
      });

      it("carries the whole recap as HTML, its links and photos absolute", () => {
        const [september] = feed.items;
        assert.ok(september);
        assert.match(september.html, /Supercharge your Kubernetes Ingress/);
        const images = htmlImages(september.html).map((image) => image.src);
        assert.ok(images.includes(`${SITE}/images/2022-09-07-cloud-native-london-september-2022.jpeg`), "the cover photo");
        assert.ok(images.every((src) => src.startsWith(`${SITE}/images/`)), images.join(", "));
        assert.doesNotMatch(september.html, /(src|href)="\/(?!\/)/);
      });
    });
  }
});

describe("a feed never shows an image the page hides", () => {
  const source = [
    "---",
    'title: "Cloud Native London January 2023"',
    "imported: true",
    "image: /images/2023-01-11-missing-cover.jpeg",
    "tags: [Photos]",
    "---",
    "",
    "Hello.",
    "",
    "![Group photo](/images/2022-09-07-cloud-native-london-september-2022.jpeg)",
    "",
    "![The venue](https://photos.example.com/remote.jpg)",
    "",
    "![A photo we lost](/images/2023-01-11-missing.jpeg)",
    "",
    '<p><img src="https://photos.example.com/raw.png" alt="Raw HTML"> and <img src="/images/2023-01-11-also-missing.png" alt="Gone"></p>',
    "",
  ].join("\n");
  const { recap } = readRecap("content/recaps/2023-01-11-cloud-native-london-january-2023.md", source, { publicDir: "public" });
  assert.ok(recap, "an imported recap builds without its missing photos");
  const january = { ...recap, body: parseRecapSource(source).body };

  for (const format of FEED_FORMATS) {
    it(`${format}: shows the site's photo, links the remote ones as the page does, and leaves the missing ones out`, () => {
      const document = feedDocument([january], siteFeed, format);
      const [item] = read(format, document).items;
      assert.ok(item);
      assert.deepEqual(htmlImages(item.html).map((image) => image.src), [`${SITE}/images/2022-09-07-cloud-native-london-september-2022.jpeg`]);
      assert.match(item.html, /<a href="https:\/\/photos\.example\.com\/remote\.jpg">Image: The venue<\/a>/);
      assert.match(item.html, /<a href="https:\/\/photos\.example\.com\/raw\.png">Image: Raw HTML<\/a>/);
      assert.doesNotMatch(document, /missing|also-missing|A photo we lost|Gone/);
      if (format === "json") assert.doesNotMatch(document, /"(image|banner_image)"/);
    });
  }
});

describe("a feed of text that slipped past the content check", () => {
  const [september] = recaps;
  assert.ok(september);
  const hostile = {
    ...september,
    title: "September\u0001 ]]> and ]]> again",
    summary: "Talks\u0008 and more ]]> ]]>",
    tags: ["Video\u001f", "<Go> & C++ ]]> ]]>"],
    body: `${september.body}\n\nA ]]\u0001> and a\u0000 NUL, then ]]> and ]]> again.\n`,
  };

  for (const format of FEED_FORMATS) {
    it(`${format}: stays valid and reads as written, without the forbidden characters`, () => {
      const document = feedDocument([hostile], siteFeed, format);
      assert.doesNotMatch(document, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      const [item] = read(format, document).items;
      assert.ok(item);
      // The word joiner that keeps a "]]>" from closing a CDATA section is invisible.
      const shown = (text: string) => text.replaceAll("\u2060", "");
      assert.equal(shown(item.title), "September ]]> and ]]> again");
      assert.equal(shown(item.categories[0] ?? ""), "Video");
      assert.match(shown(item.categories[1] ?? ""), /^[<＜]Go> & C\+\+ \]\]> \]\]>$/);
      assert.match(item.html, /A \]\]&gt; and a\uFFFD NUL, then \]\]&gt; and \]\]&gt; again\./);
    });
  }
});

describe("a speaker's and a tag's feed", () => {
  const library = buildLibrary(recaps);
  const viktor = library.speakers.find((speaker) => speaker.slug === "viktor-gamov");
  assert.ok(viktor, "Viktor Gamov spoke in September 2022");

  it("lists only the recaps of the meetups where that speaker spoke, and names its own address", () => {
    const feed = seen(recapsOfSpeaker(viktor, recaps), speakerFeed(viktor), "rss");
    assert.equal(feed.title, "Viktor Gamov at Cloud Native London");
    assert.equal(feed.self, `${SITE}/speakers/viktor-gamov/feed.xml`);
    assert.equal(feed.home, `${SITE}/speakers/viktor-gamov`);
    assert.deepEqual(feed.items.map((item) => item.link), [SEPTEMBER]);
    const julyOnly = library.speakers.filter((speaker) => speaker.talks.every((talk) => talk.recap.url.endsWith("july-2022")));
    assert.ok(julyOnly.length > 0);
    for (const speaker of julyOnly) assert.deepEqual(seen(recapsOfSpeaker(speaker, recaps), speakerFeed(speaker), "rss").items.map((item) => item.link), [JULY], speaker.name);
  });

  it("lists only the recaps that carry the tag", () => {
    const [september, ...rest] = recaps;
    assert.ok(september);
    const tagged = buildLibrary([{ ...september, tags: [...september.tags, "Service Mesh"] }, ...rest]).tags.find((tag) => tag.slug === "service-mesh");
    assert.ok(tagged);
    const feed = seen(tagged.recaps, tagFeed(tagged), "rss");
    assert.equal(feed.self, `${SITE}/tags/service-mesh/feed.xml`);
    assert.deepEqual(feed.items.map((item) => item.link), [SEPTEMBER]);
  });
});

describe("where feed readers find the feeds", () => {
  it("every page's head links the site's three feeds, and a speaker's page its own too", () => {
    const rss = { url: "/feed.xml", title: "Cloud Native London (RSS)" };
    assert.deepEqual(buildMetadata({ path: "/talks" }).alternates?.types, {
      "application/rss+xml": [rss],
      "application/atom+xml": [{ url: "/atom.xml", title: "Cloud Native London (Atom)" }],
      "application/feed+json": [{ url: "/feed.json", title: "Cloud Native London (JSON Feed)" }],
    });
    const speaker = buildMetadata({ path: "/speakers/viktor-gamov", feed: speakerFeed({ slug: "viktor-gamov", name: "Viktor Gamov" }) });
    assert.deepEqual(speaker.alternates?.types?.["application/rss+xml"], [rss, { url: "/speakers/viktor-gamov/feed.xml", title: "Viktor Gamov at Cloud Native London (RSS)" }]);
  });

  it("every advertised address is served by a route of app/", () => {
    const routes = appRoutes("app").map((route) => route.path);
    for (const address of ["/feed.xml", "/atom.xml", "/feed.json", "/speakers/[slug]/feed.xml", "/tags/[tag]/feed.xml"]) assert.ok(routes.includes(address), address);
    assert.deepEqual(Object.values(siteFeed.addresses), ["/feed.xml", "/atom.xml", "/feed.json"]);
    assert.equal(speakerFeed({ slug: "[slug]", name: "" }).addresses.rss, "/speakers/[slug]/feed.xml");
    assert.equal(tagFeed({ slug: "[tag]", name: "" }).addresses.rss, "/tags/[tag]/feed.xml");
  });

  it("a static host serves each feed with its feed type, as next start does", () => {
    const file = headersFile([]);
    for (const [path, type] of [
      ["/feed.xml", "application/rss+xml"],
      ["/atom.xml", "application/atom+xml"],
      ["/feed.json", "application/feed+json"],
      ["/speakers/*/feed.xml", "application/rss+xml"],
      ["/tags/*/feed.xml", "application/rss+xml"],
    ]) {
      assert.ok(file.includes(`\n${path}\n  Content-Type: ${type}; charset=utf-8\n  Cross-Origin-Resource-Policy: cross-origin\n`), path);
    }
  });
});

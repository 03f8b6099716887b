import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { EXPORT_PORT } from "../../playwright.config";
import { expect, fakePlayerFrame, JULY, SEPTEMBER, test } from "./fixtures";

const SITE = "https://cloudnative.london";
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "url", "category"].includes(name) });

test("the RSS feed lists every recap, newest first, with full HTML and absolute URLs", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const channel = xml.parse(text).rss.channel;
  expect(channel.title).toBe("Cloud Native London");
  expect(channel["atom:link"]["@_href"]).toBe(`${SITE}/feed.xml`);
  expect(channel.item.map((item: { link: string }) => item.link)).toEqual([`${SITE}${SEPTEMBER}`, `${SITE}${JULY}`]);
  const [first] = channel.item;
  expect(new Date(first.pubDate).toISOString().slice(0, 10)).toBe("2022-09-07");
  expect(first.description).toContain("Kong, Lightstep, and Harness");
  expect(first["content:encoded"]).toContain(`src="${SITE}/images/2022-09-07-cloud-native-london-september-2022.jpeg"`);
  expect(first["content:encoded"]).toContain("Supercharge your Kubernetes Ingress");
  expect(first["content:encoded"]).not.toMatch(/(src|href)="\/(?!\/)/);
});

test("the Atom and JSON feeds carry the same recaps, each naming its own address", async ({ request }) => {
  const atom = await request.get("/atom.xml");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const atomText = await atom.text();
  expect(XMLValidator.validate(atomText)).toBe(true);
  const feed = xml.parse(atomText).feed;
  expect(feed["@_xml:lang"]).toBe("en-GB");
  expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual([`${SITE}${SEPTEMBER}`, `${SITE}${JULY}`]);
  expect(feed.link).toContainEqual({ "@_rel": "self", "@_href": `${SITE}/atom.xml` });

  const json = await request.get("/feed.json");
  expect(json.headers()["content-type"]).toContain("application/feed+json");
  const body = await json.json();
  expect(body).toMatchObject({ version: "https://jsonfeed.org/version/1.1", feed_url: `${SITE}/feed.json`, language: "en-GB" });
  expect(body.items.map((item: { url: string }) => item.url)).toEqual([`${SITE}${SEPTEMBER}`, `${SITE}${JULY}`]);
  expect(body.items[0].content_html).toContain(`src="${SITE}/images/2022-09-07-cloud-native-london-september-2022.jpeg"`);
});

test("every page's head advertises the site's feeds, and a speaker's page its own feed of their recaps", async ({ page, request }) => {
  const alternates = () => page.locator('head link[rel="alternate"][type]').evaluateAll((links) => links.map((link) => [link.getAttribute("type"), link.getAttribute("href")]));
  const site = [
    ["application/rss+xml", `${SITE}/feed.xml`],
    ["application/atom+xml", `${SITE}/atom.xml`],
    ["application/feed+json", `${SITE}/feed.json`],
  ];
  for (const path of ["/", SEPTEMBER, "/talks"]) {
    await page.goto(path);
    expect(await alternates(), path).toEqual(site);
  }
  await page.goto("/speakers/viktor-gamov");
  expect(await alternates()).toEqual([site[0], ["application/rss+xml", `${SITE}/speakers/viktor-gamov/feed.xml`], site[1], site[2]]);
  const person = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(person).toMatchObject({ "@type": "Person", name: "Viktor Gamov", url: `${SITE}/speakers/viktor-gamov` });
  const speakerFeed = await request.get("/speakers/viktor-gamov/feed.xml");
  expect(speakerFeed.headers()["content-type"]).toContain("application/rss+xml");
  const channel = xml.parse(await speakerFeed.text()).rss.channel;
  expect(channel.item.map((item: { link: string }) => item.link)).toEqual([`${SITE}${SEPTEMBER}`]);
  const tagFeed = xml.parse(await (await request.get("/tags/2022/feed.xml")).text()).rss.channel;
  expect(tagFeed.item.map((item: { link: string }) => item.link)).toEqual([`${SITE}${SEPTEMBER}`, `${SITE}${JULY}`]);
});

test("the sitemap lists every page with a date, and robots.txt points at it", async ({ request }) => {
  const sitemap = xml.parse(await (await request.get("/sitemap.xml")).text()).urlset.url as { loc: string; lastmod?: string }[];
  const paths = sitemap.map((entry) => entry.loc.replace(SITE, ""));
  for (const path of ["/", "/recaps", "/talks", "/speakers", "/companies", "/tags", SEPTEMBER, JULY, "/speakers/viktor-gamov", "/speakers/sunil-anjin", "/companies/harness", "/tags/2022"]) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((path) => path.startsWith("/speakers/"))).toHaveLength(7);
  expect(sitemap.every((entry) => /^\d{4}-\d{2}-\d{2}/.test(entry.lastmod ?? ""))).toBe(true);
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test("old Jekyll permalinks and short links redirect", async ({ request }) => {
  for (const old of ["/2022/09/07/cloud-native-london-september-2022/", "/2022/09/07/cloud-native-london-september-2022", "/2022/09/07/cloud-native-london-september-2022.html"]) {
    const first = await request.get(old, { maxRedirects: 0 });
    expect([301, 308], old).toContain(first.status());
    // One hop, slash or no slash: straight to the recap, not first to the address without the slash.
    expect(first.headers().location, old).toMatch(new RegExp(`${SEPTEMBER}$`));
    const landed = await request.get(old);
    expect(landed.url(), old).toMatch(new RegExp(`${SEPTEMBER}$`));
    expect(await landed.text()).toContain("Supercharge your Kubernetes Ingress");
  }
  const slashed = await request.get("/recaps/", { maxRedirects: 0 });
  expect(slashed.status()).toBe(308);
  expect(slashed.headers().location).toMatch(/\/recaps$/);
  const rsvp = await request.get("/rsvp", { maxRedirects: 0 });
  expect(rsvp.status()).toBe(307);
  expect(rsvp.headers().location).toMatch(/^https:\/\/www\.meetup\.com\/cloud-native-london\//);
});

test("pages carry social previews; the generated card is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto(JULY);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:video"]')).toHaveAttribute("content", /youtube-nocookie\.com\/embed\/0jJHRLLNgpY/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const images = await page.locator('meta[property="og:image"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute("content") ?? ""));
  expect(images).toEqual([`${SITE}${JULY}/opengraph-image`, `${SITE}/images/2022-07-06-cloud-native-london-july-2022.jpeg`]);
  for (const path of [`${JULY}/opengraph-image`, "/speakers/viktor-gamov/opengraph-image", "/opengraph-image"]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
  await page.goto("/talks");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${SITE}/opengraph-image`);
});

test("the image optimiser serves the recaps' photos and refuses any other address with a 4xx", async ({ request }) => {
  const photo = await request.get("/_next/image?url=%2Fimages%2F2022-07-06-cloud-native-london-july-2022.jpeg&w=640&q=75");
  expect(photo.status()).toBe(200);
  for (const url of ["/%5Cevil.example/x.png", "//evil.example/x.png", "/feed.xml"]) {
    const refused = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
    expect(refused.status(), url).toBeGreaterThanOrEqual(400);
    expect(refused.status(), url).toBeLessThan(500);
  }
});

test("every response carries the security headers, redirects too", async ({ request }) => {
  const redirects = ["/2022/09/07/cloud-native-london-september-2022/", "/recaps/", "/rsvp"];
  for (const path of ["/", SEPTEMBER, "/feed.xml", "/recaps/no-such-meetup", ...redirects]) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (redirects.includes(path)) expect([307, 308], path).toContain(response.status());
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-src https://www.youtube-nocookie.com");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
  }
  // An SVG opened on its own is a document of the site: it may never run script.
  const svg = (await request.get("/images/any-drawing.svg")).headers();
  expect(svg["content-security-policy"]).toContain("script-src 'none'");
  expect(svg["content-security-policy"]).toContain("sandbox");
  // Pages and the site's own files stay its own; photos, social cards and feeds stay embeddable elsewhere.
  for (const path of ["/", SEPTEMBER, "/recaps/no-such-meetup", "/search-index.json"]) {
    expect((await request.get(path)).headers()["cross-origin-resource-policy"], path).toBe("same-origin");
  }
  for (const path of ["/images/2022-07-06-cloud-native-london-july-2022.jpeg", `${JULY}/opengraph-image`, "/opengraph-image", "/feed.xml", "/speakers/viktor-gamov/feed.xml", "/next-meetup.ics"]) {
    expect((await request.get(path)).headers()["cross-origin-resource-policy"], path).toBe("cross-origin");
  }
});

/** The sources of a response's script-src. */
const scriptSources = (policy: string | undefined) => /(?:^|; )script-src ([^;]*)/.exec(policy ?? "")?.[1]?.split(" ") ?? [];

test("every page runs its inline scripts by their hashes, never 'unsafe-inline', and the browser refuses nothing the site does", async ({ page, request }) => {
  for (const path of ["/", SEPTEMBER, "/talks", "/speakers/viktor-gamov", "/recaps/no-such-meetup", "/Recaps/Cloud-Native-London-July-2022"]) {
    const sources = scriptSources((await request.get(path)).headers()["content-security-policy"]);
    expect(sources, path).not.toContain("'unsafe-inline'");
    expect(sources, path).not.toContain("'unsafe-eval'");
    expect(sources.some((source) => source.startsWith("'sha256-")), path).toBe(true);
  }
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} refused ${event.blockedURI}`));
  });
  // Each goto waits until React has hydrated the page (tests/e2e/fixtures.ts): it would not, were a script refused.
  const home = await page.goto("/");
  expect(scriptSources(home?.headers()["content-security-policy"])).not.toContain("'unsafe-inline'");
  await page.getByRole("radio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // Client navigation runs the next page's code under the first page's policy.
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  await page.getByRole("region", { name: "Latest recaps" }).getByRole("link", { name: "Cloud Native London September 2022: Kong, Lightstep, and Harness" }).click();
  await expect(page).toHaveURL(SEPTEMBER);
  expect(await page.evaluate(() => "__samePage" in window)).toBe(true);
  await page.getByRole("link", { name: /^Play from 24:25/ }).click();
  await fakePlayerFrame(page);
  await page.getByRole("button", { name: "Search talks and recaps" }).click();
  await page.getByRole("combobox", { name: "Search talks and recaps" }).fill("kong");
  await page.getByRole("listbox", { name: "Search results" }).getByRole("option").filter({ hasText: "Supercharge your Kubernetes Ingress" }).click();
  await expect(page).toHaveURL("/talks/viktor-gamov-supercharge-your-kubernetes-ingress");
  // The 404 page, and a page's address in another case, which is the 404 page under that page's rule.
  for (const path of ["/recaps/no-such-meetup", "/Recaps/Cloud-Native-London-July-2022"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  }
  expect(refused).toEqual([]);
});

test("the player loads and seeks under the Content-Security-Policy, with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(SEPTEMBER);
  await page.getByRole("link", { name: /^Play from 24:25/ }).click();
  const frame = await fakePlayerFrame(page);
  expect(await frame.evaluate(() => document.body.textContent)).toContain("fake player");
  expect(violations).toEqual([]);
});

test("the home page announces the next meetup with a valid London-time calendar file", async ({ page, request }) => {
  await page.clock.setFixedTime(new Date("2026-11-21T12:00:00Z"));
  await page.goto("/");
  const card = page.getByRole("region", { name: "Cloud Native London December 2026" });
  await expect(card).toContainText("Wednesday, 2 December 2026, 18:30–21:00");
  await expect(card.getByRole("link", { name: "RSVP on Meetup" })).toHaveAttribute("href", /meetup\.com/);
  await expect(card.getByRole("link", { name: "Add to calendar" })).toHaveAttribute("href", "/next-meetup.ics");
  const event = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(event).toMatchObject({
    "@type": "Event",
    startDate: "2026-12-02T18:30:00+00:00",
    endDate: "2026-12-02T21:00:00+00:00",
    location: { "@type": "Place", name: "esynergy", address: "2nd Floor, 12 Hammersmith Grove, London W6 7AP" },
    eventStatus: "https://schema.org/EventScheduled",
  });

  const ics = await request.get("/next-meetup.ics");
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone") ?? undefined);
  ICAL.TimezoneService.register(timezone);
  const vevent = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
  expect(vevent.summary).toBe("Cloud Native London December 2026");
  expect(vevent.startDate.toJSDate().toISOString()).toBe("2026-12-02T18:30:00.000Z");
  expect(vevent.endDate.toJSDate().toISOString()).toBe("2026-12-02T21:00:00.000Z");
  expect(vevent.startDate.zone?.tzid).toBe("Europe/London");
});

test("a past meetup never shows as upcoming, even on a page built before it", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-02T21:01:00Z"));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest recaps" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Cloud Native London December 2026" })).toHaveCount(0);
});

test.describe("the static export, served by a plain file server", () => {
  const exported = `http://127.0.0.1:${EXPORT_PORT}`;

  test("serves a recap with its talks, photo and player", async ({ page }) => {
    await page.goto(`${exported}${JULY}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cloud Native London July 2022: ControlPlane, Microsoft, and Harness");
    await expect(page.getByRole("region", { name: "Hacking Kubernetes: Live Demo Marathon" })).toBeVisible();
    await page.getByRole("link", { name: /^Play from 1:34/ }).click();
    await fakePlayerFrame(page);
  });

  test("sends a legacy permalink on to its recap, with a canonical link", async ({ page, request }) => {
    for (const old of ["/2022/07/06/cloud-native-london-july-2022/", "/2022/07/06/cloud-native-london-july-2022.html"]) {
      const html = await (await request.get(`${exported}${old}`)).text();
      expect(html, old).toContain(`<link rel="canonical" href="${SITE}${JULY}/">`);
      expect(html, old).toContain(`<meta http-equiv="refresh" content="0; url=${JULY}/">`);
    }
    await page.goto(`${exported}/2022/07/06/cloud-native-london-july-2022/`);
    await expect(page).toHaveURL(`${exported}${JULY}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("July 2022");
  });

  test("names every social card with its extension, so a plain host serves it as an image", async ({ page, request }) => {
    for (const path of [`${JULY}/`, "/talks/viktor-gamov-supercharge-your-kubernetes-ingress/", "/speakers/viktor-gamov/", "/"]) {
      await page.goto(`${exported}${path}`);
      const card = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(card, path).toBe(`${SITE}${path}opengraph-image.png`);
      await expect(page.locator('meta[name="twitter:image"]'), path).toHaveAttribute("content", card ?? "");
      const response = await request.get(`${exported}${path}opengraph-image.png`);
      expect(response.headers()["content-type"], path).toBe("image/png");
    }
  });

  test("serves the feed, the sitemap, the search index and the talk list as files", async ({ request }) => {
    for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/speakers/viktor-gamov/feed.xml", "/tags/2022/feed.xml", "/sitemap.xml", "/robots.txt", "/search-index.json", "/search-names.json", "/talks.json", "/next-meetup.ics"]) {
      expect((await request.get(`${exported}${path}`)).status(), path).toBe(200);
    }
  });
});

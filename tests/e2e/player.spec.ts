import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, fakePlayerFrame, fakePlayerLog, JULY, SEPTEMBER, test } from "./fixtures";

const TALKS = {
  [SEPTEMBER]: [
    { time: "24:25", seconds: 1465, speaker: "Viktor Gamov", title: "Supercharge your Kubernetes Ingress" },
    { time: "1:01:01", seconds: 3661, speaker: "Dimitris Finas", title: "New observability with OpenTelemetry & Distributed Traces" },
    { time: "1:48:07", seconds: 6487, speaker: "Jaap Brasser", title: "Chaos Engineering Implementations Demystified" },
  ],
  [JULY]: [
    { time: "1:34", seconds: 94, speaker: "Andrew Martin", title: "Hacking Kubernetes: Live Demo Marathon" },
    { time: "34:47", seconds: 2087, speaker: "Mark Whitby", title: "Innovation and collaboration - A tour of Microsoft contributions to the CNCF" },
    { time: "1:18:20", seconds: 4700, speaker: "Prithvi Raj and Sunil Anjin", title: "Let's talk Chaos Engineering with LitmusChaos" },
  ],
};

const seeks = async (page: Page) =>
  (await fakePlayerLog(page)).commands.filter((command) => command.func === "seekTo").map((command) => command.args?.[0]);

/** Marks the document, so a test can tell a seek in place from a navigation. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __samePage: true }));
const isSameDocument = (page: Page) => page.evaluate(() => "__samePage" in window);

test("nothing is requested from a third party before Play; Play loads the privacy-enhanced embed", async ({ page, thirdPartyRequests }) => {
  await page.goto(SEPTEMBER);
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState("networkidle");
  expect(thirdPartyRequests).toEqual([]);
  await page.getByRole("button", { name: /^Play/ }).click();
  const player = page.locator('iframe[title^="Recording:"]');
  await expect(player).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  const src = new URL((await player.getAttribute("src")) ?? "");
  expect(src.origin + src.pathname).toBe("https://www.youtube-nocookie.com/embed/En88atN_VgI");
  expect(src.searchParams.get("enablejsapi")).toBe("1");
  expect((await fakePlayerLog(page)).start).toBeNull();
  expect(thirdPartyRequests.every((url) => url.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true);
});

for (const [path, talks] of Object.entries(TALKS)) {
  test(`every talk on ${path} is a speaker section whose timestamps play it in place`, async ({ page }) => {
    await page.goto(path);
    await markDocument(page);
    for (const talk of talks) {
      const section = page.getByRole("region", { name: talk.title });
      for (const speaker of talk.speaker.split(" and ")) {
        await expect(section.getByRole("link", { name: speaker, exact: true })).toHaveAttribute("href", /^\/speakers\//);
      }
    }
    const [first, second, third] = talks;
    // The speaker section's control loads the player at the talk…
    await page.getByRole("link", { name: `Play from ${first!.time}: ${first!.speaker}: ${first!.title}` }).click();
    await expect(page).toHaveURL(`${path}?t=${first!.seconds}`);
    expect((await fakePlayerLog(page)).start).toBe(String(first!.seconds));
    // …the organiser's own inline link seeks the loaded player…
    await page.getByRole("region", { name: second!.title }).getByRole("link", { name: second!.time, exact: true }).click();
    await expect.poll(() => seeks(page)).toEqual([second!.seconds]);
    await expect(page).toHaveURL(`${path}?t=${second!.seconds}`);
    // …and so does the list beside the player.
    await page.getByRole("navigation", { name: "Talks in this recording" }).getByRole("link", { name: new RegExp(`^${third!.time}`) }).click();
    await expect.poll(() => seeks(page)).toEqual([second!.seconds, third!.seconds]);
    expect((await fakePlayerLog(page)).commands.filter((command) => command.func === "playVideo")).toHaveLength(2);
    expect(await isSameDocument(page)).toBe(true);
    await expect(page.getByRole("region", { name: third!.title })).toHaveAttribute("data-current", "");
  });
}

for (const t of ["1465", "24m25s", "24:25"]) {
  test(`the deep link ?t=${t} cues the player at 24:25 and highlights the Kong talk`, async ({ page, thirdPartyRequests }) => {
    await page.goto(`${SEPTEMBER}?t=${t}`);
    const play = page.getByRole("button", { name: /^Play from 24:25: / });
    await expect(play).toBeVisible();
    await expect(page.getByRole("region", { name: "Supercharge your Kubernetes Ingress" })).toHaveAttribute("data-current", "");
    await expect(page.locator("section[data-current]")).toHaveCount(1);
    expect(thirdPartyRequests).toEqual([]);
    await play.click();
    expect((await fakePlayerLog(page)).start).toBe("1465");
  });
}

test("a talk's #anchor scrolls to its section", async ({ page }) => {
  await page.goto(SEPTEMBER);
  const anchor = await page.getByRole("region", { name: "Chaos Engineering Implementations Demystified" }).getAttribute("id");
  expect(anchor).toBeTruthy();
  await page.goto(`${JULY}`);
  await page.goto(`${SEPTEMBER}#${anchor}`);
  await expect(page.getByRole("region", { name: "Chaos Engineering Implementations Demystified" })).toBeInViewport();
});

test("copy link puts the talk's page on the clipboard, which opens cued at the talk", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(JULY);
  await page.getByRole("button", { name: "Copy link to Mark Whitby: Innovation and collaboration - A tour of Microsoft contributions to the CNCF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard" })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/talks/mark-whitby-innovation-and-collaboration-a-tour-of-microsoft-contributions-to`);
  await page.goto((await page.evaluate(() => navigator.clipboard.readText())).replace(baseURL ?? "", ""));
  await expect(page.getByRole("button", { name: /^Play from 34:47: / })).toBeVisible();
});

test("keyboard only: tab to a talk's control, Enter plays it, Play button works with Space", async ({ page }) => {
  await page.goto(JULY);
  await page.getByRole("button", { name: /^Play recording/ }).focus();
  await page.keyboard.press("Space");
  expect((await fakePlayerLog(page)).start).toBeNull();

  await page.goto(JULY);
  const control = page.getByRole("link", { name: /^Play from 34:47: / });
  for (let presses = 0; presses < 60 && !(await control.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(control).toBeFocused();
  await page.keyboard.press("Enter");
  expect((await fakePlayerLog(page)).start).toBe("2087");
  await expect(page).toHaveURL(`${JULY}?t=2087`);
});

test("the JSON-LD describes the video with one Clip per talk", async ({ page, baseURL }) => {
  for (const [path, talks] of Object.entries(TALKS)) {
    await page.goto(path);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(data["@type"]).toBe("VideoObject");
    expect(data.embedUrl).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    // ISO 8601 with the zone's offset, as Google asks: noon in London on the meetup's day.
    expect(data.uploadDate).toMatch(/^2022-0[79]-0[67]T12:00:00\+01:00$/);
    expect(data.thumbnailUrl.length).toBeGreaterThan(0);
    expect(data.hasPart).toEqual(
      talks.map((talk, index) => ({
        "@type": "Clip",
        name: `${talk.speaker}: ${talk.title}`,
        startOffset: talk.seconds,
        ...(talks[index + 1] ? { endOffset: talks[index + 1]!.seconds } : {}),
        url: expect.stringMatching(new RegExp(`${path}\\?t=${talk.seconds}$`)),
      })),
    );
    expect(baseURL).toBeTruthy();
  }
});

test("on a phone, a timestamp far down the page brings the player into view and plays there", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SEPTEMBER);
  const control = page.getByRole("link", { name: /^Play from 1:48:07: / });
  await control.scrollIntoViewIfNeeded();
  await expect(page.locator('iframe[title^="Recording:"]')).toHaveCount(0);
  await control.click();
  await expect(page.locator('iframe[title^="Recording:"]')).toBeInViewport();
  await fakePlayerFrame(page);
  expect((await fakePlayerLog(page)).start).toBe("6487");
});

test("the organisers' YouTube chapters start at 0:00 and list every talk", async ({ page }) => {
  await page.goto(SEPTEMBER);
  await page.getByText("For organisers: YouTube chapters").click();
  await expect(page.locator("details pre")).toHaveText(
    "0:00 Welcome\n24:25 Viktor Gamov: Supercharge your Kubernetes Ingress\n1:01:01 Dimitris Finas: New observability with OpenTelemetry & Distributed Traces\n1:48:07 Jaap Brasser: Chaos Engineering Implementations Demystified",
  );
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations with a cued talk and a loaded player (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${JULY}?t=94`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: /^Play from 1:34/ }).click();
    await fakePlayerFrame(page);
    await page.getByText("For organisers: YouTube chapters").click();
    await expectNoAxeViolations(page);
  });
}

import { expect, expectNoAxeViolations, fakePlayerLog, SEPTEMBER, test } from "./fixtures";

const KONG = "/talks/viktor-gamov-supercharge-your-kubernetes-ingress";
const SITE = "https://cloudnative.london";

test("a talk has its own page: who, from where, the evening, and the player cued at the talk", async ({ page, thirdPartyRequests }) => {
  await page.goto(KONG);
  await expect(page).toHaveTitle("Supercharge your Kubernetes Ingress · Cloud Native London");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supercharge your Kubernetes Ingress");
  await expect(page.getByRole("link", { name: "Viktor Gamov", exact: true })).toHaveAttribute("href", "/speakers/viktor-gamov");
  await expect(page.getByRole("link", { name: "Kong", exact: true })).toHaveAttribute("href", "/companies/kong");
  await expect(page.getByRole("link", { name: /^Cloud Native London September 2022/ })).toHaveAttribute("href", /^\/recaps\/cloud-native-london-september-2022\?t=1465#/);
  await expect(page.getByText("How a new Gateway API will address Ingress limitations")).toBeVisible();
  const next = page.getByRole("navigation", { name: "More talks from this evening" }).getByRole("link");
  await expect(next).toHaveCount(1);
  await expect(next).toContainText("New observability with OpenTelemetry & Distributed Traces");
  expect(thirdPartyRequests).toEqual([]);
  await page.getByRole("button", { name: "Play from 24:25: Supercharge your Kubernetes Ingress" }).click();
  expect((await fakePlayerLog(page)).start).toBe("1465");
});

test("a talk page's own timestamps seek its player in place, and its neighbours are a click away", async ({ page }) => {
  await page.goto("/talks/dimitris-finas-new-observability-with-opentelemetry-and-distributed-traces");
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  await page.getByRole("button", { name: /^Play from 1:01:01/ }).click();
  expect((await fakePlayerLog(page)).start).toBe("3661");
  await page.getByRole("article").getByRole("link", { name: "1:01:01", exact: true }).click();
  await expect.poll(async () => (await fakePlayerLog(page)).commands.filter((command) => command.func === "seekTo").map((command) => command.args?.[0])).toEqual([3661]);
  expect(await page.evaluate(() => "__samePage" in window)).toBe(true);
  await page.getByRole("navigation", { name: "More talks from this evening" }).getByRole("link", { name: /Previous talk/ }).click();
  await expect(page).toHaveURL(KONG);
});

test("a talk page has its own canonical address, description, social card and key moment", async ({ page, request }) => {
  await page.goto(KONG);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}${KONG}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Viktor Gamov \(Kong\) at Cloud Native London September 2022/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", `${SITE}${KONG}/opengraph-image`);
  const card = await request.get(`${KONG}/opengraph-image`);
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(data["@type"]).toBe("VideoObject");
  expect(data.hasPart).toEqual([{ "@type": "Clip", name: "Viktor Gamov: Supercharge your Kubernetes Ingress", startOffset: 1465, endOffset: 3661, url: `${SITE}${KONG}?t=1465` }]);
});

test("a recap's 'Copy link' copies the talk's page, and the /talks list opens it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(SEPTEMBER);
  await page.getByRole("button", { name: "Copy link to Viktor Gamov: Supercharge your Kubernetes Ingress" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${KONG}`);
  await page.goto("/talks");
  await page.getByRole("link", { name: "Play Supercharge your Kubernetes Ingress from 24:25" }).click();
  await expect(page).toHaveURL(KONG);
  await expect(page.getByRole("button", { name: /^Play from 24:25/ })).toBeVisible();
});

test("the sitemap lists every talk page", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap.match(/<loc>[^<]*\/talks\/[^<]+<\/loc>/g) ?? []).toHaveLength(6);
  expect(sitemap).toContain(`<loc>${SITE}${KONG}</loc>`);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations on a talk page (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(KONG);
    await expectNoAxeViolations(page);
  });
}

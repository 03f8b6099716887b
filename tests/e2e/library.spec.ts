import { expect, expectNoAxeViolations, fakePlayerLog, SEPTEMBER, test } from "./fixtures";

test("from /speakers, reach Viktor Gamov's page and play his talk at 24:25 on its page", async ({ page }) => {
  await page.goto("/speakers");
  await page.getByRole("link", { name: "Viktor Gamov" }).click();
  await expect(page).toHaveURL("/speakers/viktor-gamov");
  await expect(page).toHaveTitle("Viktor Gamov · Cloud Native London");
  await expect(page.getByRole("link", { name: "Kong 2022" })).toHaveAttribute("href", "/companies/kong");
  await expect(page.getByText("How a new Gateway API will address Ingress limitations")).toBeVisible();
  await page.getByRole("link", { name: "Play Supercharge your Kubernetes Ingress from 24:25" }).click();
  await expect(page).toHaveURL("/talks/viktor-gamov-supercharge-your-kubernetes-ingress");
  await page.getByRole("button", { name: /^Play from 24:25/ }).click();
  expect((await fakePlayerLog(page)).start).toBe("1465");
});

test("filtering /talks by company Harness shows the two Harness talks, in a shareable URL", async ({ page }) => {
  await page.goto("/talks");
  await expect(page.getByRole("status")).toHaveText("6 talks");
  await page.getByLabel("Company").selectOption({ label: "Harness" });
  await expect(page).toHaveURL("/talks?company=harness");
  const titles = page.getByRole("list", { name: "Talks" }).getByRole("heading", { level: 2 });
  await expect(titles).toHaveText(["Chaos Engineering Implementations Demystified", "Let's talk Chaos Engineering with LitmusChaos"]);
  await expect(page.getByRole("status")).toHaveText("Showing 2 of 6 talks");
  await page.reload();
  await expect(titles).toHaveCount(2);
  await page.getByLabel("Year").selectOption("2022");
  await page.getByLabel("Tag").selectOption({ label: "Video" });
  await expect(titles).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL("/talks?company=harness&year=2022");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(titles).toHaveCount(6);
});

test("search 'chaos' by keyboard and land on a Harness talk's page, cued at its timestamp", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  const search = page.getByRole("combobox", { name: "Search talks and recaps" });
  await expect(search).toBeFocused();
  await page.keyboard.type("chaos");
  const results = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(results.first()).toContainText("Chaos Engineering");
  await expect(results.first()).toContainText("Harness");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await expect(results.first()).toHaveAttribute("aria-selected", "true");
  const firstText = (await results.first().textContent()) ?? "";
  const expected = firstText.includes("Jaap Brasser")
    ? { url: "/talks/jaap-brasser-chaos-engineering-implementations-demystified", time: "1:48:07" }
    : { url: "/talks/prithvi-raj-sunil-anjin-let-s-talk-chaos-engineering-with-litmuschaos", time: "1:18:20" };
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(expected.url);
  await expect(page.getByRole("button", { name: new RegExp(`^Play from ${expected.time}`) })).toBeVisible();
  await expect(page.getByRole("link", { name: "Harness", exact: true })).toHaveAttribute("href", "/companies/harness");
});

test("a search result is a real link: a modifier click opens it in a new tab, and the search stays open", async ({ page, context }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await page.keyboard.type("kong");
  const result = page.getByRole("listbox", { name: "Search results" }).getByRole("option").filter({ hasText: "Supercharge your Kubernetes Ingress" });
  await expect(result).toHaveAttribute("href", "/talks/viktor-gamov-supercharge-your-kubernetes-ingress");
  const opened = context.waitForEvent("page");
  await result.click({ modifiers: ["ControlOrMeta"] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe("/talks/viktor-gamov-supercharge-your-kubernetes-ingress");
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Supercharge your Kubernetes Ingress");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("combobox", { name: "Search talks and recaps" })).toBeVisible();
});

test("search tolerates a typo and prefixes: 'kubernets' and 'kube' find the Kubernetes talks", async ({ page }) => {
  await page.goto("/talks");
  await page.keyboard.press("Control+k");
  const results = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  for (const query of ["kubernets", "kube"]) {
    await page.getByRole("combobox", { name: "Search talks and recaps" }).fill(query);
    await expect(results.filter({ hasText: "Supercharge your Kubernetes Ingress" })).toHaveCount(1);
    await expect(results.filter({ hasText: "Hacking Kubernetes: Live Demo Marathon" })).toHaveCount(1);
  }
  await expect(results.first()).toContainText("Matched in");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();
});

test("the search indexes are fetched only when the search opens, the small one first", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(fetched.filter((path) => path.startsWith("/search-"))).toEqual([]);
  await page.getByRole("button", { name: "Search talks and recaps" }).click();
  await expect.poll(() => fetched.filter((path) => path.startsWith("/search-"))).toEqual(["/search-names.json", "/search-index.json"]);
});

test("speaker and company names on a recap page link to their pages, and tags to tag pages", async ({ page }) => {
  await page.goto(SEPTEMBER);
  const section = page.getByRole("region", { name: "New observability with OpenTelemetry & Distributed Traces" });
  await section.getByRole("link", { name: "Lightstep" }).click();
  await expect(page).toHaveURL("/companies/lightstep");
  await expect(page.getByRole("list").filter({ hasText: "Dimitris Finas" }).first().getByRole("link", { name: "Dimitris Finas" })).toHaveAttribute("href", "/speakers/dimitris-finas");
  await page.goto(SEPTEMBER);
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "2022" }).click();
  await expect(page).toHaveURL("/tags/2022");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(2);
});

test("the tags page separates topics from years, with counts", async ({ page }) => {
  await page.goto("/tags");
  await expect(page.getByRole("region", { name: "Topics" }).getByRole("link")).toHaveText(["Meetup2", "Photos2", "Video2"]);
  await expect(page.getByRole("region", { name: "Years" }).getByRole("link")).toHaveText(["20222"]);
});

test("each new page type has its own title, description and canonical URL", async ({ page }) => {
  for (const [path, title] of [
    ["/talks", "All talks · Cloud Native London"],
    ["/speakers", "Speakers · Cloud Native London"],
    ["/speakers/prithvi-raj", "Prithvi Raj · Cloud Native London"],
    ["/companies", "Companies · Cloud Native London"],
    ["/companies/harness", "Harness · Cloud Native London"],
    ["/tags", "Tags · Cloud Native London"],
    ["/tags/video", "Recaps tagged Video · Cloud Native London"],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{30,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
  }
});

for (const theme of ["light", "dark"] as const) {
  for (const path of ["/talks?company=harness", "/speakers", "/speakers/viktor-gamov", "/companies", "/companies/harness", "/tags", "/tags/2022"]) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
  test(`axe finds no violations in the open search dialog (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/");
    await page.getByRole("button", { name: "Search talks and recaps" }).click();
    await page.getByRole("combobox", { name: "Search talks and recaps" }).fill("chaos");
    await expect(page.getByRole("option").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

import { expect, expectNoAxeViolations, JULY, SEPTEMBER, test } from "./fixtures";

const RECAPS = [
  { path: SEPTEMBER, title: "Cloud Native London September 2022: Kong, Lightstep, and Harness", text: "We had three great speakers from Kong" },
  { path: JULY, title: "Cloud Native London July 2022: ControlPlane, Microsoft, and Harness", text: "We had four fantastic speakers" },
];

test("the home page introduces the community and lists both recaps, newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Cloud Native London" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Join us on Meetup" })).toHaveAttribute("href", /meetup\.com\/cloud-native-london/);
  const latest = page.getByRole("region", { name: "Latest recaps" });
  const titles = latest.getByRole("heading", { level: 3 });
  await expect(titles).toHaveText([RECAPS[0]!.title, RECAPS[1]!.title]);
  await expect(latest.getByText("3 talks")).toHaveCount(2);
  await latest.getByRole("link", { name: RECAPS[1]!.title }).click();
  await expect(page).toHaveURL(JULY);
});

test("the archive fits one page until it outgrows it: no page links, page 1 points to /recaps, no page 2", async ({ page, request }) => {
  await page.goto("/recaps");
  await expect(page.getByRole("navigation", { name: "Pages of recaps" })).toHaveCount(0);
  await page.goto("/recaps/page/1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/recaps$/);
  expect((await request.get("/recaps/page/2")).status()).toBe(404);
  expect((await request.get("/tags/2022/page/1")).status()).toBe(200);
  expect((await request.get("/tags/2022/page/2")).status()).toBe(404);
});

test("the archive groups recaps by year with a linkable year heading", async ({ page }) => {
  await page.goto("/recaps");
  const year = page.getByRole("region", { name: /2022/ });
  await expect(year.getByRole("heading", { level: 3 })).toHaveCount(2);
  await expect(page.locator('[id="2022"]')).toBeVisible();
  await page.getByRole("link", { name: "2022", exact: true }).first().click();
  await expect(page).toHaveURL(/\/recaps#2022$/);
});

for (const recap of RECAPS) {
  test(`the recap page ${recap.path} shows its title, photo and body`, async ({ page }) => {
    await page.goto(recap.path);
    await expect(page).toHaveTitle(`${recap.title} · Cloud Native London`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(recap.title);
    await expect(page.getByText(recap.text)).toBeVisible();
    const photo = page.getByRole("button", { name: /^Open photo/ }).locator("img");
    await photo.scrollIntoViewIfNeeded();
    await expect(photo).toHaveAttribute("width", "1600");
    await expect(photo).toHaveAttribute("height", "1067");
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  });
}

test("the lightbox opens and closes by keyboard, and focus returns to the photo", async ({ page }) => {
  await page.goto(SEPTEMBER);
  const opener = page.getByRole("button", { name: /^Open photo/ });
  await opener.focus();
  await page.keyboard.press("Enter");
  const viewer = page.getByRole("dialog", { name: "Photo viewer" });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText("Photo 1 of 1")).toBeVisible();
  await expect(viewer.getByRole("img")).toHaveAttribute("alt", /Cloud Native London September 2022/);
  await page.keyboard.press("ArrowRight");
  await expect(viewer.getByText("Photo 1 of 1")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  await expect(opener).toBeFocused();
});

test("the theme control switches to dark, persists across pages, and starts dark without a flash", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  const theme = page.getByRole("radiogroup", { name: "Theme" });
  await expect(theme.getByRole("radio", { name: "System" })).toBeChecked();
  await theme.getByRole("radio", { name: "Dark" }).click();
  await expect(html).toHaveClass(/dark/);
  await expect(theme.getByRole("radio", { name: "Dark" })).toBeChecked();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");
  // The class is set by the inline head script, before any stylesheet or React runs.
  await page.goto(SEPTEMBER, { waitUntil: "commit" });
  await page.waitForSelector("body", { state: "attached" });
  await expect(html).toHaveClass(/dark/);
  // The checked radio appears once React has hydrated the control.
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await page.getByRole("radio", { name: "Light" }).click();
  await expect(html).not.toHaveClass(/dark/);
});

test("'System' goes back to following the system, even as the system changes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("radio", { name: "Light" }).click();
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole("radio", { name: "System" }).click();
  await expect(html).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  // The arrow keys move the choice, as in any radio group.
  await page.getByRole("radio", { name: "System" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeFocused();
  await expect(html).toHaveClass(/dark/);
});

test("a theme chosen in one tab applies in the others", async ({ page, context }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: "light" });
  await other.goto(SEPTEMBER);
  await expect(other.locator("html")).not.toHaveClass(/dark/);
  await page.getByRole("radio", { name: "Dark" }).click();
  await expect(other.locator("html")).toHaveClass(/dark/);
  await expect(other.getByRole("radio", { name: "Dark" })).toBeChecked();
  await page.getByRole("radio", { name: "System" }).click();
  await expect(other.locator("html")).not.toHaveClass(/dark/);
  await expect(other.getByRole("radio", { name: "System" })).toBeChecked();
});

test("an unknown recap is a real 404 with a way back", async ({ page }) => {
  const response = await page.goto("/recaps/no-such-meetup");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  await page.getByRole("link", { name: "Browse all recaps" }).click();
  await expect(page).toHaveURL("/recaps");
});

test("a 320 px phone shows the recap without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/recaps", SEPTEMBER]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const theme of ["light", "dark"] as const) {
  for (const path of ["/", "/recaps", SEPTEMBER, JULY, "/recaps/no-such-meetup"]) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      await expectNoAxeViolations(page);
    });
  }
}

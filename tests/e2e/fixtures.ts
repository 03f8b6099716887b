import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page, test as base } from "@playwright/test";

export type FakePlayerLog = { start: string | null; autoplay: string | null; commands: { func?: string; args?: unknown[]; event?: string }[] };

/**
 * A stand-in for YouTube's embed: it records the `start` it was loaded with and every postMessage
 * command, so tests can assert where a click sent the video. No test ever reaches YouTube.
 */
const FAKE_EMBED = `<!doctype html><title>Fake player</title><body style="background:#000;color:#fff">fake player<script>
const params = new URL(location.href).searchParams;
window.__player = { start: params.get("start"), autoplay: params.get("autoplay"), commands: [] };
addEventListener("message", (event) => { try { window.__player.commands.push(JSON.parse(event.data)); } catch {} });
</script></body>`;

type Fixtures = { thirdPartyRequests: string[] };

export const test = base.extend<Fixtures>({
  thirdPartyRequests: async ({ context }, provide) => {
    const requests: string[] = [];
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      // The site under test runs on this machine (the Next server and the static export's server).
      if (/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      requests.push(url);
      if (new URL(url).hostname === "www.youtube-nocookie.com" && new URL(url).pathname.startsWith("/embed/")) {
        return route.fulfill({ status: 200, contentType: "text/html", body: FAKE_EMBED });
      }
      return route.abort();
    });
    await provide(requests);
  },
  page: async ({ page, thirdPartyRequests }, provide) => {
    void thirdPartyRequests; // routes are installed before any page loads
    // Tests act as a visitor who waits until the page is interactive: a click or key press before
    // React hydrates is lost, and on a slow CI machine a test would otherwise race hydration. A test
    // that looks at the page before that (the theme script) passes `waitUntil: "commit"`.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== "commit") await waitForHydration(page);
      return response;
    };
    await provide(page);
  },
});

export { expect };

export async function fakePlayerFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes("youtube-nocookie.com/embed/"))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes("youtube-nocookie.com/embed/"));
  if (!frame) throw new Error("the player iframe did not load");
  await frame.waitForFunction(() => "__player" in window);
  return frame;
}

export async function fakePlayerLog(page: Page): Promise<FakePlayerLog> {
  const frame = await fakePlayerFrame(page);
  return frame.evaluate(() => (window as unknown as { __player: FakePlayerLog }).__player);
}

/** The header's search button announces its keyboard shortcuts once React has hydrated the page. */
async function waitForHydration(page: Page) {
  const search = page.getByRole("button", { name: "Search talks and recaps" });
  if ((await search.count()) > 0) await expect(search).toHaveAttribute("aria-keyshortcuts", /Control\+K/);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

export const SEPTEMBER = "/recaps/cloud-native-london-september-2022";
export const JULY = "/recaps/cloud-native-london-july-2022";

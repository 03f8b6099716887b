import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ogImage } from "../../../lib/render/og-card";

// next/og fetches a font from Google (or an emoji from a CDN) for any glyph the card's fonts lack.
const requested: string[] = [];
const realFetch = globalThis.fetch;
before(() => {
  globalThis.fetch = (input) => {
    const url = input instanceof Request ? input.url : String(input);
    // Its own WebAssembly comes as a data: URL; anything else is the network.
    if (url.startsWith("data:")) return realFetch(input);
    requested.push(url);
    return Promise.reject(new Error(`offline: ${url}`));
  };
});
after(() => {
  globalThis.fetch = realFetch;
});

describe("the social card", () => {
  for (const title of ["Łukasz Ślęzak and Metin Yıldız", "Йылдыз Петров и Γιώργος Παπαδόπουλος", "Nguyễn Thị Minh Anh", "李小龙 on 云原生", "たなか ひろし and 김민준", "Launch night 🎉🚀"]) {
    it(`draws '${title}' from the fonts in npm packages, fetching nothing`, async () => {
      requested.length = 0;
      const png = Buffer.from(await (await ogImage({ eyebrow: "Speaker", title, lines: ["3 talks"] }, null)).arrayBuffer());
      assert.deepEqual(requested, []);
      assert.equal(png.toString("ascii", 1, 4), "PNG");
    });
  }

  it("is drawn once per content: the next build takes an unchanged card from the cache", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "cards-"));
    const card = { eyebrow: "Talk · 7 September 2022", title: "Supercharge your Kubernetes Ingress", lines: ["Viktor Gamov · Kong"] };
    const drawn = await ogImage(card, cache);
    assert.equal(drawn.headers.get("content-type"), "image/png");
    const [file, ...others] = readdirSync(cache);
    assert.ok(file !== undefined && file.endsWith(".png") && others.length === 0, "one card, stored by its content");
    // What the cache holds is what the next build serves, without drawing it again.
    writeFileSync(path.join(cache, file), "from the cache");
    assert.equal(Buffer.from(await (await ogImage(card, cache)).arrayBuffer()).toString(), "from the cache");
    // Another title is another card.
    await ogImage({ ...card, title: "New observability with OpenTelemetry" }, cache);
    assert.equal(readdirSync(cache).length, 2);
  });
});

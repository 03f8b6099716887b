import assert from "node:assert/strict";
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
      const png = Buffer.from(await ogImage({ eyebrow: "Speaker", title, lines: ["3 talks"] }).arrayBuffer());
      assert.deepEqual(requested, []);
      assert.equal(png.toString("ascii", 1, 4), "PNG");
    });
  }
});

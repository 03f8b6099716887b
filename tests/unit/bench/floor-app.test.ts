import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { isRecord } from "../../../lib/guards";
import { FLOOR_FILES, writeFloorApp } from "../../../tools/bench/floor-app";

// The floor is only a floor if it is the emptiest page Lighthouse can still score on SEO and accessibility.
describe("the bench's floor app", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-floor-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFloorApp(dir);
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");

  it("writes a package whose build and start are Next's own, and nothing but the app's layout, page and icon", () => {
    const manifest: unknown = JSON.parse(read("package.json"));
    assert.ok(isRecord(manifest) && isRecord(manifest.scripts));
    assert.deepEqual(manifest.scripts, { build: "next build", start: "next start" });
    assert.deepEqual(readdirSync(path.join(dir, "app")).sort(), ["icon.svg", "layout.jsx", "page.jsx"]);
    assert.deepEqual(Object.keys(FLOOR_FILES).sort(), ["app/icon.svg", "app/layout.jsx", "app/page.jsx", "package.json"]);
  });

  it("has a root layout with a language, a title and a description, and no CSS or fonts", () => {
    const layout = read("app/layout.jsx");
    assert.match(layout, /<html lang="en">/);
    assert.match(layout, /title: "[^"]+"/);
    assert.match(layout, /description: "[^"]+"/);
    assert.doesNotMatch(layout + read("app/page.jsx"), /import|className|style/);
  });

  it("has one page with one <h1> and one <p>", () => {
    const page = read("app/page.jsx");
    assert.equal(page.match(/<h1>/g)?.length, 1);
    assert.equal(page.match(/<p>/g)?.length, 1);
    assert.equal(page.match(/<[a-z]/g)?.length, 2);
  });
});

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { markdownToHast } from "../../../lib/render/markdown";

const render = (markdown: string, options: Partial<Parameters<typeof markdownToHast>[1]> = {}): string =>
  toHtml(markdownToHast(markdown, { videoId: null, talkLines: [], ...options }));

const elements = (tree: Root) => tree.children.filter((node): node is Element => node.type === "element");

describe("markdownToHast", () => {
  it("turns the recaps' ### and ## headings into an outline under the page's h1", () => {
    const html = render("### Overview\n\ntext\n\n## Next month\n\n#### Detail\n\n###### Deep");
    assert.match(html, /<h2 id="overview">Overview<\/h2>/);
    assert.match(html, /<h2 id="next-month">Next month<\/h2>/);
    assert.match(html, /<h3 id="detail">Detail<\/h3>/);
    assert.match(html, /<h4 id="deep">Deep<\/h4>/);
  });

  it("wraps a talk's paragraph and its takeaways into one section, with its heading level", () => {
    const tree = markdownToHast("## Overview\n\nIntro.\n\nJane Doe from Acme (starting at 1:00).\n\n* one\n* two\n\nAfter.", { videoId: null, talkLines: [5] });
    const section = elements(tree).find((node) => node.tagName === "section");
    assert.ok(section);
    assert.deepEqual(section.properties, { dataTalk: "0", dataLevel: "3" });
    assert.deepEqual(section.children.filter((node): node is Element => node.type === "element").map((node) => node.tagName), ["p", "ul"]);
    assert.equal(elements(tree).at(-1)?.tagName, "p");
  });

  it("makes a talk that opens with its own heading the section of that heading's part, in its place", () => {
    const markdown = "## Talks\n\n### Talk 1: Rust — Jane Doe, Acme\n\nJane showed us Rust.\n\n* one\n\n### Talk 2: Go — John Smith, Initech\n\nMore.";
    const tree = markdownToHast(markdown, { videoId: null, talkLines: [3, 9] });
    const sections = elements(tree).filter((node) => node.tagName === "section");
    assert.deepEqual(sections.map((section) => section.properties), [{ dataTalk: "0", dataLevel: "3" }, { dataTalk: "1", dataLevel: "3" }]);
    assert.deepEqual(sections[0]?.children.filter((node): node is Element => node.type === "element").map((node) => node.tagName), ["p", "ul"]);
    assert.deepEqual(elements(tree).map((node) => node.tagName), ["h2", "section", "section"]);
  });

  it("links plain-text 'starting at' timestamps into the recap's video", () => {
    const html = render("Jane talked about Rust (starting at 1:01:01) and more.", { videoId: "En88atN_VgI" });
    assert.match(html, /\(starting at <a href="https:\/\/www\.youtube\.com\/watch\?v=En88atN_VgI&#x26;t=3661s">1:01:01<\/a>\)/);
  });

  it("leaves timestamps alone without a video, and inside existing links", () => {
    assert.doesNotMatch(render("starting at 1:01:01"), /<a/);
    const html = render("[starting at 24:25](https://youtu.be/En88atN_VgI?t=1465)", { videoId: "En88atN_VgI" });
    assert.equal(html.match(/<a /g)?.length, 1);
  });

  it("turns embedded players and slide decks into links, and keeps tweets as quotes without their script", () => {
    const html = render(
      [
        '<iframe src="https://speakerdeck.com/player/abc" title="Scaling Kafka"></iframe>',
        '<iframe src="https://w.soundcloud.com/player/?url=x"></iframe>',
        '<iframe src="https://www.youtube-nocookie.com/embed/En88atN_VgI?start=94"></iframe>',
        '<iframe src="javascript:alert(1)"></iframe>',
        '<blockquote class="twitter-tweet"><p>Great meetup!</p>&mdash; Jane (@jane)</blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
      ].join("\n\n"),
    );
    assert.match(html, /<a href="https:\/\/speakerdeck\.com\/player\/abc">View the slides on Speaker Deck: Scaling Kafka<\/a>/);
    assert.match(html, /<a href="https:\/\/w\.soundcloud\.com\/player\/\?url=x">Listen on SoundCloud<\/a>/);
    assert.match(html, /<a href="https:\/\/www\.youtube\.com\/watch\?v=En88atN_VgI&#x26;t=94s">Watch on YouTube<\/a>/);
    assert.match(html, /<blockquote>\s*<p>Great meetup!<\/p>— Jane \(@jane\)<\/blockquote>/);
    assert.doesNotMatch(html, /<iframe|<script|javascript:/);
  });

  it("drops a <style> block with its CSS, so the text never shows on the page", () => {
    const html = render("Before.\n\n<style>\nbody { display: none }\n</style>\n\nAfter <style>.x { color: red }</style>inline.\n\n<template><p>hidden</p></template>");
    assert.match(html, /<p>Before\.<\/p>/);
    assert.match(html, /<p>After inline\.<\/p>/);
    assert.doesNotMatch(html, /display|color: red|hidden|<style|<template/);
  });

  it("drops an iframe whose src is not a web address, without leaving an empty link", () => {
    const html = render(['<iframe src="javascript:alert(1)"></iframe>', '<iframe src="data:text/html,hi"></iframe>', '<iframe src="vbscript:x"></iframe>', '<iframe src="https://example.com/x"></iframe>'].join("\n\n"));
    assert.equal(html.match(/<a[\s>]/g)?.length, 1, html);
    assert.match(html, /<a href="https:\/\/example\.com\/x">Open the embedded content on example\.com<\/a>/);
    assert.doesNotMatch(html, /on <\/a>|<a>/);
  });

  it("renders raw HTML but never script or event handlers", () => {
    const html = render('<b>bold</b><script>alert(1)</script>\n\n<img src="/x.png" onerror="alert(2)">\n\n[x](javascript:alert(3))');
    assert.match(html, /<b>bold<\/b>/);
    assert.doesNotMatch(html, /<script|onerror|javascript:/i);
  });
});

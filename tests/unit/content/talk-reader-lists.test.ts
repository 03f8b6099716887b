import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalks } from "./read-talks";

describe("the talk reader reads a night's talks from a bullet list", () => {
  it("reads an item whose speaker follows an opener, titled or not", () => {
    const talks = readTalks([
      "No slides were harmed. Here's what we heard:",
      "",
      "* Matěj Dvořák from Korsgaard Systems opened with Ten Things I Wish I'd Known Before Running etcd.",
      "* Then Jun-seo Park showed us how his team deploys game servers with Nomad, no slides at all.",
      "* Last but not least, Tomás de la Fuente from Quillfeather asked Why Is My Container 3GB?",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Matěj Dvořák"], title: "Ten Things I Wish I'd Known Before Running etcd" },
        { speakers: ["Jun-seo Park"], title: null },
        { speakers: ["Tomás de la Fuente"], title: "Why Is My Container 3GB?" },
      ],
    );
  });
});

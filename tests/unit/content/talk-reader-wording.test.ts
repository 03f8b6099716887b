import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalkFields as read } from "./read-talks";

describe("the talk reader tells a title's words from a person's name", () => {
  it("reads everyday words before a chapter entry's colon as the title's head, not a speaker", () => {
    const talks = read([
      "1. **Ottilie Brandvold** (Hagstrom Data) — Capacity Planning: Guessing With Confidence",
      "",
      "    Ottilie showed how her team forecasts node pools a quarter ahead.",
      "",
      "2. **Yaw Darko-Lindqvist** (Sankofa Cloud) — Retry Storms and How to Calm Them",
      "",
      "    Yaw took a single failing dependency and showed how clients turn it into an outage.",
      "",
      "### Chapters",
      "",
      "- 0:00 Welcome",
      "- 4:40 Capacity Planning: Guessing With Confidence",
      "- 31:15 Yaw Darko-Lindqvist: Retry Storms and How to Calm Them",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Ottilie Brandvold"], company: "Hagstrom Data", title: "Capacity Planning: Guessing With Confidence", start: 280 },
      { speakers: ["Yaw Darko-Lindqvist"], company: "Sankofa Cloud", title: "Retry Storms and How to Calm Them", start: 1875 },
    ]);
  });

  it("takes the name that opens a sentence and did something for the speaker, not the everyday words of the title", () => {
    const talks = read(["Then Gunnhild got us going with Image Security Scanning: What the Reports Miss (starting at 9:30)."]);
    assert.deepEqual(talks, [{ speakers: ["Gunnhild"], company: null, title: "Image Security Scanning: What the Reports Miss", start: 570 }]);
  });

  it("never takes one everyday word for a first name the recap gives nowhere else", () => {
    const talks = read(["- 0:00 Welcome", "- 4:12 Operators (Not the Phone Kind) for Stateful Apps", "- 38:50 Hedda Lund: Quotas That Teams Respect"]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [[], ["Hedda Lund"]]);
  });

  it("never takes a contraction for part of a name", () => {
    const talks = read(["- 0:00 Welcome", "- 6:10 Cron Jobs I Wish I'd Never Written", "- 31:40 Ottar Vik: Quotas That Teams Respect"]);
    assert.deepEqual(talks, [
      { speakers: [], company: null, title: "Cron Jobs I Wish I'd Never Written", start: 370 },
      { speakers: ["Ottar Vik"], company: null, title: "Quotas That Teams Respect", start: 1900 },
    ]);
  });

  it("reads a title in single quotes", () => {
    const talks = read(["A regular who asked to stay unnamed took five minutes for 'Ten Alerts I Deleted, Ranked' (starting at 1:10:05). It's the talk we'll remember."]);
    assert.deepEqual(talks, [{ speakers: [], company: null, title: "Ten Alerts I Deleted, Ranked", start: 4205 }]);
  });
});

describe("the talk reader knows a speaker by the name the recap calls them", () => {
  it("resolves a short form of a given name to the one full name the recap gives", () => {
    const talks = read([
      "Our speakers were Wojciech Zaremba-Lis (Torvik Cloud) and Oluwaseun Adébáyọ̀ (Kestrel Pay).",
      "",
      "Kicking off, Wojtek gave a tour of **Ten Years of Terraform State** (starting at 4:05). His takeaways:",
      "",
      "- Split state by blast radius",
      "",
      "Next up, Seun told us about **Paging Budgets for Humans** (starting at 31:10).",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Wojciech Zaremba-Lis"], company: "Torvik Cloud", title: "Ten Years of Terraform State", start: 245 },
      { speakers: ["Oluwaseun Adébáyọ̀"], company: "Kestrel Pay", title: "Paging Budgets for Humans", start: 1870 },
    ]);
  });

  it("takes the fuller of two names with one family name, when one given name is short for the other", () => {
    const talks = read([
      "Tonight's line-up: **Devendra Raghunathan** of Pennant Pay.",
      "",
      "**Dev** (starting at 34:12) told us how Pennant Pay runs game days.",
      "",
      "### Chapters",
      "",
      "- 0:00 Welcome",
      "- 34:12 Dev Raghunathan — Chaos Monkey Business",
    ]);
    assert.deepEqual(talks.map(({ speakers, start }) => ({ speakers, start })), [{ speakers: ["Devendra Raghunathan"], start: 2052 }]);
  });

  it("takes a two-word given name for the fuller name a photo gives", () => {
    const talks = read(["![Mary Kate O'Brien](/images/mary-kate.jpeg)", "", "First up, Mary Kate from Ferrolane was talking about Network Policies Without Tears."]);
    assert.deepEqual(talks, [{ speakers: ["Mary Kate O'Brien"], company: "Ferrolane", title: "Network Policies Without Tears", start: null }]);
  });

  it("keeps a first name that is no short form of anyone the recap names", () => {
    const talks = read(["Our speaker was Wojciech Zaremba-Lis (Torvik Cloud).", "", "Kicking off, Marta gave a tour of **Ten Years of Terraform State** (starting at 4:05)."]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Marta"]]);
  });
});

describe("the talk reader reads a talk once, however many times the recap gives it", () => {
  it("folds a chapter entry into the paragraph that starts at the same time", () => {
    const talks = read([
      "First up (starting at 5:55), Ines from Brava Data walked through [Sharding Postgres Without Tears](https://slides.example/ines).",
      "",
      "After the panel, Halvor Dahl from Fjellnett asked Who Pays for the Cluster? (starting at 48:20).",
      "",
      "### Video chapters",
      "",
      "- 0:00 Welcome",
      "- 5:55 Ines Barreto — Sharding Postgres Without Tears",
      "- 48:20 Halvor Dahl — Who Pays for the Cluster?",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Ines Barreto"], company: "Brava Data", title: "Sharding Postgres Without Tears", start: 355 },
      { speakers: ["Halvor Dahl"], company: "Fjellnett", title: "Who Pays for the Cluster?", start: 2900 },
    ]);
  });
});

describe("the talk reader keeps a title as it is written", () => {
  it("keeps the full stop of an abbreviation, and drops the quotes around a field", () => {
    const talks = read([
      "### Birgit Aas — Backups, Restores, Drills, etc.",
      "",
      "Birgit showed the restore drill her team runs every month.",
      "",
      "### Tomasz Lis — 'Paged at 3 a.m.'",
      "",
      "Tomasz told the story of one very long night.",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Birgit Aas"], company: null, title: "Backups, Restores, Drills, etc.", start: null },
      { speakers: ["Tomasz Lis"], company: null, title: "Paged at 3 a.m.", start: null },
    ]);
  });

  it("reads a title named after a long lead-in, and one that opens on a tool's name after 'the'", () => {
    const talks = read([
      "Rounding off the night, Ines Sousa from Lusa Cloud (from 1:15:05) took apart the idea that a platform team can pave a road and expect everyone to use it, in a talk called 'The \"Golden Path\" Is a Suggestion'. The room agreed.",
      "",
      "Finally, Seun Bankole brought us home with a talk on the etcd Survival Guide for the Perpetually Paged.",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["The \"Golden Path\" Is a Suggestion", "etcd Survival Guide for the Perpetually Paged"],
    );
  });

  it("leaves out the speaker's company before a quoted title", () => {
    const talks = read(["Our speakers were Joost Verhagen (Brindle & Co.) and Ana Sousa (Lusa Cloud).", "", "**2.** Joost, Brindle & Co. \"Admission Controllers: Bouncers at the Door\"."]);
    assert.deepEqual(talks.map(({ speakers, company, title }) => ({ speakers, company, title })), [
      { speakers: ["Joost Verhagen"], company: "Brindle & Co.", title: "Admission Controllers: Bouncers at the Door" },
    ]);
  });

  it("leaves out the speaker's name in brackets after the title", () => {
    const talks = read(["- **Quotas That Teams Respect (Hedda Lund)** — Hedda Lund, Saltvik AS"]);
    assert.deepEqual(talks, [{ speakers: ["Hedda Lund"], company: "Saltvik AS", title: "Quotas That Teams Respect", start: null }]);
  });

  it("drops single quotes around a title that holds an apostrophe, and a chapter entry's label", () => {
    const talks = read([
      "### Gwen Tallis — 'What's in a Label? Selectors and Sadness'",
      "",
      "Gwen showed how one label broke every selector in the cluster.",
      "",
      "### Chapters",
      "",
      "- 0:00 Welcome",
      "- 4:15 Gwen Tallis — What's in a Label? Selectors and Sadness",
      "- 40:30 Panel — Who Owns the Pager?",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Gwen Tallis"], company: null, title: "What's in a Label? Selectors and Sadness", start: 255 },
      { speakers: [], company: null, title: "Who Owns the Pager?", start: 2430 },
    ]);
  });

  it("reads a title past a description's commas and a number's, and one that opens on a tool's lower-case name", () => {
    const talks = read([
      "First on stage was Aino Virtanen, a platform engineer at Kuusi Data, who gave us \"Helm in Production: The Good, the Bad and the YAML\" (starting at 6:10).",
      "",
      "Next, Ruairí Byrne, who told us about **Loki at 40,000 Streams: Lessons in Labels** (starting at 31:00).",
      "",
      "Zeynep Kaya from Ilgaz Labs closed the evening with kubectl Debug Is Your Friend (starting at 58:45).",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Aino Virtanen"], company: "Kuusi Data", title: "Helm in Production: The Good, the Bad and the YAML", start: 370 },
      { speakers: ["Ruairí Byrne"], company: null, title: "Loki at 40,000 Streams: Lessons in Labels", start: 1860 },
      { speakers: ["Zeynep Kaya"], company: "Ilgaz Labs", title: "kubectl Debug Is Your Friend", start: 3525 },
    ]);
  });
});

describe("the talk reader reads a pair of speakers the way a recap tells of them", () => {
  it("takes a colleague brought along as a speaker, and the title after them both", () => {
    const talks = read([
      "Then Hedda Lund from Saltvik AS brought along her colleague Emeka Obi to talk about Quotas Nobody Reads (starting at 12:10).",
      "",
      "Next up we had Ilse Brouwer and her colleague Pim Jansen from Dijkwerk, who told us about Drift Happens: GitOps Audits (starting at 40:05).",
      "",
      "Ana Sousa opened the second half, and her colleague Rui Matos presented with her. Both work at Lusa Cloud, and their talk was Cold Starts Are a Budget.",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Hedda Lund", "Emeka Obi"], company: "Saltvik AS", title: "Quotas Nobody Reads", start: 730 },
      { speakers: ["Ilse Brouwer", "Pim Jansen"], company: "Dijkwerk", title: "Drift Happens: GitOps Audits", start: 2405 },
      { speakers: ["Ana Sousa", "Rui Matos"], company: "Lusa Cloud", title: "Cold Starts Are a Budget", start: null },
    ]);
  });
});

describe("the talk reader reads the house style's links and times", () => {
  it("reads a linked title past the commas inside it, and one speaker's second time as no second talk", () => {
    const talks = read([
      "Next up we had Kofi Owusu from our hosts Ashgrove Telecom Ltd, who told us about [WebAssembly on the Edge: Spin, wasmCloud and Friends](https://example.com/slides/kofi) (starting at [33:10](https://youtu.be/Kc4PzW8nVb2?t=1990)).",
      "",
      "Then we had Zoltán Kovács from Meridale Inc., who introduced us to \"Profiling: The Fourth Signal\" (starting at [34:40](https://youtu.be/Kc4PzW8nVb2?t=2080)). Zoltán explained where profiling fits alongside logs, then showed a flame graph (the demo itself is at [52:30](https://youtu.be/Kc4PzW8nVb2?t=3150)).",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Kofi Owusu"], company: "Ashgrove Telecom Ltd", title: "WebAssembly on the Edge: Spin, wasmCloud and Friends", start: 1990 },
      { speakers: ["Zoltán Kovács"], company: "Meridale Inc.", title: "Profiling: The Fourth Signal", start: 2080 },
    ]);
  });
});

describe("the talk reader finds a start said in the recording's words", () => {
  it("reads 'begins in the recording from 12:30' and 'it start on 3:33 in the video' as starts", () => {
    const talks = read([
      "First to speak was Aroha Ngata, a principal engineer at Kōwhai Systems. Her talk, \"Wasm on Kubernetes\", begins in the recording from 12:30.",
      "",
      "Next talk was from Sebastián Ortiz, he is working in Andén Tecnología. His talk name is «Small Teams, Fewer Dashboards» and it start on 3:33 in the video.",
    ]);
    assert.deepEqual(talks.map(({ title, start }) => ({ title, start })), [
      { title: "Wasm on Kubernetes", start: 750 },
      { title: "Small Teams, Fewer Dashboards", start: 213 },
    ]);
  });
});

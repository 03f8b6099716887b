import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";
import { readTalks } from "./read-talks";
import { listedPeople } from "../../../lib/content/talks/lists";

const VIDEO = "Rb7YtQ2xLm4";
type FrontMatter = { title?: string; description?: string };
const read = (lines: string[], frontMatter: FrontMatter = {}) =>
  findTalks(lines.join("\n"), { videoId: VIDEO, ...frontMatter }).talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start }));

describe("the talk reader follows a recap's structure", () => {
  it("takes the organisers who sign the recap off, or welcome the room, for hosts, not speakers", () => {
    const talks = read([
      "Gwenno welcomed everyone and ran through the code of conduct.",
      "",
      "Halvard Moe from Trellis Grid opened with Leases, Locks and Leader Election (starting at 4:10).",
      "",
      "After the talks Gwenno ran the raffle, and Piet handed out the stickers.",
      "",
      "Cheers,",
      "Gwenno & Piet",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Halvard Moe"], company: "Trellis Grid", title: "Leases, Locks and Leader Election", start: 250 }]);
  });

  it("reads a panel as one talk with every panellist, whose title comes before them", () => {
    const talks = read([
      'To finish, a panel on "Who Should Own Observability?" (starting at 1:02:00). Our panellists were Ines Carvalho (Brisa Labs), Tuomas Lehto (Kuusi Data) and Yetunde Bello (Okra Cloud), who argued about budgets, tooling and on-call rotas.',
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Ines Carvalho", "Tuomas Lehto", "Yetunde Bello"], company: "Brisa Labs / Kuusi Data / Okra Cloud", title: "Who Should Own Observability?", start: 3720 },
    ]);
  });

  it("reads a bold line as a heading, and takes the speaker from the paragraph under it", () => {
    const talks = read([
      "![Seo Min-jun on stage](/images/min-jun.jpeg)",
      "",
      "**gRPC Retries Done Right** ([6:05](https://youtu.be/Rb7YtQ2xLm4?t=365))",
      "",
      "Min-jun work at Hanul Networks and showed us the retry budget they use for every client.",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Seo Min-jun"], company: "Hanul Networks", title: "gRPC Retries Done Right", start: 365 }]);
  });

  it("lets a speakers roster give each person's company, and a company is never a title", () => {
    const talks = read([
      "**Speakers**",
      "",
      "- Brynja Thorsdottir, Geysir Data",
      "- Kofi Asamoah, Sankofa Cloud",
      "",
      "**Talks**",
      "",
      "- Brynja: *Vacuum Tuning for the Impatient*",
      "- Kofi: Paging Less, Sleeping More",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Brynja Thorsdottir"], company: "Geysir Data", title: "Vacuum Tuning for the Impatient", start: null },
      { speakers: ["Kofi Asamoah"], company: "Sankofa Cloud", title: "Paging Less, Sleeping More", start: null },
    ]);
  });

  it("prefers the title the recap names as the talk's own over the topic it describes", () => {
    const talks = read([
      "Margit Szabó from Tisza Labs took us through cluster autoscaling and spot nodes. Her talk, Cheap Nodes, Expensive Lessons, starts at [40:00](https://youtu.be/Rb7YtQ2xLm4?t=2400).",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Margit Szabó"], company: "Tisza Labs", title: "Cheap Nodes, Expensive Lessons", start: 2400 }]);
  });

  it("takes a sentence-case heading as the section's theme when the paragraph titles the talk", () => {
    const talks = read([
      "**A cautionary tale about defaults**",
      "",
      "Eamon Doyle, a staff engineer at Corrib Systems, went after a favourite tool. In *Why Sidecars Are Not Free*, from 12:30, he added up what they cost.",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Eamon Doyle"], company: "Corrib Systems", title: "Why Sidecars Are Not Free", start: 750 }]);
  });

  it("reads a start set off from the title by 'from', but not the evening's clock", () => {
    const talks = read([
      "Doors 18:30, talks from 19:00.",
      "",
      "Next up was Wiremu Tane from Kōwhai Cloud telling us about Backups Nobody Restores, from 33:40.",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Wiremu Tane"], company: "Kōwhai Cloud", title: "Backups Nobody Restores", start: 2020 }]);
  });

  it("finds the speakers in the sentence after a timestamp, and a pair of first names said alike", () => {
    const talks = read(
      [
        "The liveliest session started at [20:00](https://youtu.be/Rb7YtQ2xLm4?t=1200). Marek Dvořák of Vltava Data and Sunita Rao of Kaveri Soft jointly presented \"Two Teams, One Pager\".",
        "",
        "After a long break, Aoife of Liffey Labs and Tiago from Douro Systems closed the night with Chaos on a Shoestring.",
      ],
      { title: "Cloud Native London May 2024: Vltava Data, Kaveri Soft, Liffey Labs and Douro Systems" },
    );
    assert.deepEqual(talks, [
      { speakers: ["Marek Dvořák", "Sunita Rao"], company: "Vltava Data / Kaveri Soft", title: "Two Teams, One Pager", start: 1200 },
      { speakers: ["Aoife", "Tiago"], company: "Liffey Labs / Douro Systems", title: "Chaos on a Shoestring", start: null },
    ]);
  });

  it("resolves a first name that the recap gives in full only in passing, and reads names lexicons guess wrong", () => {
    const talks = read([
      "Our speakers were Ravi Menon, our very own Liesl, and Xiaoling Zhou.",
      "",
      "Ravi Menon from Malabar Cloud started with Queues Without Tears (starting at 2:00).",
      "",
      "Then Xiaoling from Jade Loop, who flew in from Shenzhen that morning, telling us about Edge Clusters on a Budget (starting at 30:00).",
      "",
      "Lê Văn Thành from Sông Data closed with Operators in Anger (starting at 58:00).",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.speakers),
      [["Ravi Menon"], ["Xiaoling Zhou"], ["Lê Văn Thành"]],
    );
  });

  it("counts an introduction that lists the evening's speakers as an introduction, not a talk", () => {
    const talks = read([
      "We had three speakers: Oona Virtanen from Sisu Labs, Dag Eriksen from Fjell AS and Nia Roberts from Cwm Cloud. Running order was:",
      "",
      "- Oona - Kernel Tuning Myths",
      "- Dag - Terraform at the Fjords",
      "- Nia - Ten Years of Pager Duty",
    ]);
    assert.deepEqual(
      talks.map((talk) => [talk.speakers, talk.title]),
      [
        [["Oona Virtanen"], "Kernel Tuning Myths"],
        [["Dag Eriksen"], "Terraform at the Fjords"],
        [["Nia Roberts"], "Ten Years of Pager Duty"],
      ],
    );
  });

  it("reads a programme laid out as a table, by its header, and the evening's own name is no talk", () => {
    const talks = read(
      [
        "**Cloud Native London, June 2025**",
        "",
        "| Stream time | Speaker(s) | Company | Talk |",
        "|---|---|---|---|",
        "| [3:30](https://youtu.be/Rb7YtQ2xLm4?t=210) | Saoirse Dunne | Lagan Data | Tracing Without Tears |",
        "| [40:00](https://youtu.be/Rb7YtQ2xLm4?t=2400) | Koa Mahoe, Lina Berg | Nalu Cloud / Fjell AS | Two Regions, One Pager |",
      ],
      { title: "Cloud Native London June 2025: Lagan Data, Nalu Cloud and Fjell AS" },
    );
    assert.deepEqual(talks, [
      { speakers: ["Saoirse Dunne"], company: "Lagan Data", title: "Tracing Without Tears", start: 210 },
      { speakers: ["Koa Mahoe", "Lina Berg"], company: "Nalu Cloud / Fjell AS", title: "Two Regions, One Pager", start: 2400 },
    ]);
  });

  it("leaves the evening's clock out of a programme entry, and where a speaker lives out of the title", () => {
    const talks = read(
      [
        "- 19:05 **Queues at the Edge** — Idris Bello, Savanna Grid (starting at 4:20)",
        "- 19:40 Lightning: \"Ten Seconds of YAML\" — Mari Tamm, Laine Labs (starting at 40:10)",
        "",
        "Then Pita Ngata from Kauri Cloud in Wellington, visiting London for the week, gave us Backups You Can Trust (starting at 58:00). His talk name is «Backups You Can Trust», he said twice.",
      ],
      { title: "Cloud Native London May 2025: Savanna Grid, Laine Labs and Kauri Cloud" },
    );
    assert.deepEqual(
      talks.map((talk) => [talk.speakers, talk.title, talk.start]),
      [
        [["Idris Bello"], "Queues at the Edge", 260],
        [["Mari Tamm"], "Ten Seconds of YAML", 2410],
        [["Pita Ngata"], "Backups You Can Trust", 3480],
      ],
    );
  });
});

describe("the talk reader tells a subtitle from a list of people", () => {
  it("reads the words after a heading's colon as its subtitle, so a chapter entry's short title is no person", () => {
    const talks = readTalks([
      "Chapters:",
      "",
      "- 0:00 Welcome",
      "- 5:10 Hedda Lindqvist — Policy Engines",
      "- 38:20 Marcin Wróbel — Golden Images",
      "",
      "### Guardrails Without Gates: Policy Engines in Practice",
      "",
      "Hedda Lindqvist (Fjellvik AS).",
      "",
      "### Golden Images: Do We Still Need Them?",
      "",
      "Marcin Wróbel (Odra Cloud).",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [
        { speakers: ["Hedda Lindqvist"], company: "Fjellvik AS", title: "Guardrails Without Gates: Policy Engines in Practice", start: 310 },
        { speakers: ["Marcin Wróbel"], company: "Odra Cloud", title: "Golden Images: Do We Still Need Them?", start: 2300 },
      ],
    );
  });
});

describe("the people a recap lists", () => {
  it("takes a list after a colon as people, but not a subtitle's words that the sentence runs on from", () => {
    assert.deepEqual(listedPeople("Guardrails Without Gates: Policy Engines in Practice"), []);
    assert.deepEqual(listedPeople("Community spotlight: Ilona Kertész, who has kept our Slack civil for five years"), [{ name: "Ilona Kertész", company: null }]);
    assert.deepEqual(listedPeople("Tonight: Ilona Kertész and Oren Talmi"), [
      { name: "Ilona Kertész", company: null },
      { name: "Oren Talmi", company: null },
    ]);
  });
});

describe("the talk reader reads a heading laid out as three fields", () => {
  it("takes the field beside the speaker that names a company as where they work, and the other as the title", () => {
    const talks = readTalks([
      "#### Ines Carvalho | Ribeira Cloud Ltd | Queues at the Edge: Lessons from 300 Stores (starting at 12:05)",
      "",
      "Ines showed us how the stores sync when the network comes back.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [{ speakers: ["Ines Carvalho"], company: "Ribeira Cloud Ltd", title: "Queues at the Edge: Lessons from 300 Stores", start: 725 }],
    );
  });
});

describe("the talk reader tells a talk from the evening around it", () => {
  it("reads a talk whose paragraph thanks someone or mentions the pizza, but not one about what is still to come", () => {
    const talks = read([
      "Next, Thandiwe from Kloof Systems stepped in at a day's notice (thank you!) with Sidecars on a Budget.",
      "",
      "After a short pizza break, Oskar from Fjärde AB took us through Quotas Without Tears.",
      "",
      "Next month, Priyanka from Lumen Grid will talk about Tracing at the Edge.",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Thandiwe"], company: "Kloof Systems", title: "Sidecars on a Budget", start: null },
      { speakers: ["Oskar"], company: "Fjärde AB", title: "Quotas Without Tears", start: null },
    ]);
  });
});

describe("the talk reader takes where a speaker works from a sentence about them", () => {
  it("reads 'is a staff engineer at' as evidence of a speaker's company", () => {
    const talks = read(["Ingrid Halvorsen is a staff engineer at Fjordlys Data.", "", "Ingrid took us through Backups You Can Restore, and the room had questions."]);
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [{ speakers: ["Ingrid Halvorsen"], company: "Fjordlys Data" }],
    );
  });
});

describe("the talk reader skips the recap's news", () => {
  it("reads nothing under a news, jobs or spotlight heading as a talk, but a talk's own heading may hold the word", () => {
    const talks = read([
      "### Ilona Varga (Tisza Data): Batch Jobs Are Cloud Native Too",
      "",
      "Starting at 3:10, Ilona showed how her team moved the nightly exports to CronJobs.",
      "",
      "### Community news",
      "",
      "- Marit Olsen from Fjellnett is hosting us again in September",
      "- Kwabena Mensah from Sankofa Cloud runs a Prometheus workshop on 7th August",
      "",
      "### Jobs",
      "",
      "- Dario Conti from Lago Systems is looking for an SRE",
      "",
      "### Community spotlight: Cloud Native Wales",
      "",
      "Next, Bryn Evans from Cloud Native Wales told us about Meetups in Small Towns.",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Ilona Varga"], company: "Tisza Data", title: "Batch Jobs Are Cloud Native Too", start: 190 }]);
  });
});

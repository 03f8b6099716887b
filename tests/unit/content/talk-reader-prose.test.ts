import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";
import { readTalks, VIDEO } from "./read-talks";

describe("the talk reader hears a start however it is said", () => {
  it("reads 'at' or 'from' a time as the start when it cannot be the evening's clock, or is said to be in the recording", () => {
    const talks = readTalks([
      "Doors opened at 18:30 and Marta Sousa from Lisboa Labs went first with \"Quotas for Humans\", from 9:40 in the recording.",
      "",
      "Then Idris Bello of Sahel Data took on \"The Pager Diaries\"; he's on at 36:15.",
      "",
      "Last came Wen Jiahui of Bamboo Grid with \"Schedulers All the Way Down\", at 1:12:08.",
      "",
      "Afterwards we stayed on at 21:00 for the quiz, which Bamboo Grid won.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, start }) => ({ speakers, start })),
      [
        { speakers: ["Marta Sousa"], start: 580 },
        { speakers: ["Idris Bello"], start: 2175 },
        { speakers: ["Wen Jiahui"], start: 4328 },
      ],
    );
  });

  it("starts the next talk of a paragraph at the sentence that holds its time", () => {
    const talks = readTalks([
      "Rui Costa and Lena Fischer, both from Tejo Systems, gave \"Signing Images Before Lunch\" ([40:05](https://youtu.be/Kc4PzW8nVb2?t=2405)). Rui explained the keys and Lena ran the demo. Then, at 1:05:30, Olu Adeyemi from Niger Delta Cloud closed with \"Budgets as Code\".",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, start }) => ({ speakers, company, start })),
      [
        { speakers: ["Rui Costa", "Lena Fischer"], company: "Tejo Systems", start: 2405 },
        { speakers: ["Olu Adeyemi"], company: "Niger Delta Cloud", start: 3930 },
      ],
    );
  });
});

describe("the talk reader takes what the whole section says", () => {
  it("takes a title given as a link further down the speaker's paragraph, with the talk's own recording under it", () => {
    const talks = findTalks(
      [
        "Aled Pryce from Dyfi Data went first with \"Queues in Practice\" (starting at 4:10).",
        "",
        "![Signe Dahl](/images/signe.jpeg)",
        "",
        "Then, right as Signe from Havbris stepped up, the stream gave up entirely. (Venue Wi-Fi, we love you, but.) She kindly re-recorded the whole thing at home the next day, so here it is. Her slides are online too: [Cron Is Dead, Long Live Cron: Scheduling at Havbris](https://slides.example/signe).",
        "",
        '<iframe src="https://www.youtube.com/embed/Rq7LmN2xYz4"></iframe>',
      ].join("\n"),
      { videoId: VIDEO },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, title, start, videoId }) => ({ speakers, title, start, videoId })),
      [
        { speakers: ["Aled Pryce"], title: "Queues in Practice", start: 250, videoId: VIDEO },
        { speakers: ["Signe Dahl"], title: "Cron Is Dead, Long Live Cron: Scheduling at Havbris", start: null, videoId: "Rq7LmN2xYz4" },
      ],
    );
  });

  it("names a company as fully as the recap does, legal form included", () => {
    const talks = readTalks(
      [
        "Our speakers this month came from Brightkelp Analytics, Inc. and Saltire Works Ltd, who also bought the pizza.",
        "",
        "First up, Moira Campbell from Brightkelp Analytics with \"Dashboards Without Drama\".",
        "",
        "Then Hamish Reid of Saltire Works on \"Terraform, Slowly\".",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ company }) => company), ["Brightkelp Analytics, Inc.", "Saltire Works Ltd"]);
  });

  it("reads words the speaker is quoted as saying as speech, not as the talk's title", () => {
    const talks = readTalks(
      [
        "Next was Ines Duarte from Mar Azul, who is, in her words, \"mostly a YAML wrangler these days\". She walked us through \"Forty Namespaces and a Budget\" with real invoices.",
        "",
        "Closing the night, Piotr Lis of Wisła Grid, who describes himself as \"the whole platform team\", told us about \"Upgrades Without Fear\".",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ title }) => title), ["Forty Namespaces and a Budget", "Upgrades Without Fear"]);
  });

  it("reads a programme table, a chapter list and the prose about the same talks as one talk each", () => {
    const talks = readTalks([
      "| Time | Speaker | Company | Title |",
      "|------|---------|---------|-------|",
      "| 18:30 | — | — | Doors and pizza |",
      "| 18:45 | Ngozi Umeh | Kanem Data | Queues, Quotas and \"Fair Share\": Scheduling for Humans |",
      "| 19:30 | Ruairí Walsh & Tove Lind | Harbour Grid | Cost Dashboards People Read |",
      "",
      "Chapters:",
      "",
      "- 0:00 Welcome",
      "- 5:12 Ngozi Umeh",
      "- 44:30 Ruairí Walsh & Tove Lind",
      "",
      "**Ngozi** opened with the scheduler tricks her team uses to keep batch jobs from starving the web tier.",
      "",
      "After the break, **Ruairí and Tove** showed the three dashboards finance actually opens every week.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [
        { speakers: ["Ngozi Umeh"], company: "Kanem Data", title: 'Queues, Quotas and "Fair Share": Scheduling for Humans', start: 312 },
        { speakers: ["Ruairí Walsh", "Tove Lind"], company: "Harbour Grid", title: "Cost Dashboards People Read", start: 2670 },
      ],
    );
  });

  it("reads talk headings that carry a label, and no job-board entry as a talk", () => {
    const talks = readTalks(
      [
        "## Talk one — Dmitri Orlov & Ada Mensah",
        "",
        "Dmitri from Stackmoor and Ada from Kumasi Cloud Ltd, with \"Sidecars on a Diet\".",
        "",
        "## Talk two — Pipelines at 3 a.m.",
        "",
        "Speaker: Fatima Benali, Saltmarsh Analytics.",
        "",
        "- Retried steps cover most pages",
        "- Replaced cron on VMs with workflows",
        "",
        "## Jobs",
        "",
        "- Kumasi Cloud Ltd – Site Reliability Engineer (London)",
        "- Saltmarsh Analytics – Data Engineer (remote)",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, company, title }) => ({ speakers, company, title })),
      [
        { speakers: ["Dmitri Orlov", "Ada Mensah"], company: "Stackmoor / Kumasi Cloud Ltd", title: "Sidecars on a Diet" },
        { speakers: ["Fatima Benali"], company: "Saltmarsh Analytics", title: "Pipelines at 3 a.m." },
      ],
    );
  });

  it("ends an unquoted title where 'and' goes on with the story, and passes over a company in the speaker's place", () => {
    const { talks } = findTalks(
      [
        "We were back at Greyfriars Data's Farringdon office, and then Zainab Haddad took the stage with Budget Alerts at Scale and showed us the dashboard her team built.",
        "",
        "Then Tomasz Wrona from Fenwick Bank presented Kustomize Overlays for Two Hundred Services, and honestly we are still digesting it.",
      ].join("\n"),
      { videoId: null, title: "Cloud Native London November 2018: Greyfriars Data and Fenwick Bank" },
    );
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Zainab Haddad"], title: "Budget Alerts at Scale" },
        { speakers: ["Tomasz Wrona"], title: "Kustomize Overlays for Two Hundred Services" },
      ],
    );
  });
});

describe("the talk reader takes a start marked by its own signs", () => {
  it("reads '@ 4:10' and '[38:52]' after a talk as its start", () => {
    const talks = readTalks([
      "First up, Kacper Lis from Stormglass Ltd with [Helm Charts Are Not a Packaging Format](https://slides.example/kl) @ 4:10.",
      "",
      "**Siobhán Walsh**, Quayside Labs: [gRPC-Web in Production? Yes, Really!](https://slides.example/sw) [38:52]",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Kacper Lis"], title: "Helm Charts Are Not a Packaging Format", start: 250 },
        { speakers: ["Siobhán Walsh"], title: "gRPC-Web in Production? Yes, Really!", start: 2332 },
      ],
    );
  });
});

describe("the talk reader finds who spoke wherever the recap says it", () => {
  it("resolves first names from the thanks to the speakers after the next meetup's teaser", () => {
    const talks = findTalks(
      [
        "Oksana opened with a rematch of a debate we've all had, \"Kustomize vs Helm\".",
        "",
        "Then Diego showed us \"Autoscaling on Queue Length\" with a live demo.",
        "",
        "## Cloud Native London April",
        "",
        "Our next meetup will be on Wednesday 5th April with speakers from Gullwing. RSVP now!",
        "",
        "Thanks to our speakers Oksana Melnyk (Bluecairn) and Diego Castillo (Saltmarsh Ltd) for a great night!",
      ].join("\n"),
      { videoId: null, title: "Cloud Native London March 2023: Bluecairn and Saltmarsh Ltd" },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Oksana Melnyk"], company: "Bluecairn" },
        { speakers: ["Diego Castillo"], company: "Saltmarsh Ltd" },
      ],
    );
  });

  it("adds a colleague the speaker's sentence brings on stage", () => {
    const talks = readTalks(
      [
        "First up, Sinéad Walsh opened the evening, and her colleague Rahul Verma presented with her: \"Zero Trust on a Budget\".",
        "",
        "Next was Ngozi Eze of Kiteline Ltd, joined by her former teammate Tomás Byrne of Quillfeather, with \"Signing Everything\".",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Sinéad Walsh", "Rahul Verma"], company: null },
        { speakers: ["Ngozi Eze", "Tomás Byrne"], company: "Kiteline Ltd / Quillfeather" },
      ],
    );
  });

  it("gives each talk the time of a link that says whose talk it is", () => {
    const talks = readTalks([
      "First up, Małgorzata Lis from Stormglass talked about \"Kafka Without Tears\", the story of three clusters, two rewrites and one very long weekend in March.",
      "",
      "Then Mai Anh Tran of Lagos Grid presented \"Queues at the Edge\", about running brokers in shops where the network drops out every afternoon.",
      "",
      "Missed it? Jump straight in:",
      "",
      "- [Małgorzata's talk](https://youtu.be/Kc4PzW8nVb2?t=412)",
      "- [Mai Anh's talk](https://youtu.be/Kc4PzW8nVb2?t=2275)",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Małgorzata Lis"], title: "Kafka Without Tears", start: 412 },
        { speakers: ["Mai Anh Tran"], title: "Queues at the Edge", start: 2275 },
      ],
    );
  });
});

describe("the talk reader ends a title written into a sentence", () => {
  it("leaves out the words in lower case that carry the sentence on after a title in title case", () => {
    const talks = readTalks(
      [
        "First, Kwame Osei from Ironbark explained how Multi-Tenant Logging With Loki works in practice.",
        "",
        "Then Róisín Byrne told The Night Our etcd Ran Out of Disk to a very sympathetic room.",
        "",
        "Finally, Rahul Mehta from Stackpole asked What Happens When You kubectl apply? and answered it slowly.",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ title }) => title), ["Multi-Tenant Logging With Loki", "The Night Our etcd Ran Out of Disk", "What Happens When You kubectl apply?"]);
  });
});

describe("the talk reader keeps a title whole", () => {
  it("keeps a subtitle in brackets, and the prose's full title over a chapter list's short one", () => {
    const talks = readTalks([
      "Next up was Babajide Ola from Cinderpath Inc. with Running StatefulSets Across Zones (and Living to Tell the Tale), about topology spread and zone outages.",
      "",
      "Kacper Nowak from Larchmont Digital opened the evening with Karpenter vs. Cluster Autoscaler: A Cost Bake-Off, which he had run for a month on identical workloads at work.",
      "",
      "- 9:20 Kacper Nowak: Karpenter vs. Cluster Autoscaler",
      "- 44:10 Babajide Ola: Running StatefulSets Across Zones",
    ]);
    assert.deepEqual(
      talks.map(({ title, start }) => ({ title, start })),
      [
        { title: "Karpenter vs. Cluster Autoscaler: A Cost Bake-Off", start: 560 },
        { title: "Running StatefulSets Across Zones (and Living to Tell the Tale)", start: 2650 },
      ],
    );
  });
});

describe("the talk reader reads numbered paragraphs and a title's own tail", () => {
  it("reads a paragraph that opens with its number, and keeps a bracketed 'or:' subtitle but not a dash and a link", () => {
    const talks = readTalks(
      [
        "**1.** Aoife Nolan from Tollgate Digital opened with Stateful Sets in Anger (or: How I Learned to Stop Worrying and Love Volumes). The short answer: back up your volumes.",
        "",
        "**2.** Then Daan Visser from Mosslight presented Yes, You Can Run Windows Containers! (But Should You?) - https://www.youtube.com/watch?v=Kc4PzW8nVb2&t=4455s",
        "",
        "Next came a panel (video from 1:30:20), \"Panel: Is Multi-Cloud a Myth?\", with Ana Silva (Lisboa Labs) and Tom Berg (Fjord AS).",
      ],
    );
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Aoife Nolan"], title: "Stateful Sets in Anger (or: How I Learned to Stop Worrying and Love Volumes)", start: null },
        { speakers: ["Daan Visser"], title: "Yes, You Can Run Windows Containers! (But Should You?)", start: 4455 },
        { speakers: ["Ana Silva", "Tom Berg"], title: "Is Multi-Cloud a Myth?", start: 5420 },
      ],
    );
  });
});

describe("the talk reader keeps the sponsors' slots out of the talks", () => {
  it("reads a sponsor's pitch as no talk, even with a speaker and a time", () => {
    const talks = readTalks([
      "Rhys Pemberton from Gantry Labs gave a quick five-minute sponsor pitch for Gantry Deploy at the start of the stream (starting at 4:30).",
      "",
      "First up, Ana Silva from Lisboa Labs talked about \"Quotas for Humans\" (starting at 9:10).",
    ]);
    assert.deepEqual(talks.map(({ speakers, start }) => ({ speakers, start })), [{ speakers: ["Ana Silva"], start: 550 }]);
  });
});

describe("the talk reader tells the introduction from the talks", () => {
  it("reads a sentence that counts the evening's speakers and names them as the introduction", () => {
    const talks = readTalks(
      [
        "We had two excellent speakers, María José Ruiz and Oluwaseun Akin, at our March meetup at Harbourlight in Aldgate.",
        "",
        "María José Ruiz from Tidewell opened with \"Kubernetes Without the Cloud\" and a rack of second-hand servers.",
        "",
        "Then Oluwaseun Akin from Lagos Grid showed us \"Wasm on Kubernetes: Hype or Here?\", live.",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ speakers, title }) => ({ speakers, title })), [
      { speakers: ["María José Ruiz"], title: "Kubernetes Without the Cloud" },
      { speakers: ["Oluwaseun Akin"], title: "Wasm on Kubernetes: Hype or Here?" },
    ]);
  });
});

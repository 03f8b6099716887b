import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { checkTalkOrder, findTalks, type FoundTalk, talksFromFrontMatter } from "../../../lib/content/talks";

const VIDEO = "En88atN_VgI";
const OTHER_VIDEO = "0jJHRLLNgpY";

function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8");
}

// The seeds are raw recap files; the body is everything after the second `---` line.
function seedBody(name: string): string {
  const lines = fixture(`seeds/${name}`).split("\n");
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  return lines.slice(closing + 1).join("\n");
}

type Summary = Pick<FoundTalk, "speakers" | "company" | "title" | "start">;
const summary = ({ speakers, company, title, start }: FoundTalk): Summary => ({ speakers, company, title, start });

/** The single talk in `markdown`, asserting there were no problems. */
function onlyTalk(markdown: string, videoId: string | null = VIDEO): FoundTalk {
  const { talks, problems } = findTalks(markdown, { videoId });
  assert.deepEqual(problems, []);
  assert.equal(talks.length, 1, `expected one talk in: ${markdown}`);
  const [talk] = talks;
  assert.ok(talk);
  return talk;
}

describe("findTalks on the seed recaps", () => {
  it("reads the three September 2022 talks", () => {
    const { talks, problems } = findTalks(seedBody("2022-09-07-cloud-native-london-september-2022.md"), { videoId: VIDEO });
    assert.deepEqual(problems, []);
    assert.deepEqual(talks.map(summary), [
      { speakers: ["Viktor Gamov"], company: "Kong", title: "Supercharge your Kubernetes Ingress", start: 1465 },
      { speakers: ["Dimitris Finas"], company: "Lightstep", title: "New observability with OpenTelemetry & Distributed Traces", start: 3661 },
      { speakers: ["Jaap Brasser"], company: "Harness", title: "Chaos Engineering Implementations Demystified", start: 6487 },
    ]);
    assert.deepEqual(talks.map((talk) => talk.takeaways.length), [3, 3, 3]);
    assert.deepEqual(talks.map((talk) => talk.videoId), [VIDEO, VIDEO, VIDEO]);
    assert.deepEqual(talks.map((talk) => talk.line), [8, 14, 20]);
    assert.deepEqual(talks.map((talk) => talk.anchor), [
      "viktor-gamov-supercharge-your-kubernetes-ingress",
      "dimitris-finas-new-observability-with-opentelemetry-distributed-traces",
      "jaap-brasser-chaos-engineering-implementations-demystified",
    ]);
    assert.deepEqual(talks[0]?.takeaways, [
      "The purpose and limitation of Kubernetes Ingress",
      "How Kong custom open source resources allow you to expose gRPC, TCP and UPD services",
      "How a new Gateway API will address Ingress limitations",
    ]);
  });

  it("reads the three July 2022 talks, one with two speakers", () => {
    const { talks, problems } = findTalks(seedBody("2022-07-06-cloud-native-london-july-2022.md"), { videoId: OTHER_VIDEO });
    assert.deepEqual(problems, []);
    assert.deepEqual(talks.map(summary), [
      { speakers: ["Andrew Martin"], company: "ControlPlane", title: "Hacking Kubernetes: Live Demo Marathon", start: 94 },
      { speakers: ["Mark Whitby"], company: "Microsoft", title: "Innovation and collaboration - A tour of Microsoft contributions to the CNCF", start: 2087 },
      { speakers: ["Prithvi Raj", "Sunil Anjin"], company: "Harness", title: "Let's talk Chaos Engineering with LitmusChaos", start: 4700 },
    ]);
    assert.deepEqual(talks.map((talk) => talk.takeaways.length), [3, 3, 3]);
    assert.equal(talks[2]?.anchor, "prithvi-raj-sunil-anjin-lets-talk-chaos-engineering-with-litmuschaos");
    // Bare URLs in takeaways stay as text.
    assert.match(talks[1]?.takeaways[0] ?? "", /Microsoft Open Source site - https:\/\/opensource\.microsoft\.com\/$/);
  });

  it("flags the seed's timestamps when the recap points at another video", () => {
    const { talks, problems } = findTalks(seedBody("2022-07-06-cloud-native-london-july-2022.md"), { videoId: VIDEO });
    assert.equal(talks.length, 3);
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[8, "error"], [14, "error"], [20, "error"]]);
  });
});

describe("findTalks on nine years of wording", () => {
  const forms: [string, string, Summary][] = [
    [
      "plain-text 'starting at H:MM:SS' without a link",
      "Next up was Jane Doe from Acme with a talk on Rust in Production, starting at 1:02:03.",
      { speakers: ["Jane Doe"], company: "Acme", title: "Rust in Production", start: 3723 },
    ],
    [
      "the title as link text, then '(starting at MM:SS)'",
      `Then Jane Doe from Acme presented [Scaling Kafka at Acme](https://youtu.be/${VIDEO}) (starting at 12:30)`,
      { speakers: ["Jane Doe"], company: "Acme", title: "Scaling Kafka at Acme", start: 750 },
    ],
    [
      "a linked title carrying the start in t=",
      `Jane Doe from Acme on [Scaling Kafka](https://youtu.be/${VIDEO}?t=750)`,
      { speakers: ["Jane Doe"], company: "Acme", title: "Scaling Kafka", start: 750 },
    ],
    [
      "'A and B from X'",
      "First up we had Alice Smith and Bob Jones from Acme talking about Platform Engineering (starting at 5:00).",
      { speakers: ["Alice Smith", "Bob Jones"], company: "Acme", title: "Platform Engineering", start: 300 },
    ],
    [
      "'A, B and C from X'",
      "First up was Alice Smith, Bob Jones and Carol White from Initech presenting GitOps at Scale (starting at 5:00).",
      { speakers: ["Alice Smith", "Bob Jones", "Carol White"], company: "Initech", title: "GitOps at Scale", start: 300 },
    ],
    [
      "'A & B from X'",
      "After that, Alice Smith & Bob Jones from Acme told us about eBPF (starting at 5:00).",
      { speakers: ["Alice Smith", "Bob Jones"], company: "Acme", title: "eBPF", start: 300 },
    ],
    [
      "two speakers from two companies",
      "Then Jane Doe from Acme and John Smith from Initech explained Multi-Cluster Networking (starting at 5:00).",
      { speakers: ["Jane Doe", "John Smith"], company: "Acme / Initech", title: "Multi-Cluster Networking", start: 300 },
    ],
    [
      "a speaker with no company",
      "Next up was Jane Doe with a talk on Rust (starting at 5:00)",
      { speakers: ["Jane Doe"], company: null, title: "Rust", start: 300 },
    ],
    [
      "'of X'",
      `Then we had Jane Doe of Acme on Service Meshes (starting at [5:00](https://youtu.be/${VIDEO}?t=300))`,
      { speakers: ["Jane Doe"], company: "Acme", title: "Service Meshes", start: 300 },
    ],
    [
      "'at X' and 'Last but not least'",
      "Last but not least, Jane Doe at Acme spoke about WebAssembly (starting at 5:00)",
      { speakers: ["Jane Doe"], company: "Acme", title: "WebAssembly", start: 300 },
    ],
    [
      "'(X)' and a curly-quoted title",
      "Our second speaker was Jane Doe (Acme) with a talk titled “Kubernetes the Hard Way” (starting at 5:00)",
      { speakers: ["Jane Doe"], company: "Acme", title: "Kubernetes the Hard Way", start: 300 },
    ],
    [
      "a straight-quoted title and 'We also had'",
      'We also had Jane Doe from Acme with a talk titled "Zero Trust" (starting at 5:00)',
      { speakers: ["Jane Doe"], company: "Acme", title: "Zero Trust", start: 300 },
    ],
    [
      "'about' and 'Then we had'",
      "Then we had Jane Doe from Acme with a talk about Secrets Management (starting at 5:00)",
      { speakers: ["Jane Doe"], company: "Acme", title: "Secrets Management", start: 300 },
    ],
    [
      "'who described' and 'Finally we had', with initials and particles in names",
      "Finally we had Jean-Luc van der Berg from A.P. Moller - Maersk who described Event-Driven Architectures (starting at 5:00)",
      { speakers: ["Jean-Luc van der Berg"], company: "A.P. Moller - Maersk", title: "Event-Driven Architectures", start: 300 },
    ],
    [
      "'inviting us to', a handle and a lower-case company",
      "Jane Doe (@janedoe) from eSynergy inviting us to Rethink CI/CD (starting at 5:00)",
      { speakers: ["Jane Doe"], company: "eSynergy", title: "Rethink CI/CD", start: 300 },
    ],
    [
      "a job title between name and company",
      "Kicking off the evening, Jane Doe, Staff Engineer at Acme, gave a talk on Observability 2.0 (starting at 5:00).",
      { speakers: ["Jane Doe"], company: "Acme", title: "Observability 2.0", start: 300 },
    ],
    [
      "the timestamp first and a colon before the title",
      `[24:25](https://youtu.be/${VIDEO}?t=1465) Jane Doe from Acme: Scaling Kafka`,
      { speakers: ["Jane Doe"], company: "Acme", title: "Scaling Kafka", start: 1465 },
    ],
    [
      "'starts at 1h2m3s' and accented names",
      "Next up, José Müller from Acme on Ünicode Everywhere (starts at 1h2m3s)",
      { speakers: ["José Müller"], company: "Acme", title: "Ünicode Everywhere", start: 3723 },
    ],
    [
      "no timestamp, clear speaker introduction",
      "Our first speaker was Jane Doe from Acme, who talked about X.",
      { speakers: ["Jane Doe"], company: "Acme", title: "X", start: null },
    ],
    [
      "no timestamp, the title in the next sentence",
      "Finally we had Jane Doe from Acme Corp. She talked about Cost Optimisation.",
      { speakers: ["Jane Doe"], company: "Acme Corp.", title: "Cost Optimisation", start: null },
    ],
    [
      "a bare '(MM:SS)' after the title and emphasis in the text",
      "Next up we had **Jane Doe** from _Acme_ on Policy as Code (42:10). Slides are online.",
      { speakers: ["Jane Doe"], company: "Acme", title: "Policy as Code", start: 2530 },
    ],
  ];
  for (const [name, markdown, expected] of forms) {
    it(`reads ${name}`, () => {
      assert.deepEqual(summary(onlyTalk(markdown)), expected);
    });
  }

  const openers = [
    "Kicking off our evening was",
    "First up was",
    "First up we had",
    "Next up we had",
    "Then we had",
    "After that,",
    "After that we had",
    "Finally we had",
    "Last but not least,",
    "Our first speaker was",
    "Our second speaker was",
    "Our final speaker was",
    "We also had",
  ];
  for (const opener of openers) {
    it(`strips the opener '${opener}'`, () => {
      const talk = onlyTalk(`${opener} Jane Doe from Acme with a talk on Rust (starting at 5:00).`);
      assert.deepEqual(summary(talk), { speakers: ["Jane Doe"], company: "Acme", title: "Rust", start: 300 });
    });
  }

  const introducers: [string, string][] = [
    ["with a talk on", "Rust"],
    ["with a talk about", "Rust"],
    ["with a great discussion on how to", "Rust"],
    ["who described", "Rust"],
    ["who told us about", "Rust"],
    ["talking about", "Rust"],
    ["presenting", "Rust"],
    ["who wrapped up our evening inviting us to", "Rust"],
    ["with a talk titled", "Rust"],
    ["with a talk titled", "“Rust”"],
    ["with a talk titled", '"Rust"'],
  ];
  for (const [introducer, title] of introducers) {
    it(`reads the title after '${introducer} ${title}'`, () => {
      assert.equal(onlyTalk(`Next up we had Jane Doe from Acme ${introducer} ${title} (starting at 5:00).`).title, "Rust");
    });
  }

  const links: [string, string][] = [
    ["youtu.be with t=", `https://youtu.be/${VIDEO}?t=1465`],
    ["youtu.be with si= and t=", `https://youtu.be/${VIDEO}?si=AbC_123&t=1465`],
    ["watch", `https://www.youtube.com/watch?v=${VIDEO}&t=1465`],
    ["mobile watch", `https://m.youtube.com/watch?v=${VIDEO}&t=1465s`],
    ["live", `https://youtube.com/live/${VIDEO}?si=abc&t=1465`],
    ["t=24m25s", `https://youtu.be/${VIDEO}?t=24m25s`],
    ["t=0h24m25s", `https://youtu.be/${VIDEO}?t=0h24m25s`],
    ["#t= fragment", `https://www.youtube.com/watch?v=${VIDEO}#t=1465`],
    ["embed with start=", `https://www.youtube.com/embed/${VIDEO}?start=1465`],
    ["nocookie embed with start=", `https://www.youtube-nocookie.com/embed/${VIDEO}?start=1465`],
    ["protocol-less", `www.youtube.com/watch?v=${VIDEO}&t=1465`],
    ["old http link", `http://youtu.be/${VIDEO}?t=1465`],
  ];
  for (const [name, url] of links) {
    it(`reads a timestamp linked as ${name}`, () => {
      const talk = onlyTalk(`Kicking off our evening was Viktor Gamov from Kong on Ingress (starting at [24:25](${url})).`);
      assert.equal(talk.start, 1465);
      assert.equal(talk.videoId, VIDEO);
    });
  }

  it("finds talks in a recap without a video, reading plain-text starts and takeaways", () => {
    const { talks, problems } = findTalks(fixture("talks/no-video-recap.md"), { videoId: null });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      talks.map((talk) => ({ ...summary(talk), videoId: talk.videoId, line: talk.line, takeaways: talk.takeaways })),
      [
        {
          speakers: ["Jane Doe"],
          company: "Acme",
          title: "Rust in Production",
          start: 300,
          videoId: null,
          line: 5,
          takeaways: [
            "Memory safety without a garbage collector",
            'Jane Doe: "ship it" is a valid strategy',
            "Tooling with cargo and clippy",
          ],
        },
        {
          speakers: ["Alice Smith", "Bob Jones", "Carol White"],
          company: "Initech",
          title: "GitOps at Scale",
          start: 3723,
          videoId: null,
          line: 11,
          takeaways: [],
        },
        {
          speakers: ["Dana Scully"],
          company: "FBI",
          title: "The Truth Is Out There",
          start: 6000,
          videoId: null,
          line: 15,
          takeaways: ["Trust no one", "Keep your logs especially the audit ones"],
        },
      ],
    );
  });

  it("uses the recap's video for plain-text starts", () => {
    assert.equal(onlyTalk("Next up was Jane Doe from Acme on Rust (starting at 5:00)", VIDEO).videoId, VIDEO);
    assert.equal(onlyTalk("Next up was Jane Doe from Acme on Rust (starting at 5:00)", null).videoId, null);
  });

  it("takes only the list directly under the talk as its takeaways", () => {
    const { talks } = findTalks(
      ["Next up was Jane Doe from Acme on Rust (starting at 5:00).", "", "Some other remark.", "", "- not a takeaway"].join("\n"),
      { videoId: VIDEO },
    );
    assert.deepEqual(talks[0]?.takeaways, []);
  });

  it("ignores intro, sponsor and next-meetup paragraphs", () => {
    const markdown = [
      "We had three great speakers from Kong, Lightstep, and Harness joining us at our September Cloud Native London meetup at esynergy.",
      "",
      "We are immensely grateful to [Palo Alto Networks](https://www.paloaltonetworks.com/), [CircleCI](https://circleci.com/) for your generous support and sponsorship.",
      "",
      "Many thanks to Jane Doe from Acme who told us about the venue.",
      "",
      "Our next meetup will be on Wednesday 5th October, when we'll be joined by speakers from A.P. Moller - Maersk, MATRIXX Software, and Tecknuovo. [RSVP and save the date now!](https://www.meetup.com/cloud-native-london/events/286859175/).",
      "",
      "Stay safe, stay healthy, and I’ll see you next month!",
      "",
      "Cheryl (@oicheryl)",
    ].join("\n");
    assert.deepEqual(findTalks(markdown, { videoId: VIDEO }), { talks: [], problems: [] });
  });
});

describe("talk anchors", () => {
  it("de-duplicates anchors and falls back to talk-N", () => {
    const markdown = [
      "## Jane Doe Rust",
      "",
      "First up was Jane Doe from Acme on Rust (starting at 5:00).",
      "",
      "Then Jane Doe from Acme on Rust (starting at 10:00).",
      "",
      "Then a surprise lightning talk (starting at 20:00).",
    ].join("\n");
    const { talks } = findTalks(markdown, { videoId: VIDEO });
    // The heading already owns "jane-doe-rust".
    assert.deepEqual(talks.map((talk) => talk.anchor), ["jane-doe-rust-2", "jane-doe-rust-3", "talk-3"]);
  });

  it("keeps anchors ASCII and short", () => {
    const talk = onlyTalk("Next up, José Müller from Acme on Ünicode Everywhere (starting at 5:00)");
    assert.equal(talk.anchor, "jose-muller-unicode-everywhere");
    const long = onlyTalk(`Next up, Jane Doe from Acme on ${"Very Long Title ".repeat(10)}(starting at 5:00)`);
    assert.ok(long.anchor.length <= 80, long.anchor);
    assert.match(long.anchor, /^jane-doe-very-long-title(-[a-z]+)+$/);
  });
});

describe("findTalks problems", () => {
  it("flags a link whose t= disagrees with its text, on the link's line", () => {
    const markdown = [
      "Kicking off our evening was Viktor Gamov from Kong on Ingress",
      `(starting at [24:25](https://youtu.be/${VIDEO}?t=1466)).`,
    ].join("\n");
    const { talks, problems } = findTalks(markdown, { videoId: VIDEO });
    assert.equal(talks[0]?.start, 1465);
    assert.deepEqual(problems, [
      {
        line: 2,
        severity: "error",
        message: "the timestamp [24:25] says 24:25 (1465s) but its link has t=1466 (24:26): change the link to t=1465, or the text to 24:26",
      },
    ]);
  });

  it("flags a timestamp linking to another video", () => {
    const { talks, problems } = findTalks(`Next up was Jane Doe from Acme on Rust (starting at [5:00](https://youtu.be/${OTHER_VIDEO}?t=300)).`, { videoId: VIDEO });
    assert.equal(talks[0]?.videoId, OTHER_VIDEO);
    assert.deepEqual(problems, [
      {
        line: 1,
        severity: "error",
        message: `the timestamp [5:00] links to video ${OTHER_VIDEO}, but this recap's video is ${VIDEO}: link to https://youtu.be/${VIDEO}?t=300, or fix the 'video' field`,
      },
    ]);
  });

  it("does not check the video when the recap has none", () => {
    const talk = onlyTalk(`Next up was Jane Doe from Acme on Rust (starting at [5:00](https://youtu.be/${OTHER_VIDEO}?t=300)).`, null);
    assert.equal(talk.videoId, OTHER_VIDEO);
  });

  it("warns about a talk with no speaker", () => {
    const { talks, problems } = findTalks("\n\nA panel discussion on the Future of Platforms (starting at 1:01:01).", { videoId: VIDEO });
    assert.deepEqual(summary(talks[0] ?? assert.fail("no talk")), { speakers: [], company: null, title: "Future of Platforms", start: 3661 });
    assert.deepEqual(problems, [
      {
        line: 3,
        severity: "warning",
        message: "no speaker found for this talk: write it as '<Name> from <Company> on <Title> (starting at 1:01:01)'",
      },
    ]);
  });

  it("warns about a talk with a speaker but no title", () => {
    const { problems } = findTalks("Next up was Jane Doe from Acme (starting at 5:00).", { videoId: VIDEO });
    assert.deepEqual(problems, [
      { line: 1, severity: "warning", message: "no talk title found after Jane Doe: write it as 'Jane Doe from <Company> on <Title> (starting at 5:00)'" },
    ]);
  });

  it("flags an impossible time", () => {
    const { talks, problems } = findTalks(`Next up was Jane Doe from Acme on Rust (starting at [1:75](https://youtu.be/${VIDEO}?t=135)).`, { videoId: VIDEO });
    assert.equal(talks[0]?.start, null);
    assert.deepEqual(problems, [
      { line: 1, severity: "error", message: "'1:75' is not a valid time: write it as M:SS or H:MM:SS, e.g. 24:25 or 1:01:01" },
    ]);
  });

  it("warns about a timestamp link without t= and one that is not YouTube", () => {
    const noT = findTalks(`Next up was Jane Doe from Acme on Rust (starting at [5:00](https://youtu.be/${VIDEO})).`, { videoId: VIDEO });
    assert.equal(noT.talks[0]?.start, 300);
    assert.deepEqual(noT.problems, [
      { line: 1, severity: "warning", message: "the timestamp [5:00] links to the start of the video (no t=): add t=300 to the link so it opens at the talk" },
    ]);
    const twitch = findTalks("Next up was Jane Doe from Acme on Rust (starting at [5:00](https://www.twitch.tv/videos/1)).", { videoId: VIDEO });
    assert.equal(twitch.talks[0]?.videoId, VIDEO);
    assert.deepEqual(twitch.problems, [
      {
        line: 1,
        severity: "warning",
        message: `the timestamp [5:00] links to https://www.twitch.tv/videos/1, which is not a YouTube video: link it to https://youtu.be/${VIDEO}?t=300`,
      },
    ]);
  });

  it("reads two talks from one paragraph with a timestamp each", () => {
    const { talks, problems } = findTalks("Jane Doe from Acme on Rust (starting at 5:00) and John Smith from Initech on Go (starting at 30:00).", { videoId: VIDEO });
    assert.deepEqual(talks.map(summary), [
      { speakers: ["Jane Doe"], company: "Acme", title: "Rust", start: 300 },
      { speakers: ["John Smith"], company: "Initech", title: "Go", start: 1800 },
    ]);
    assert.deepEqual(problems, []);
  });

  it("warns about two timestamps in one talk's paragraph", () => {
    const { talks, problems } = findTalks("Jane Doe from Acme on Rust (starting at 5:00), with the live demo at (30:00).", { videoId: VIDEO });
    assert.equal(talks.length, 1);
    assert.equal(talks[0]?.start, 300);
    assert.deepEqual(problems, [
      { line: 1, severity: "warning", message: "this paragraph has 2 timestamps (5:00, 30:00); only the first is used: give each talk its own paragraph" },
    ]);
  });

  it("includes order errors: out of order and duplicate starts", () => {
    const markdown = [
      "First up was Jane Doe from Acme on Rust (starting at 30:00).",
      "",
      "Then John Smith from Initech on Go (starting at 5:00).",
      "",
      "Finally Ann Lee from Globex on Zig (starting at 30:00).",
    ].join("\n");
    const { talks, problems } = findTalks(markdown, { videoId: VIDEO });
    assert.equal(talks.length, 3);
    assert.deepEqual(problems, [
      {
        line: 3,
        severity: "error",
        message: 'the talk "Go" starts at 5:00, before the talk "Rust" at 30:00, which is listed first: fix the timestamp, or list the talks in the order of the recording',
      },
      {
        line: 5,
        severity: "error",
        message: 'the talk "Zig" starts at 30:00, the same time as the talk "Rust": one of the two timestamps is wrong; check both in the video',
      },
    ]);
  });
});

describe("checkTalkOrder", () => {
  const talk = (start: number | null, line: number, videoId: string | null = VIDEO): FoundTalk => ({
    speakers: ["Jane Doe"],
    company: null,
    title: null,
    start,
    videoId,
    takeaways: [],
    anchor: `talk-${line}`,
    line,
    doubts: [],
  });

  it("accepts increasing starts and ignores talks without one", () => {
    assert.deepEqual(checkTalkOrder([talk(94, 1), talk(null, 2), talk(2087, 3), talk(4700, 4)]), []);
  });

  it("flags duplicates and talks listed before an earlier start", () => {
    assert.deepEqual(
      checkTalkOrder([talk(100, 1), talk(100, 2), talk(50, 3)]).map((problem) => [problem.line, problem.severity, problem.message]),
      [
        [2, "error", "the talk by Jane Doe starts at 1:40, the same time as the talk by Jane Doe: one of the two timestamps is wrong; check both in the video"],
        [3, "error", "the talk by Jane Doe starts at 0:50, before the talk by Jane Doe at 1:40, which is listed first: fix the timestamp, or list the talks in the order of the recording"],
      ],
    );
  });

  it("only compares talks from the same recording", () => {
    assert.deepEqual(checkTalkOrder([talk(100, 1, VIDEO), talk(50, 2, OTHER_VIDEO), talk(100, 3, OTHER_VIDEO)]), []);
  });
});

describe("talksFromFrontMatter", () => {
  /** A `line` callback whose answer says which path it was asked about. */
  function recordingLines() {
    const paths: string[] = [];
    return {
      line: (path: (string | number)[]) => paths.push(path.join(".")),
      pathAt: (line: number) => paths[line - 1],
    };
  }

  it("reads the documented form", () => {
    const talksYaml = parse(`
talks:
  - speakers: [Viktor Gamov]
    company: Kong
    title: Supercharge your Kubernetes Ingress
    start: "24:25"
    takeaways:
      - The purpose and limitation of Kubernetes Ingress
      - "How **Kong** custom [resources](https://konghq.com) help"
  - speaker: Dimitris Finas
    company: Lightstep
    title: New observability with OpenTelemetry & Distributed Traces
    start: 3661
  - speakers: "Prithvi Raj and Sunil Anjin"
    title: Let's talk Chaos Engineering with LitmusChaos
    start: 1:18:20
`) as unknown;
    assert.ok(typeof talksYaml === "object" && talksYaml !== null && "talks" in talksYaml);
    const lines = recordingLines();
    const { talks, problems } = talksFromFrontMatter(talksYaml.talks, { videoId: VIDEO, line: lines.line });
    assert.deepEqual(problems, []);
    assert.deepEqual(talks.map(summary), [
      { speakers: ["Viktor Gamov"], company: "Kong", title: "Supercharge your Kubernetes Ingress", start: 1465 },
      { speakers: ["Dimitris Finas"], company: "Lightstep", title: "New observability with OpenTelemetry & Distributed Traces", start: 3661 },
      { speakers: ["Prithvi Raj", "Sunil Anjin"], company: null, title: "Let's talk Chaos Engineering with LitmusChaos", start: 4700 },
    ]);
    assert.deepEqual(talks[0]?.takeaways, ["The purpose and limitation of Kubernetes Ingress", "How Kong custom resources help"]);
    assert.deepEqual(talks.map((talk) => talk.videoId), [VIDEO, VIDEO, VIDEO]);
    assert.deepEqual(talks.map((talk) => lines.pathAt(talk.line)), ["0", "1", "2"]);
    assert.equal(talks[0]?.anchor, "viktor-gamov-supercharge-your-kubernetes-ingress");
  });

  it("splits 'A, B & C' speaker strings", () => {
    const { talks } = talksFromFrontMatter([{ speakers: "A One, B Two & C Three", title: "T" }], { videoId: null, line: () => 1 });
    assert.deepEqual(talks[0]?.speakers, ["A One", "B Two", "C Three"]);
  });

  it("accepts no talks at all", () => {
    assert.deepEqual(talksFromFrontMatter(undefined, { videoId: VIDEO, line: () => 1 }), { talks: [], problems: [] });
    assert.deepEqual(talksFromFrontMatter([], { videoId: VIDEO, line: () => 1 }), { talks: [], problems: [] });
  });

  it("reports unreadable entries at their path", () => {
    const lines = recordingLines();
    const { talks, problems } = talksFromFrontMatter(
      [
        "just a string",
        { company: "Acme" },
        { speakers: ["Jane Doe"], title: "Rust", start: "soon" },
        { speakers: ["Jane Doe"], title: "Go", takeaways: "one big takeaway" },
        { speakers: ["Jane Doe"], title: "Zig", takeaways: ["fine", { nested: true }] },
        { speakers: [1, 2], title: "Numbers" },
        { speakers: ["Jane Doe"], title: ["not", "text"], start: -5 },
        { speakers: ["Jane Doe"], title: "Good", start: 60, speeker: "typo" },
      ],
      { videoId: VIDEO, line: lines.line },
    );
    assert.deepEqual(
      problems.map((problem) => [lines.pathAt(problem.line), problem.severity, problem.message]),
      [
        ["0", "error", "talk 1 is not a set of fields: write it as '- speakers: [Name]' followed by 'title: ...' and 'start: \"24:25\"' lines, indented under the '-'"],
        ["1", "error", "talk 2: has neither speakers nor a title: add 'speakers: [Name]' and 'title: ...'"],
        ["2.start", "error", "talk 3: start 'soon' is not a timestamp: write it as \"24:25\" or \"1:01:01\" (in quotes) or a number of seconds such as 1465"],
        ["3.takeaways", "error", "talk 4: 'takeaways' must be a list of text, one '- ...' line per takeaway"],
        ["4.takeaways", "error", "talk 5: 'takeaways' must be a list of text, one '- ...' line per takeaway"],
        ["5.speakers", "error", "talk 6: 'speakers' must be a name or a list of names, e.g. speakers: [Prithvi Raj, Sunil Anjin]"],
        ["6.title", "error", "talk 7: 'title' must be text: wrap it in double quotes"],
        ["6.start", "error", "talk 7: start '-5' is not a timestamp: write it as \"24:25\" or \"1:01:01\" (in quotes) or a number of seconds such as 1465"],
        ["7.speeker", "warning", "talk 8: unknown field 'speeker' is ignored: check its spelling (known fields: speakers, speaker, company, title, start, takeaways)"],
      ],
    );
    assert.deepEqual(talks.map(summary), [{ speakers: ["Jane Doe"], company: null, title: "Good", start: 60 }]);
  });

  it("reports a value that is not a list", () => {
    const lines = recordingLines();
    const { talks, problems } = talksFromFrontMatter({ speakers: ["Jane Doe"] }, { videoId: VIDEO, line: lines.line });
    assert.deepEqual(talks, []);
    assert.deepEqual(problems.map((problem) => [lines.pathAt(problem.line), problem.severity]), [["", "error"]]);
  });

  it("checks the order of front-matter talks too", () => {
    const { problems } = talksFromFrontMatter(
      [
        { speakers: ["Jane Doe"], title: "Rust", start: "30:00" },
        { speakers: ["John Smith"], title: "Go", start: "5:00" },
      ],
      { videoId: VIDEO, line: (path) => 10 + Number(path[0] ?? 0) },
    );
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[11, "error"]]);
  });
});

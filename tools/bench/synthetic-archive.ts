/**
 * The bench's synthetic archives, from one seeded generator and one set of names and topics:
 * - recaps written the way the organisers write them now (three talks with linked timestamps and
 *   three takeaways each, a cover photo, tags, a video), for the build at scale and, as a Jekyll
 *   site's posts, the side-by-side build with Jekyll;
 * - an old Jekyll archive as the real one drifted over the years (every wording and YouTube link
 *   form, Liquid, mojibake, .jpg/.jpeg mix-ups, drafts, redirects, categories, a few photos
 *   missing), for the import bench.
 * Seeded, so every run builds the same archive.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { formatTimestamp } from "../../lib/timestamps";
import { MONTHS } from "../english-dates";

const FIRST_NAMES = [
  "Aisha", "Alex", "Amara", "Andrew", "Anna", "Ben", "Carlos", "Chen", "Chloe", "Daniel", "Dimitris", "Elena",
  "Emeka", "Fatima", "Freya", "George", "Hannah", "Hiroshi", "Isabel", "Jaap", "James", "Jasmine", "Kofi",
  "Lars", "Leila", "Lucy", "Marco", "Maria", "Mark", "Mei", "Nadia", "Niall", "Olivia", "Omar", "Priya",
  "Rahul", "Sara", "Sofia", "Tom", "Viktor", "Yusuf", "Zoe",
];
const LAST_NAMES = [
  "Adeyemi", "Andersson", "Banerjee", "Brasser", "Campbell", "Costa", "Dubois", "Evans", "Fernandes", "Finas",
  "Gamov", "García", "Hughes", "Ivanova", "Jensen", "Kaur", "Kowalski", "Li", "Martin", "Mensah", "Müller",
  "Murphy", "Nakamura", "Novak", "O'Brien", "Okafor", "Patel", "Rossi", "Santos", "Schmidt", "Singh", "Tanaka",
  "Thompson", "Walsh", "Whitby", "Williams", "Wójcik", "Yilmaz", "Zhang",
];
const COMPANIES = [
  "Kong", "Lightstep", "Harness", "ControlPlane", "Microsoft", "Google", "Red Hat", "VMware", "Sysdig", "CircleCI",
  "Isovalent", "Grafana Labs", "Weaveworks", "Snyk", "Docker", "HashiCorp", "Datadog", "Elastic", "Jetstack",
  "Form3", "Monzo", "Skyscanner", "Deliveroo", "Ocado Technology", "Starling Bank", "Container Solutions",
  "Tecknuovo", "Okteto", "Chainguard", "Upbound", "Solo.io", "Buoyant", "Tigera", "Aqua Security",
  "Palo Alto Networks", "Spotify", "Canonical", "SUSE", "Cisco", "Akamai",
];
const VENUES = ["esynergy", "Skills Matter CodeNode", "the Google Academy", "Microsoft Reactor", "Monzo's office", "the Jetstack offices"];
const SPONSORS = [
  ["Palo Alto Networks", "https://www.paloaltonetworks.com/"],
  ["CircleCI", "https://circleci.com/"],
  ["Sysdig", "https://sysdig.com/"],
  ["Lightstep", "https://lightstep.com/"],
  ["Okteto", "https://www.okteto.com/"],
] as const;
const ACTIONS = [
  "Supercharge", "Secure", "Observe", "Debug", "Scale", "Migrate", "Automate", "Harden", "Operate", "Test",
  "Simplify", "Demystify", "Untangle", "Measure",
];
const SUBJECTS = [
  "your Kubernetes Ingress", "multi-cluster networking with eBPF", "GitOps pipelines", "service meshes",
  "software supply chains", "OpenTelemetry traces", "platform engineering teams", "serverless workloads",
  "stateful sets in production", "policy as code with OPA", "chaos experiments", "WebAssembly on the edge",
  "cost in the cloud", "developer portals with Backstage", "container image builds", "secrets management",
  "autoscaling with KEDA", "cluster upgrades", "the Gateway API", "runtime security with Falco",
];
const SUFFIXES = ["", "", ": lessons from production", ": a live demo", " without losing sleep", " at scale", ": what we learnt"];
const TAKEAWAY_OPENERS = [
  "Getting started with", "Lessons learnt from", "The trade-offs of", "Common mistakes with", "What changed in",
  "A checklist for", "Measuring the impact of", "Where to start with", "The future of", "Security pitfalls of",
];
const TAKEAWAY_TAILS = [
  "and how to roll it out team by team", "in a regulated environment", "before your next incident",
  "with open source tools only", "across hundreds of services", "and what the CNCF landscape offers",
  "for small platform teams", "without a big-bang migration",
];
const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

type Random = () => number;

/** mulberry32: a tiny seeded generator, so the synthetic archive is the same on every run. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function distinct<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

/** The first Wednesday of the month `monthsAgo` months before `today` (meetups are midweek). */
function meetupDate(today: Date, monthsAgo: number): Date {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 1));
  while (date.getUTCDay() !== 3) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function talkTitle(random: Random): string {
  return `${pick(random, ACTIONS)} ${pick(random, SUBJECTS)}${pick(random, SUFFIXES)}`;
}

function takeaways(random: Random): string[] {
  return distinct(random, TAKEAWAY_OPENERS, 3).map((opener) => `* ${opener} ${pick(random, SUBJECTS)} ${pick(random, TAKEAWAY_TAILS)}`);
}

function speakerName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

function videoIdFrom(random: Random): string {
  return Array.from({ length: 11 }, () => pick(random, [...ID_ALPHABET])).join("");
}

/** A plain JPEG standing in for a meetup photo: real bytes, so next/image and the content check read it. */
export function syntheticPhoto(width: number, height: number, background: { r: number; g: number; b: number }, quality: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg({ quality, progressive: true }).toBuffer();
}

export type SyntheticRecap = { fileName: string; imageName: string; markdown: string };

/** Recap number `index` (0 = the latest month), dated monthly back from `today`. */
export function syntheticRecap(index: number, today: Date): SyntheticRecap {
  const random = seeded(2022 * 100_003 + index);
  const date = meetupDate(today, index);
  const iso = date.toISOString().slice(0, 10);
  const month = MONTHS[date.getUTCMonth()] ?? "January";
  const year = date.getUTCFullYear();
  const slug = `cloud-native-london-${month.toLowerCase()}-${year}`;
  const videoId = videoIdFrom(random);
  const companies = distinct(random, COMPANIES, 3);
  const imageName = `${iso}-${slug}.jpeg`;
  const companyList = `${companies.slice(0, -1).join(", ")}, and ${companies.at(-1)}`;

  let start = 60 + Math.floor(random() * 30 * 60);
  const intros = [
    (who: string, title: string, at: string) => `Kicking off our evening was ${who} with a talk on ${title} (starting at ${at}).`,
    (who: string, title: string, at: string) => `Next up we had ${who} who described ${title} (starting at ${at}).`,
    (who: string, title: string, at: string) => `Finally we had ${who} wrapping up our evening with a talk on ${title} (starting at ${at}).`,
  ];
  const talks = companies.map((company, talkIndex) => {
    const speaker = speakerName(random);
    const title = talkTitle(random);
    const at = `[${formatTimestamp(start)}](https://youtu.be/${videoId}?t=${start})`;
    const intro = intros[talkIndex] ?? intros[0];
    const pronoun = pick(random, ["They talked about:", "Their takeaways discussed:", "The takeaways covered:"]);
    const points = takeaways(random);
    start += 25 * 60 + Math.floor(random() * 25 * 60);
    return `${intro?.(`${speaker} from ${company}`, title, at)} ${pronoun}\n\n${points.join("\n")}`;
  });
  const [first, second, third] = distinct(random, SPONSORS, 3).map(([name, url]) => `[${name}](${url})`);
  const nextMonth = MONTHS[(date.getUTCMonth() + 1) % 12];

  const markdown = `---
layout: post
title: "Cloud Native London ${month} ${year}: ${companyList}"
description: "speakers from ${companyList} join us at the Cloud Native London meetup ${month} ${year}, hosted by Cheryl Hung"
location: London, UK
image: /images/${imageName}
video: https://www.youtube.com/embed/${videoId}
tags:
  - Photos
  - Video
  - Meetup
  - "${year}"
---

We had three great speakers from ${companyList} joining us at our ${month} Cloud Native London meetup at ${pick(random, VENUES)}. We also had virtual attendees joining us via the YouTube/Twitch livestreams.

We are immensely grateful to ${first}, ${second}, and ${third} for your generous support and sponsorship.

### Overview

${talks.join("\n\n")}

And of course, our usual group photo!
![](/images/${imageName})

## Cloud Native London ${nextMonth}

Our next meetup will be in ${nextMonth}. [RSVP and save the date now!](https://www.meetup.com/cloud-native-london/).

Stay safe, stay healthy, and I’ll see you next month!

Cheryl (@oicheryl)
`;
  return { fileName: `${iso}-${slug}.md`, imageName, markdown };
}

/** Recaps 0 to count - 1 into `recapsDir`, each with its photo (one, at the real ones' size) in `imagesDir`. */
/** Synthetic recaps number `from` to `count - 1` (all of them by default), each with its photo. */
export async function writeSyntheticRecaps(recapsDir: string, imagesDir: string, count: number, today: Date, from = 0): Promise<SyntheticRecap[]> {
  const photo = await syntheticPhoto(1600, 1067, { r: 40, g: 70, b: 110 }, 80);
  mkdirSync(recapsDir, { recursive: true });
  mkdirSync(imagesDir, { recursive: true });
  const recaps = Array.from({ length: count - from }, (_, index) => syntheticRecap(from + index, today));
  for (const recap of recaps) {
    writeFileSync(path.join(recapsDir, recap.fileName), recap.markdown);
    writeFileSync(path.join(imagesDir, recap.imageName), photo);
  }
  return recaps;
}

export type GeneratedArchive = { posts: number; drafts: number; images: number };

/** A Jekyll site of `count` posts in `dir` (_config.yml, _posts/, images/), every third day from 2015. */
export async function generateJekyllArchive(dir: string, count: number): Promise<GeneratedArchive> {
  const random = seeded(20_151_007);
  mkdirSync(path.join(dir, "_posts"), { recursive: true });
  mkdirSync(path.join(dir, "images"), { recursive: true });
  writeFileSync(
    path.join(dir, "_config.yml"),
    'title: Cloud Native London\nurl: "https://cloudnative.london"\nbaseurl: ""\npermalink: pretty\nmarkdown: kramdown\nplugins:\n  - jekyll-redirect-from\n',
  );
  const photos = await Promise.all(Array.from({ length: 12 }, (_, index) => syntheticPhoto(320, 213, { r: 20 * index, g: 120, b: 200 - 10 * index }, 70)));

  let drafts = 0;
  let images = 0;
  const start = Date.UTC(2015, 0, 7);
  for (let index = 0; index < count; index++) {
    // Every third day over the years, so a thousand posts reach into the 2020s.
    const date = new Date(start + index * 3 * 86_400_000).toISOString().slice(0, 10);
    const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "January";
    const year = date.slice(0, 4);
    const slug = `cloud-native-london-${month.toLowerCase()}-${year}-${date.slice(8, 10)}`;
    const videoId = videoIdFrom(random);
    const draft = index % 37 === 5;
    if (draft) drafts++;
    const photo = `${date}-${slug}.jpeg`;
    const missingPhoto = index % 41 === 7;
    if (!missingPhoto) {
      writeFileSync(path.join(dir, "images", photo), pick(random, photos));
      images++;
    }
    // The archive's habit: the photo named .jpg in the post, saved as .jpeg.
    const written = index % 9 === 0 ? photo.replace(/\.jpeg$/, ".jpg") : photo;
    const video = [
      `https://www.youtube.com/embed/${videoId}`,
      `https://www.youtube.com/embed/v=${videoId}`,
      `https://youtube.com/${videoId}`,
      `https://www.youtube-nocookie.com/embed/${videoId}?start=30`,
      `https://youtu.be/${videoId}`,
      `https://www.youtube.com/watch?v=${videoId}`,
    ][index % 6];
    const companies = [pick(random, COMPANIES), pick(random, COMPANIES), pick(random, COMPANIES)];
    const starts = [60 + Math.floor(random() * 600), 1800 + Math.floor(random() * 900), 3700 + Math.floor(random() * 1800)];
    const stamp = (seconds: number, form: number) => {
      const text = formatTimestamp(seconds);
      const links = [`https://youtu.be/${videoId}?t=${seconds}`, `https://www.youtube.com/watch?v=${videoId}&t=${seconds}s`, `https://www.youtube.com/live/${videoId}?si=a1B2c3D4e5F6g7H8&t=${seconds}`];
      return form === 3 ? text : `[${text}](${links[form % 3]})`;
    };
    const talks = [
      `Kicking off our evening was ${speakerName(random)} from ${companies[0]} with a great talk on ${talkTitle(random)} (starting at ${stamp(starts[0] ?? 60, index % 4)}). They talked about:`,
      `Next up we had ${speakerName(random)} and ${speakerName(random)} from ${companies[1]} who described ${talkTitle(random)} (starting at ${stamp(starts[1] ?? 1800, (index + 1) % 4)}). Their takeaways mentioned:`,
      index % 5 === 0
        ? `Finally we had ${speakerName(random)} with a talk on ${talkTitle(random)}, starting at ${stamp(starts[2] ?? 3700, 3)}.`
        : `Finally we had ${speakerName(random)} from ${companies[2]} wrapping up our evening with a talk on ${talkTitle(random)} (starting at ${stamp(starts[2] ?? 3700, (index + 2) % 4)}). Their takeaways discussed:`,
    ];
    const frontMatter = [
      "---",
      "layout: post",
      `title: "Cloud Native London ${month} ${year}: ${companies.join(", ")}"`,
      `description: "speakers from ${companies.join(", ")} join us at the Cloud Native London meetup ${month} ${year}"`,
      "location: London, UK",
      `image: /images/${written}`,
      `video: ${video}`,
      "tags:",
      "  - Photos",
      "  - Video",
      "  - Meetup",
      `  - "${year}"`,
      ...(index % 4 === 0 ? ["categories: [meetup]"] : []),
      ...(index % 10 === 3 ? [`redirect_from: /meetups/${year}/${month.toLowerCase()}-${date.slice(8, 10)}/`] : []),
      ...(draft ? ["published: false"] : []),
      "---",
    ];
    const body = [
      "",
      `We had three great speakers from ${companies.join(", ")} joining us at our ${month} Cloud Native London meetup. `,
      "",
      "We are immensely grateful to [CircleCI](https://circleci.com/) and [Sysdig](https://sysdig.com/) for your generous support and sponsorship.",
      "",
      "### Overview",
      "",
      ...talks.flatMap((talk) => [talk, "", ...takeaways(random), ""]),
      "And of course, our usual group photo! ",
      `![]({{ site.baseurl }}/images/${written})`,
      "",
      `Stay safe, stay healthy, and ${index % 7 === 0 ? "Iâ€™ll" : "I’ll"} see you next month!`,
      "",
      "Cheryl (@oicheryl) ",
      "",
    ];
    const extension = index % 10 === 1 ? "markdown" : "md";
    writeFileSync(path.join(dir, "_posts", `${date}-${slug}.${extension}`), [...frontMatter, ...body].join("\n"));
  }
  return { posts: count, drafts, images };
}

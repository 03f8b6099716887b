/**
 * Synthetic recaps written the way the organisers write them: three talks with linked timestamps
 * and three takeaways each, a cover photo, tags and a video. Seeded, so every run builds the same archive.
 */
import { formatTimestamp } from "../../lib/timestamps";

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
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
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

export type SyntheticRecap = { fileName: string; imageName: string; markdown: string };

/** Recap number `index` (0 = the latest month), dated monthly back from `today`. */
export function syntheticRecap(index: number, today: Date): SyntheticRecap {
  const random = seeded(2022 * 100_003 + index);
  const date = meetupDate(today, index);
  const iso = date.toISOString().slice(0, 10);
  const month = MONTHS[date.getUTCMonth()] ?? "January";
  const year = date.getUTCFullYear();
  const slug = `cloud-native-london-${month.toLowerCase()}-${year}`;
  const videoId = Array.from({ length: 11 }, () => pick(random, [...ID_ALPHABET])).join("");
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
    const speaker = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    const subject = pick(random, SUBJECTS);
    const title = `${pick(random, ACTIONS)} ${subject}${pick(random, SUFFIXES)}`;
    const at = `[${formatTimestamp(start)}](https://youtu.be/${videoId}?t=${start})`;
    const intro = intros[talkIndex] ?? intros[0];
    const pronoun = pick(random, ["They talked about:", "Their takeaways discussed:", "The takeaways covered:"]);
    const takeaways = distinct(random, TAKEAWAY_OPENERS, 3).map((opener) => `* ${opener} ${pick(random, SUBJECTS)} ${pick(random, TAKEAWAY_TAILS)}`);
    start += 25 * 60 + Math.floor(random() * 25 * 60);
    return `${intro?.(`${speaker} from ${company}`, title, at)} ${pronoun}\n\n${takeaways.join("\n")}`;
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

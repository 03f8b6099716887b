/**
 * A made-up Jekyll archive as the real one drifted over the years: monthly-style recaps with talks
 * in the prose (every wording and YouTube link form), Liquid, mojibake, .jpg/.jpeg mix-ups, drafts,
 * redirects, categories, and a few photos missing. Deterministic for a given size.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { formatTimestamp } from "../lib/timestamps";

export type GeneratedArchive = { posts: number; drafts: number; images: number };

const FIRST = ["Priya", "Tom", "Lena", "Alice", "Ben", "Rahul", "Sam", "Maria", "Dimitri", "Grace", "Oliver", "Nadia", "Peter", "Chloe", "Hannah", "Marco", "Ed", "Anna", "Kunal", "Jaap", "Viktor", "Andrew", "Mark", "Sunil", "Fatima", "Jonas", "Aiko", "Carlos", "Ingrid", "Kwame", "Lucia", "Mateo", "Noor", "Oscar", "Ravi", "Sofia", "Tariq", "Uma", "Wei", "Zara"];
const LAST = ["Shah", "Baxter", "Fischer", "Morgan", "Carter", "Verma", "Lopez", "Ivanov", "Kim", "Smith", "Rahman", "Novak", "Martin", "Lee", "Rossi", "Welch", "Kowalski", "Brasser", "Gamov", "Whitby", "Anjin", "Haddad", "Berg", "Tanaka", "Silva", "Larsen", "Mensah", "Romero", "Garcia", "Khan", "Olsen", "Patel", "Hussain", "Wong", "Zhou", "Nowak", "Dubois", "Meyer", "Costa", "Quinn"];
const COMPANIES = ["Weaveworks", "Container Solutions", "Jetstack", "Monzo", "Red Hat", "Sysdig", "Skyscanner", "HashiCorp", "Elastic", "Form3", "Google", "Snyk", "Grafana Labs", "Isovalent", "Civo", "Kong", "Lightstep", "Harness", "ControlPlane", "Microsoft", "Amazon", "NVIDIA", "Datadog", "GitLab", "Cisco", "VMware", "Aqua Security", "Tetrate", "Solo", "Buoyant", "Canonical", "SUSE", "Spotify", "Deliveroo", "Ocado", "Starling Bank", "BBC", "Financial Times", "Sky", "Wise"];
const TOPICS = ["GitOps at Scale", "Operators Explained", "Runtime Security with Falco", "eBPF Networking", "Logs at Scale with Loki", "Platform Engineering", "Service Mesh in Production", "Zero Trust Networking", "Chaos Engineering on a Budget", "Multi-Cluster Kubernetes", "Policy as Code", "Serverless Containers", "Supply Chain Security", "Cost Optimisation", "Observability with OpenTelemetry", "Secrets Management with Vault", "Progressive Delivery", "WebAssembly on Kubernetes", "Building a Bank on Kubernetes", "Developer Portals with Backstage"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

export async function generateArchive(dir: string, count: number): Promise<GeneratedArchive> {
  let seed = 20_151_007;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };

  mkdirSync(path.join(dir, "_posts"), { recursive: true });
  mkdirSync(path.join(dir, "images"), { recursive: true });
  writeFileSync(
    path.join(dir, "_config.yml"),
    'title: Cloud Native London\nurl: "https://cloudnative.london"\nbaseurl: ""\npermalink: pretty\nmarkdown: kramdown\nplugins:\n  - jekyll-redirect-from\n',
  );
  const photos = await Promise.all(
    Array.from({ length: 12 }, (_, index) =>
      sharp({ create: { width: 320, height: 213, channels: 3, background: { r: 20 * index, g: 120, b: 200 - 10 * index } } }).jpeg({ quality: 70 }).toBuffer(),
    ),
  );

  let drafts = 0;
  let images = 0;
  const start = Date.UTC(2015, 0, 7);
  for (let index = 0; index < count; index++) {
    // Every third day over the years, so a thousand posts reach into the 2020s.
    const date = new Date(start + index * 3 * 86_400_000).toISOString().slice(0, 10);
    const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "January";
    const year = date.slice(0, 4);
    const slug = `cloud-native-london-${month.toLowerCase()}-${year}-${date.slice(8, 10)}`;
    const videoId = Array.from({ length: 11 }, () => pick([...ID_CHARS])).join("");
    const draft = index % 37 === 5;
    if (draft) drafts++;
    const photo = `${date}-${slug}.jpeg`;
    const missingPhoto = index % 41 === 7;
    if (!missingPhoto) {
      writeFileSync(path.join(dir, "images", photo), pick(photos));
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
    const companies = [pick(COMPANIES), pick(COMPANIES), pick(COMPANIES)];
    const name = () => `${pick(FIRST)} ${pick(LAST)}`;
    const starts = [60 + Math.floor(random() * 600), 1800 + Math.floor(random() * 900), 3700 + Math.floor(random() * 1800)];
    const stamp = (seconds: number, form: number) => {
      const text = formatTimestamp(seconds);
      const links = [`https://youtu.be/${videoId}?t=${seconds}`, `https://www.youtube.com/watch?v=${videoId}&t=${seconds}s`, `https://www.youtube.com/live/${videoId}?si=a1B2c3D4e5F6g7H8&t=${seconds}`];
      return form === 3 ? text : `[${text}](${links[form % 3]})`;
    };
    const talks = [
      `Kicking off our evening was ${name()} from ${companies[0]} with a great talk on ${pick(TOPICS)} (starting at ${stamp(starts[0] ?? 60, index % 4)}). They talked about:`,
      `Next up we had ${name()} and ${name()} from ${companies[1]} who described ${pick(TOPICS)} (starting at ${stamp(starts[1] ?? 1800, (index + 1) % 4)}). Their takeaways mentioned:`,
      index % 5 === 0
        ? `Finally we had ${name()} with a talk on ${pick(TOPICS)}, starting at ${stamp(starts[2] ?? 3700, 3)}.`
        : `Finally we had ${name()} from ${companies[2]} wrapping up our evening with a talk on ${pick(TOPICS)} (starting at ${stamp(starts[2] ?? 3700, (index + 2) % 4)}). Their takeaways discussed:`,
    ];
    const takeaways = () => `\n* ${pick(TOPICS)} is easier than it looks\n* Start small and measure\n* Automate the boring parts\n`;
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
      talks[0],
      takeaways(),
      talks[1],
      takeaways(),
      talks[2],
      takeaways(),
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

/**
 * The hostile Jekyll archive (issue #12), ready to import: tests/fixtures/hostile-site copied into
 * `workspace/site`, plus what git and a plain copy keep badly, made here. Symbolic links are stored
 * by git as text files on some systems and followed by copies; a NUL byte makes git call the post
 * binary; the two 30 KB bodies would only bloat the repository. `workspace/outside` holds what the
 * links point at, outside the site: nothing there may ever be imported or served.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const HOSTILE_FIXTURE = fileURLToPath(new URL("../fixtures/hostile-site", import.meta.url));
const A_PHOTO = fileURLToPath(new URL("../fixtures/jekyll-site/images/2019-03-06-cloud-native-london-march-2019.jpeg", import.meta.url));

/** A file that is certainly outside the site: /etc/hosts where there is one, as the issue has it. */
const SYSTEM_FILE = "/etc/hosts";

export type HostileSite = {
  site: string;
  outside: string;
  /** What the image link points at; its text must never be served. */
  linkedFile: string;
  /** The photo inside the linked folder, outside the site. */
  linkedPhoto: string;
};

export const GENERATED_POSTS = {
  /** A symbolic link to a post outside the site. */
  linkedPost: "_posts/2024-05-08-linked-post.md",
  nulInBody: "_posts/2024-05-15-nul-in-body.md",
  emphasisMarks: "_posts/2024-05-22-emphasis-marks.md",
  nestedQuotes: "_posts/2024-05-29-nested-quotes.md",
} as const;

export function materialiseHostileSite(workspace: string): HostileSite {
  const site = path.join(workspace, "site");
  const outside = path.join(workspace, "outside");
  cpSync(HOSTILE_FIXTURE, site, { recursive: true });
  mkdirSync(path.join(outside, "photos"), { recursive: true });

  const linkedFile = existsSync(SYSTEM_FILE) ? SYSTEM_FILE : path.join(outside, "hosts");
  if (linkedFile !== SYSTEM_FILE) writeFileSync(linkedFile, "127.0.0.1 localhost secret-host.internal\n");
  symlinkSync(linkedFile, path.join(site, "images/hosts.jpeg"));
  const linkedPhoto = path.join(outside, "photos/room.jpeg");
  // A real photo, made unlike any of the archives' own, so a test can tell it anywhere it shows up.
  writeFileSync(linkedPhoto, Buffer.concat([readFileSync(A_PHOTO), Buffer.from("\nfrom outside the archive\n")]));
  symlinkSync(path.join(outside, "photos"), path.join(site, "images/linked"), "dir");

  const post = (title: string, body: string) => `---\ntitle: "${title}"\n---\n\n${body}\n`;
  writeFileSync(path.join(outside, "2024-05-08-linked-post.md"), post("A post that is a link", "Its file lies outside the site."));
  symlinkSync(path.join(outside, "2024-05-08-linked-post.md"), path.join(site, GENERATED_POSTS.linkedPost));
  writeFileSync(path.join(site, GENERATED_POSTS.nulInBody), post("A NUL in the body", "The first line.\n\nA NUL \u0000 in the second paragraph."));
  writeFileSync(path.join(site, GENERATED_POSTS.emphasisMarks), post("Emphasis marks", `The first line.\n\n${"*a_".repeat(10_000)}`));
  writeFileSync(path.join(site, GENERATED_POSTS.nestedQuotes), post("Nested quotes", `The first line.\n\n${"> ".repeat(10_000)}deep`));
  return { site, outside, linkedFile, linkedPhoto };
}

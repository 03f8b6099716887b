import GithubSlugger, { slug } from "github-slugger";
import type { Root } from "mdast";
import { plainText } from "./plain-text";
import type { FoundTalk, TalkDraft } from "./types";

export function withAnchors(drafts: readonly TalkDraft[], taken: Set<string>): FoundTalk[] {
  return drafts.map((draft, index) => {
    const base = anchorSlug([...draft.speakers, draft.title ?? ""].join(" ")) || `talk-${index + 1}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n += 1) anchor = `${base}-${n}`;
    taken.add(anchor);
    return { ...draft, anchor };
  });
}

// ASCII only, so the id reads the same in a URL as on the page; short enough to share.
export function anchorSlug(text: string): string {
  const ascii = slug(text.normalize("NFKD").replace(/\p{M}/gu, ""))
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  if (ascii.length <= 80) return ascii;
  const cut = ascii.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : 80).replace(/-$/, "");
}

// Heading ids (as rehype-slug makes them) are taken, so a talk never shares an id with a heading.
export function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const taken = new Set<string>();
  for (const node of tree.children) {
    if (node.type === "heading") taken.add(slugger.slug(plainText(node)));
  }
  return taken;
}

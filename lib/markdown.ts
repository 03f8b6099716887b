import type { Root as HastRoot } from "hast";
import { visit } from "unist-util-visit";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Organisers may write raw HTML (the archive does). It is parsed, then sanitized with GitHub's
 * rules, so markup renders but nothing in a recap can run script.
 */
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "loading"],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .use(() => normaliseHeadingOutline);

const HEADING = /^h([1-6])$/;

/**
 * Recaps start at ### or ## as the old layout needed; under the page's own h1 they become a
 * gap-free outline starting at h2, so screen-reader heading navigation makes sense.
 */
function normaliseHeadingOutline(tree: HastRoot) {
  let previous = 1;
  visit(tree, "element", (node) => {
    const depth = HEADING.exec(node.tagName)?.[1];
    if (!depth) return;
    const level = Math.min(Math.max(Number(depth), 2), previous + 1);
    node.tagName = `h${level}`;
    previous = level;
  });
}

export function markdownToHast(markdown: string): HastRoot {
  return processor.runSync(processor.parse(markdown));
}

import type { Nodes } from "mdast";

const BLOCK_PARENTS: ReadonlySet<string> = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow"]);

/** Text of a node with inline Markdown removed and links reduced to their text. */
export function plainText(node: Nodes): string {
  return collapse(textOf(node));
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default: {
      if (!("children" in node)) return "";
      const children: Nodes[] = node.children;
      return children.map(textOf).join(BLOCK_PARENTS.has(node.type) ? " " : "");
    }
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

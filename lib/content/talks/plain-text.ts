import type { Nodes } from "mdast";

const BLOCK_PARENTS: ReadonlySet<string> = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow"]);

/** Text of a node with inline Markdown removed and links reduced to their text. */
export function plainText(node: Nodes): string {
  return collapse(textOf(node));
}

/** The same, line by line as written (soft and hard line breaks), each line collapsed. */
export function plainLines(node: Nodes): string[] {
  return textOf(node, "\n").split("\n").map(collapse);
}

function textOf(node: Nodes, lineBreak = " "): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return lineBreak;
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default: {
      if (!("children" in node)) return "";
      const children: Nodes[] = node.children;
      return children.map((child) => textOf(child, lineBreak)).join(BLOCK_PARENTS.has(node.type) ? " " : "");
    }
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Text from the national standard's HTML (see lib/html.ts): light enough for the browser, since it needs
 * only the HTML tokenizer, not the sanitiser. Tags never survive; entities are decoded.
 */
import { Parser } from "htmlparser2";

const BLOCK = new Set(["div", "p", "ul", "ol", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt"]);
/** Elements whose content is never text (dropped with the element). */
export const NON_TEXT = ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "embed", "svg", "math", "title", "head", "xmp", "noembed", "noframes"];

/** Control characters other than tab and line breaks. */
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Whether a string contains something that looks like markup or an entity. */
export const looksLikeHtml = (s: string) => /<[a-zA-Z!/?]|&[#a-zA-Z0-9]+;/.test(s);

interface TextOptions {
  /** How a list item starts: "• " for reading, "- " / "1. " for editing. */
  bullets: "read" | "edit";
}

/** Walks HTML and returns its text with block boundaries as line breaks (entities decoded). */
function toText(html: string, { bullets }: TextOptions): string {
  let out = "";
  const lists: { ordered: boolean; n: number }[] = [];
  let skip = 0;
  const newline = (blank: boolean) => {
    out = out.replace(/[ \t]+$/, "");
    if (!out) return;
    if (blank) out = out.replace(/\n*$/, "\n\n");
    else if (!out.endsWith("\n")) out += "\n";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (NON_TEXT.includes(name)) return void skip++;
        if (name === "br") return void (out += "\n");
        if (name === "ul" || name === "ol") {
          newline(lists.length === 0);
          lists.push({ ordered: name === "ol", n: 0 });
          return;
        }
        if (name === "li") {
          newline(false);
          const list = lists.at(-1);
          const indent = "  ".repeat(Math.max(0, lists.length - 1));
          if (list?.ordered) out += `${indent}${++list.n}. `;
          else out += `${indent}${bullets === "read" ? "• " : "- "}`;
          return;
        }
        if (BLOCK.has(name)) newline(lists.length === 0);
      },
      ontext(text) {
        if (skip) return;
        const t = text.replace(/\s+/g, " ");
        out += out === "" || out.endsWith("\n") ? t.replace(/^ /, "") : t;
      },
      onclosetag(name) {
        if (NON_TEXT.includes(name)) return void (skip = Math.max(0, skip - 1));
        if (name === "ul" || name === "ol") {
          lists.pop();
          newline(lists.length === 0);
          return;
        }
        if (name === "li") return newline(false);
        if (BLOCK.has(name) && name !== "br") newline(lists.length === 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html.replace(CONTROL, ""));
  parser.end();
  return out
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text of HTML, for the search index, snippets and plain-text fields: no tag ever survives. */
export function plainText(html: string): string {
  if (!looksLikeHtml(html)) return html.replace(CONTROL, "").trim();
  return toText(html, { bullets: "read" });
}

/** The text of HTML on one line (whitespace collapsed), e.g. for snippets and list descriptions. */
export const plainLine = (html: string) => plainText(html).replace(/\s+/g, " ").trim();

/** Length of a field's text without markup, as the national standard counts its `max_length`. */
export const plainLength = (html: string) => plainLine(html).length;

/** Rich HTML as the officials' form shows it: paragraphs split by a blank line, "- " and "1. " list items. */
export function editableText(html: string): string {
  if (!looksLikeHtml(html)) return html;
  return toText(html, { bullets: "edit" });
}


/** The elements in HTML (lower-case names) and whether any of them carries attributes. */
export function htmlTags(html: string): { tags: Set<string>; attributes: boolean } {
  const tags = new Set<string>();
  let attributes = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        tags.add(name);
        if (Object.keys(attrs).length) attributes = true;
      },
    },
    { lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { tags, attributes };
}

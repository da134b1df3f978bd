/**
 * The one place for the HTML that text fields of the Algoritmeregister publication standard 1.0 may carry.
 *
 * The standard allows exactly `p`, `div`, `br`, `ul`, `ol` and `li` in nine text fields ("rich" fields).
 * Rich fields are stored as HTML sanitised with a maintained allow-list sanitiser (sanitize-html): no other
 * tag, no attribute, no comment survives; the content of script/style-like elements is dropped entirely.
 * Everything else reads them through this module (and lib/html-text.ts, its part without the sanitiser
 * that the browser may load):
 * - `plainText` for the search index, snippets, length checks and plain-text fields (tags never match);
 * - `editableText` / `htmlFromEditable` for the officials' form, where paragraphs are separated by a blank
 *   line and list items start with "- " (bulleted) or "1. " (numbered);
 * - `sanitizeRichHtml` again right before rendering (components/entry/RichText.tsx).
 */
import sanitizeHtml from "sanitize-html";
import { CONTROL, NON_TEXT } from "./html-text";

export { editableText, looksLikeHtml, plainLength, plainLine, plainText } from "./html-text";

/** The tags the national standard allows in its rich text fields (`allowed_html_tags` in v1_0.json). */
export const RICH_TAGS = ["div", "br", "p", "ul", "ol", "li"] as const;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TAGS],
  allowedAttributes: {},
  allowedSchemes: [],
  disallowedTagsMode: "discard",
  nonTextTags: NON_TEXT,
  allowProtocolRelative: false,
  enforceHtmlBoundary: false,
  parser: { lowerCaseTags: true },
};

/**
 * Sanitises rich text: only the standard's tags, no attributes, no comments; line breaks between tags are
 * dropped so the same content always gives the same string. Safe to render as HTML.
 */
export function sanitizeRichHtml(input: string): string {
  const clean = sanitizeHtml(input.replace(CONTROL, ""), SANITIZE);
  return clean.replace(/>\s+</g, (m) => (/\n/.test(m) ? "><" : m)).trim();
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const BULLET = /^\s*[-*•]\s+/;
const NUMBER = /^\s*\d{1,3}[.)]\s+/;

/**
 * What an official typed in a rich field, as sanitised HTML: blocks separated by blank lines become
 * paragraphs, consecutive "- " lines a bulleted list, "1. " lines a numbered list, other line breaks `<br>`.
 * Typed angle brackets stay text.
 */
export function htmlFromEditable(text: string): string {
  const blocks = text.replace(CONTROL, "").replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim());
    let i = 0;
    while (i < lines.length) {
      const kind = BULLET.test(lines[i]!) ? "ul" : NUMBER.test(lines[i]!) ? "ol" : "p";
      const group: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const k = BULLET.test(l) ? "ul" : NUMBER.test(l) ? "ol" : "p";
        if (k !== kind) break;
        group.push(kind === "p" ? l.trim() : l.replace(kind === "ul" ? BULLET : NUMBER, "").trim());
        i++;
      }
      if (kind === "p") html.push(`<p>${group.map(escape).join("<br />")}</p>`);
      else html.push(`<${kind}>${group.map((g) => `<li>${escape(g)}</li>`).join("")}</${kind}>`);
    }
  }
  return sanitizeRichHtml(html.join(""));
}

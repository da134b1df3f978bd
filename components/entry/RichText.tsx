import { toRichHtml } from "@/lib/schemas/levels";

/**
 * A text field that may carry the national standard's HTML (paragraphs, line breaks, lists), rendered as
 * such. The stored HTML is sanitised again here with the same allow-list (lib/html.ts), so nothing but
 * p, div, br, ul, ol and li ever reaches the page; plain text (older entries) becomes paragraphs.
 * Server-only use: the sanitiser stays out of the browser bundle.
 */
export function RichText({ value, className, lang }: { value: string; className?: string; lang?: string }) {
  return <div lang={lang} className={`rich-text${className ? ` ${className}` : ""}`} dangerouslySetInnerHTML={{ __html: toRichHtml(value) }} />;
}

/**
 * The page for an address that cannot be read (a malformed percent-escape such as `/nl/sensors/%ff`), or
 * that is longer than any of the register's.
 * Next.js cannot route such a path at all — it fails decoding it, also after a rewrite, because it matches
 * the original path too — so proxy.ts answers it itself with this small, complete HTML page: status 400, the
 * visitor's language from the path, texts from the message catalogues, the house style sheet, links onwards,
 * and the same security headers and nonce-based CSP as every page. No scripts.
 */
import nl from "@/messages/nl.json";
import en from "@/messages/en.json";

const catalogues = { nl, en } as const;
export type BadAddressLocale = keyof typeof catalogues;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The whole HTML document; `nonce` is the response's CSP nonce (for its one style element). `reason`: a
 * malformed escape (400), or a path longer than any of the register's (414).
 */
export function badAddressPage(o: { locale: BadAddressLocale; nonce: string; themeCssUrl?: string; reason?: "malformed" | "tooLong" }): string {
  const m = catalogues[o.locale];
  const heading = o.reason === "tooLong" ? m.badAddress.tooLongTitle : m.badAddress.title;
  const text = o.reason === "tooLong" ? m.badAddress.tooLongText : m.badAddress.text;
  const title = `${heading} | ${m.meta.siteShort}`;
  const home = `/${o.locale}`;
  return `<!DOCTYPE html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(o.themeCssUrl ?? "/theme.css")}">
<style nonce="${escapeHtml(o.nonce)}">
body { font-family: var(--utrecht-document-font-family, system-ui, sans-serif); line-height: 1.5; margin: 0; color: var(--utrecht-document-color, #1a1a1a); background: var(--utrecht-document-background-color, #fff); }
header, main { max-width: 60rem; margin-inline: auto; padding: 1rem; }
header { border-bottom: 1px solid #ccc; }
a { color: var(--utrecht-link-color, #1a4f8b); }
</style>
</head>
<body>
<header><a href="${home}">${escapeHtml(m.meta.siteName)}</a></header>
<main>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(text)}</p>
<ul>
<li><a href="${home}">${escapeHtml(m.notFound.home)}</a></li>
<li><a href="${home}/search">${escapeHtml(m.notFound.search)}</a></li>
</ul>
</main>
</body>
</html>
`;
}

/** The text of /.well-known/security.txt (RFC 9116); pure, unit-tested. */

/** A contact as security.txt wants it: a URI. A bare e-mail address becomes mailto:, http(s) URLs stay. */
export function contactUri(raw: string | null | undefined): string | null {
  const c = (raw ?? "").trim();
  if (!c || /[\s<>"]/.test(c)) return null;
  if (/^(mailto:|https:\/\/|tel:)/i.test(c)) return c;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(c)) return `mailto:${c}`;
  return null;
}

/** The file, or null when there is no usable contact (a security.txt without Contact is invalid). */
export function securityTxt(p: { contact: string | null | undefined; siteUrl: string; now: Date }): string | null {
  const contact = contactUri(p.contact);
  if (!contact) return null;
  const expires = new Date(p.now);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  expires.setUTCMilliseconds(0);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(".000Z", "Z")}`,
    "Preferred-Languages: nl, en",
    `Canonical: ${p.siteUrl.replace(/\/$/, "")}/.well-known/security.txt`,
    "",
  ].join("\n");
}

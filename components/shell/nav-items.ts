/** The main navigation's sections, in order; `key` is the message in the "nav" namespace. */
export const NAV_ITEMS = [
  { href: "/map", key: "map" },
  { href: "/sensors", key: "sensors" },
  { href: "/algorithms", key: "algorithms" },
  { href: "/contest", key: "contest" },
  { href: "/values", key: "values" },
  { href: "/search", key: "search" },
] as const;

export type NavTexts = Record<(typeof NAV_ITEMS)[number]["key"], string>;

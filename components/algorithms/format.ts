import type { Locale } from "@/lib/codio";
import { parentTheme, themes } from "@/lib/vocab";

/** "mobiliteit/parkeren" → "Mobiliteit – Parkeren"; main themes as they are. */
export function themeLabel(slug: string, locale: Locale) {
  const parent = parentTheme(slug);
  return parent === slug ? themes.label(slug, locale) : `${themes.label(parent, locale)} – ${themes.label(slug, locale)}`;
}

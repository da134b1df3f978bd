/**
 * The focus ring (app/globals.css): a dark ring (`--register-focus`) around a light halo
 * (`--register-focus-halo`). Against every background the register uses, one of the two has at least 3:1
 * (WCAG 1.4.11), and the two differ from each other by 3:1, so the ring reads as one indicator with an edge.
 * The old ring, #FFBF47 alone, had 1.6:1 on white.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const css = readFileSync(fileURLToPath(new URL("./globals.css", import.meta.url)), "utf8");
const theme = readFileSync(fileURLToPath(new URL("../public/theme.css", import.meta.url)), "utf8");

/** The value of a custom property in the first `:root` block that sets it (comments left out). */
function token(source: string, name: string): string | undefined {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "");
  return text.match(new RegExp(`${name}\\s*:\\s*([^;]+);`))?.[1]?.trim();
}

function luminance(hex: string) {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("the focus ring", () => {
  const ring = token(css, "--register-focus")!;
  const halo = token(css, "--register-focus-halo")!;
  const backgrounds = {
    page: "#ffffff",
    header: token(css, "--register-brand")!,
    surface: token(css, "--register-surface")!,
    notice: token(css, "--register-accent")!,
    warning: "#fff6dc",
  };

  it("is drawn with both colours on every focused element", () => {
    expect(ring).toMatch(/^#[0-9a-f]{6}$/i);
    expect(halo).toMatch(/^#[0-9a-f]{6}$/i);
    expect(css).toMatch(/^:focus-visible \{ outline: 3px solid var\(--register-focus\);[^}]*box-shadow: 0 0 0 2px var\(--register-focus-halo\);/m);
  });

  it.each(Object.entries(backgrounds))("has 3:1 against the %s background (%s)", (_, background) => {
    expect(Math.max(contrast(ring, background), contrast(halo, background))).toBeGreaterThanOrEqual(3);
  });

  it("has a dark ring and a light halo that differ by 3:1", () => {
    expect(contrast(ring, halo)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("was 1.6:1 on white as a single yellow ring", () => {
    expect(contrast("#ffbf47", "#ffffff")).toBeLessThan(1.7);
  });

  it("is not overridden by the house style with colours of its own unless they keep the rule", () => {
    const r = token(theme, "--register-focus");
    const h = token(theme, "--register-focus-halo");
    if (!r && !h) return;
    for (const background of Object.values(backgrounds))
      expect(Math.max(contrast(r ?? ring, background), contrast(h ?? halo, background))).toBeGreaterThanOrEqual(3);
  });
});

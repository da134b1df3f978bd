import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Only the Utrecht component CSS the app uses is imported (components/ui/styles.ts, README "Page weight").
 * This checks the other half: every Utrecht class name the app renders (components/ui and any markup in app/,
 * components/, lib/) is styled by one of those sheets or the design tokens' theme.
 */
const require = createRequire(import.meta.url);
const root = join(__dirname, "../..");

/**
 * Classes @utrecht/component-library-react renders as hooks only, which no sheet of the whole
 * @utrecht/component-library-css 9.0.4 bundle styles either (checked when the bundle was replaced).
 */
const UNSTYLED = new Set([
  "utrecht-breadcrumb-nav--html-ol",
  "utrecht-breadcrumb-nav__text",
  "utrecht-button__label",
  "utrecht-checkbox--required",
  "utrecht-data-list--html-dl",
  "utrecht-form-field--text",
  "utrecht-form-fieldset--disabled",
  "utrecht-form-fieldset__fieldset",
  "utrecht-select--required",
  "utrecht-select__option",
  "utrecht-select__option--disabled",
  "utrecht-select__option--invalid",
  "utrecht-textarea--readonly",
  "utrecht-textarea--required",
  "utrecht-textbox--readonly",
  "utrecht-textbox--required",
]);

const sheets = [
  ...readFileSync(join(__dirname, "styles.ts"), "utf8").matchAll(/^import "(@utrecht\/[^"]+)";$/gm),
].map((m) => m[1]!);
const css = [...sheets, "@utrecht/design-tokens/dist/theme.css"].map((s) => readFileSync(require.resolve(s), "utf8")).join("\n");
const styled = new Set([...css.matchAll(/\.(utrecht-[\w-]+)/g)].map((m) => m[1]!));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}
const sources = ["app", "components", "lib"].flatMap((d) => sourceFiles(join(root, d))).map((f) => readFileSync(f, "utf8"));

describe("Utrecht component CSS", () => {
  it("imports each sheet from a package the app depends on", () => {
    const deps = Object.keys((JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(deps, sheet).toContain(sheet.split("/").slice(0, 2).join("/"));
    expect(deps).not.toContain("@utrecht/component-library-css");
    expect(deps).not.toContain("@utrecht/component-library-react");
  });

  it("styles every Utrecht class name the app renders", () => {
    // Class names written out; `--utrecht-…` custom properties and `@utrecht/…` package names are not classes.
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/(?<![\w/.-])utrecht-[a-z0-9]+(?:(?:-|--|__)[a-z0-9]+)*(?![\w$.-])/g)].map((m) => m[0])));
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((c) => !styled.has(c) && !UNSTYLED.has(c)).sort();
    expect(missing, "Utrecht classes rendered without their CSS imported in components/ui/styles.ts").toEqual([]);
  });

  it("styles the classes built from a prefix (utrecht-heading-${level})", () => {
    const prefixes = new Set(sources.flatMap((s) => [...s.matchAll(/(?<![\w-])(utrecht-[a-z0-9_-]*)\$\{/g)].map((m) => m[1]!)));
    expect(prefixes.size).toBeGreaterThan(0);
    for (const prefix of prefixes) expect([...styled].some((c) => c.startsWith(prefix) && c !== prefix), prefix).toBe(true);
  });
});

/**
 * Typed helpers over the CODIO taxonomy. Everything from ./taxonomy is re-exported.
 */
import { actionCategories, exampleActions, foundations, principles, values } from "./taxonomy";
import type {
  ActionCategory,
  ActionCategorySlug,
  CodioValue,
  ExampleAction,
  Foundation,
  Localized,
  Principle,
  ValueSlug,
} from "./taxonomy";

export * from "./taxonomy";

export type Locale = "nl" | "en";

/** The text of a localized string in the given locale. */
export function localized(l: Localized, locale: Locale): string {
  return l[locale];
}

function indexBySlug<T extends { slug: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.slug, item);
  return map;
}

const foundationIndex = indexBySlug(foundations);
const principleIndex = indexBySlug(principles);
const valueIndex = indexBySlug(values);
const actionCategoryIndex = indexBySlug(actionCategories);

/** All value slugs, in the order of the report. */
export const valueSlugs: readonly ValueSlug[] = values.map((v) => v.slug as ValueSlug);

/** All action category slugs, in the order of the report. */
export const actionCategorySlugs: readonly ActionCategorySlug[] = actionCategories.map(
  (c) => c.slug as ActionCategorySlug,
);

export function foundationBySlug(slug: string): Foundation | undefined {
  return foundationIndex.get(slug);
}

export function principleBySlug(slug: string): Principle | undefined {
  return principleIndex.get(slug);
}

export function valueBySlug(slug: string): CodioValue | undefined {
  return valueIndex.get(slug);
}

export function actionCategoryBySlug(slug: string): ActionCategory | undefined {
  return actionCategoryIndex.get(slug);
}

/** Whether `s` is the slug of a CODIO value. */
export function isValueSlug(s: unknown): s is ValueSlug {
  return typeof s === "string" && valueIndex.has(s);
}

/** The principles of a foundation, in the order of the report (empty for an unknown slug). */
export function principlesOfFoundation(foundationSlug: string): readonly Principle[] {
  return principles.filter((p) => p.foundation === foundationSlug);
}

/** The values of a principle, in the order of the report (empty for an unknown slug). */
export function valuesOfPrinciple(principleSlug: string): readonly CodioValue[] {
  return values.filter((v) => v.principle === principleSlug);
}

/** The example actions of annex C that safeguard a value (empty if none). */
export function examplesOfValue(valueSlug: string): readonly ExampleAction[] {
  return exampleActions.filter((a) => a.value === valueSlug);
}

/** The example actions of annex C in an action category (empty if none). */
export function examplesOfCategory(categorySlug: string): readonly ExampleAction[] {
  return exampleActions.filter((a) => a.category === categorySlug);
}

import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/**
 * The filters of a list page (/sensors, /algorithms, /search) behind one "Filters (n)" control on narrow
 * screens, so that a phone shows the results first; n is how many filter values are chosen. A plain
 * <details>, closed in the markup, so it folds and unfolds without JavaScript. From 60rem wide the stylesheet
 * shows its content and hides the control (app/globals.css, "phones and keyboards": `::details-content`), so
 * nothing is folded where there is room — for people, screen readers and role queries alike. A browser
 * without `::details-content` shows the control there as well: the filters are one click away.
 */
export async function FilterFold({ active, children }: { active: number; children: ReactNode }) {
  const t = await getTranslations("filters");
  return (
    <details className="filter-fold">
      <summary className="filter-fold__summary">{t("fold", { count: active })}</summary>
      <div className="filter-fold__body">{children}</div>
    </details>
  );
}

/**
 * "Skip to the results": the first stop in a list page's content, past the search form and every filter
 * check box, to `target` (the id of the results list, or of their heading when there are none). Visually
 * hidden until it has focus.
 */
export async function SkipToResults({ target, label }: { target: string; label?: string }) {
  const t = await getTranslations("filters");
  return (
    <a className="skip-to-results" href={`#${target}`}>
      {label ?? t("skipToResults")}
    </a>
  );
}

/** How many filter values are chosen, over every filter of a query. */
export const activeFilterCount = (selected: Record<string, readonly string[] | undefined>) =>
  Object.values(selected).reduce((n, v) => n + (v?.length ?? 0), 0);

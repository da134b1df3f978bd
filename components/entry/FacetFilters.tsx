import { getTranslations } from "next-intl/server";

export interface Facet {
  /** Query parameter name, e.g. "type". */
  param: string;
  legend: string;
  options: { value: string; label: string; count: number }[];
}

/**
 * Filters as a plain GET form: one fieldset of checkboxes per facet, each option with its count.
 * Works without JavaScript; the chosen filters live in the URL so a view can be shared.
 */
export async function FacetFilters({
  action,
  facets,
  selected,
  hidden = {},
  clearHref,
}: {
  /** Path with locale the form submits to. */
  action: string;
  facets: Facet[];
  selected: Record<string, string[]>;
  /** Other parameters to keep (e.g. q, sort). */
  hidden?: Record<string, string | undefined>;
  /** Where "clear all filters" leads (default: `action`, which also drops the other parameters). */
  clearHref?: string;
}) {
  const t = await getTranslations("filters");
  return (
    <form method="get" action={action} className="facet-filters" aria-label={t("label")}>
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {facets.map((f) => (
        <fieldset key={f.param} className="utrecht-form-fieldset facet">
          <legend className="utrecht-form-fieldset__legend">{f.legend}</legend>
          {f.options.length === 0 && <p className="muted">{t("noOptions")}</p>}
          <ul className="facet__options">
            {f.options.map((o) => {
              const id = `f-${f.param}-${o.value}`.replace(/[^A-Za-z0-9_-]/g, "-");
              return (
                <li key={o.value}>
                  <input
                    id={id}
                    type="checkbox"
                    name={f.param}
                    value={o.value}
                    defaultChecked={selected[f.param]?.includes(o.value)}
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                  />
                  <label htmlFor={id}>
                    {o.label} <span className="facet__count">({o.count})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="facet-filters__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("apply")}
        </button>{" "}
        <a href={clearHref ?? action}>{t("clear")}</a>
      </div>
    </form>
  );
}

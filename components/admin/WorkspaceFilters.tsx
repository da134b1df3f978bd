import { getTranslations } from "next-intl/server";
import { TODO_FLAGS } from "@/lib/completeness";
import { entryKinds, entryStatuses } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";
import {
  WORKSPACE_PAGE_SIZE,
  WORKSPACE_Q_MAX,
  WORKSPACE_STATES,
  type WorkspaceCounts,
  type WorkspaceOrganisation,
  type WorkspaceQuery,
  type WorkspaceState,
} from "@/db/workspace";

interface Choice {
  value: string;
  label: string;
  count?: number;
}

/** One radio group in a fieldset with a legend; "" is the choice that does not filter. */
function Choices({ name, legend, choices, selected }: { name: string; legend: string; choices: Choice[]; selected: string }) {
  return (
    <fieldset className="utrecht-form-fieldset workspace-filters__group">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <ul className="workspace-filters__options">
        {choices.map((c) => {
          const id = `wf-${name}-${c.value || "all"}`;
          return (
            <li key={c.value}>
              <input
                id={id}
                type="radio"
                name={name}
                value={c.value}
                defaultChecked={selected === c.value}
                className="utrecht-radio-button utrecht-radio-button--html-input"
              />
              <label htmlFor={id}>
                {c.label}
                {c.count !== undefined && <span className="facet__count"> ({c.count})</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * The dashboard's filters as a plain GET form (works without JavaScript; the filters live in the URL):
 * name, kind, organisation (with more than one), status and what is still missing — the last two with the
 * number of entries per choice, given the other filters — and the order.
 */
export async function WorkspaceFilters({
  action,
  query,
  counts,
  organisations,
  locale,
}: {
  /** Path with locale the form submits to. */
  action: string;
  query: WorkspaceQuery;
  counts: WorkspaceCounts;
  organisations: WorkspaceOrganisation[];
  locale: Locale;
}) {
  const t = await getTranslations("admin.entries");
  const stateLabel = (s: WorkspaceState) => (s === "pending_change" ? t("pendingChange") : entryStatuses.label(s, locale));
  return (
    // Keyed by the query: after a client-side navigation (a to-do link) the uncontrolled fields show the new one.
    <form key={JSON.stringify(query)} method="get" action={action} className="workspace-filters" aria-label={t("filters")}>
      {query.pageSize !== WORKSPACE_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <div className="workspace-filters__fields">
        <div className="utrecht-form-field utrecht-form-field--text">
          <label className="utrecht-form-label" htmlFor="wf-q">
            {t("search")}
          </label>
          <input
            id="wf-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={WORKSPACE_Q_MAX}
            autoComplete="off"
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        {organisations.length > 1 && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="wf-organisation">
              {t("organisation")}
            </label>
            <select
              id="wf-organisation"
              name="organisation"
              defaultValue={organisations.find((o) => o.slug === query.organisation || String(o.id) === query.organisation)?.slug ?? ""}
              className="utrecht-select utrecht-select--html-select"
            >
              <option value="">{t("allOrganisations")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="wf-sort">
            {t("sort")}
          </label>
          <select id="wf-sort" name="sort" defaultValue={query.sort} className="utrecht-select utrecht-select--html-select">
            <option value="updated">{t("sortUpdated")}</option>
            <option value="name">{t("sortName")}</option>
          </select>
        </div>
      </div>
      <div className="workspace-filters__groups">
        <Choices
          name="kind"
          legend={t("kind")}
          selected={query.kind ?? ""}
          choices={[{ value: "", label: t("all") }, ...entryKinds.terms.map((k) => ({ value: k.slug, label: k.name[locale] }))]}
        />
        <Choices
          name="state"
          legend={t("status")}
          selected={query.state ?? ""}
          choices={[
            { value: "", label: t("all"), count: counts.state.all },
            ...WORKSPACE_STATES.map((s) => ({ value: s, label: stateLabel(s), count: counts.state[s] })),
          ]}
        />
        <Choices
          name="missing"
          legend={t("missing")}
          selected={query.missing ?? ""}
          choices={[
            { value: "", label: t("all"), count: counts.missing.all },
            ...TODO_FLAGS.map((f) => ({ value: f, label: t(`missingShort.${f}`), count: counts.missing[f] })),
          ]}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("apply")}
        </button>
        <a href={action}>{t("clear")}</a>
      </div>
    </form>
  );
}

import { getTranslations } from "next-intl/server";
import { FieldErrorsProvider } from "@/components/form/FieldErrors";
import { SelectField, TextField } from "@/components/form/fields";
import type { ParsedAuditSearch } from "@/db/audit-query";

/**
 * The audit log's filters as a plain GET form: the filters live in the URL, work without JavaScript,
 * and can be bookmarked or shared. Parameters that were invalid are shown as errors at their fields.
 */
export async function AuditFilters({
  basePath,
  search,
  actions,
  organisations,
}: {
  basePath: string;
  search: ParsedAuditSearch;
  actions: { value: string; label: string }[];
  organisations: { id: number; name: string }[];
}) {
  const t = await getTranslations("admin.audit");
  const q = search.query;
  const invalid = Object.fromEntries(
    Object.entries(search.invalid).map(([k, v]) => [k, v!]),
  ) as Record<string, string[]>;
  return (
    <FieldErrorsProvider errors={invalid}>
      <form method="get" action={basePath} className="audit-filters" aria-label={t("filters")}>
        <div className="audit-filters__fields">
          <SelectField name="action" label={t("action")} options={actions} empty={t("allActions")} defaultValue={q.action ?? ""} />
          <SelectField
            name="organisation"
            label={t("organisation")}
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            empty={t("allOrganisations")}
            defaultValue={q.organisation ?? ""}
          />
          <TextField name="official" type="search" label={t("official")} defaultValue={q.official ?? ""} maxLength={100} />
          <TextField name="from" type="date" label={t("from")} defaultValue={q.from ?? ""} />
          <TextField name="to" type="date" label={t("to")} defaultValue={q.to ?? ""} />
        </div>
        <div className="button-row">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("apply")}
          </button>
          <a href={basePath}>{t("clear")}</a>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}

import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Facet } from "@/components/entry/FacetFilters";
import type { SensorFacetCounts, SensorFilters } from "@/db/sensors";
import { valueBySlug, values, type Locale } from "@/lib/codio";
import { parentTheme, sensorTypes, themes } from "@/lib/vocab";

/**
 * The sensor filters as facets for FacetFilters: every choice with its count (computed with the other
 * filters applied). Choices with no sensors are left out unless they are selected.
 */
export async function sensorFacetList(counts: SensorFacetCounts, selected: SensorFilters): Promise<Facet[]> {
  const t = await getTranslations("sensors");
  const locale = (await getLocale()) as Locale;
  const keep = (param: keyof SensorFilters, value: string, count: number) =>
    count > 0 || ((selected[param] as string[] | undefined) ?? []).includes(value);
  const options = (param: keyof SensorFilters, list: { value: string; label: string; count: number }[]) =>
    list.filter((o) => keep(param, o.value, o.count));
  const themeLabel = (slug: string) => {
    const parent = parentTheme(slug);
    return parent === slug ? themes.label(slug, locale) : `${themes.label(parent, locale)} – ${themes.label(slug, locale)}`;
  };
  const orgs = counts.organisation.map((o) => ({ value: o.slug, label: o.name, count: o.count }));
  for (const slug of selected.organisation)
    if (!orgs.some((o) => o.value === slug)) orgs.push({ value: slug, label: slug, count: 0 });
  return [
    {
      param: "type",
      legend: t("facetType"),
      options: options(
        "type",
        sensorTypes.terms.map((term) => ({ value: term.slug, label: term.name[locale], count: counts.type[term.slug] ?? 0 })),
      ),
    },
    {
      param: "theme",
      legend: t("facetTheme"),
      options: options(
        "theme",
        themes.terms.map((term) => ({ value: term.slug, label: themeLabel(term.slug), count: counts.theme[term.slug] ?? 0 })),
      ),
    },
    {
      param: "value",
      legend: t("facetValue"),
      options: options(
        "value",
        values.map((v) => ({ value: v.slug, label: valueBySlug(v.slug)!.name[locale], count: counts.value[v.slug] ?? 0 })),
      ),
    },
    { param: "organisation", legend: t("facetOrganisation"), options: orgs },
    {
      param: "personalData",
      legend: t("facetPersonalData"),
      options: options("personalData", [
        { value: "yes", label: t("personalDataYes"), count: counts.personalData.yes },
        { value: "no", label: t("personalDataNo"), count: counts.personalData.no },
      ]),
    },
    {
      param: "state",
      legend: t("facetState"),
      options: options("state", [
        { value: "active", label: t("stateActive"), count: counts.state.active },
        { value: "ended", label: t("stateEnded"), count: counts.state.ended },
      ]),
    },
  ];
}

/** The selected filters as FacetFilters' `selected`. */
export function selectedFilters(f: SensorFilters): Record<string, string[]> {
  return {
    type: f.type,
    theme: f.theme,
    value: f.value,
    organisation: f.organisation,
    personalData: f.personalData,
    state: f.state,
  };
}

import { getLocale, getTranslations } from "next-intl/server";
import type { RegisterCharts as Charts } from "@/db/figures";
import { valueBySlug, values as codioValues, type Locale } from "@/lib/codio";
import { algorithmStatuses, entryKinds, lifecycleStates, publicationCategories, sensorTypes, themes, valuesPerEntryBuckets } from "@/lib/vocab";
import { BarChart, type ChartRow } from "./BarChart";

type Section = "sensorsByType" | "sensorsByTheme" | "sensorsByState" | "algorithmsByCategory" | "algorithmsByStatus" | "values" | "assessed" | "valuesPerEntry" | "contest";
export const ALL_SECTIONS: readonly Section[] = [
  "sensorsByType",
  "sensorsByTheme",
  "sensorsByState",
  "algorithmsByCategory",
  "algorithmsByStatus",
  "values",
  "assessed",
  "valuesPerEntry",
  "contest",
];

/**
 * The register's figures as charts, each a section with a heading, a bar chart and its table (components/charts/
 * BarChart.tsx): the figures page shows them all for the whole register, an organisation's page some of them
 * for its entries (`organisation`: its slug, added to the links to the lists). Charts about a kind of entry
 * the counts have none of are left out.
 */
export async function RegisterCharts({
  charts,
  sections = ALL_SECTIONS,
  headingLevel = 2,
  organisation,
}: {
  charts: Charts;
  sections?: readonly Section[];
  headingLevel?: 2 | 3;
  organisation?: string;
}) {
  const t = await getTranslations("figures");
  const locale = (await getLocale()) as Locale;
  const H = `h${headingLevel}` as const;
  const list = (path: string, param: string, slug: string) => {
    const q = new URLSearchParams({ [param]: slug });
    if (organisation) q.set("organisation", organisation);
    return `${path}?${q}`;
  };
  const tally = (items: { slug: string; count: number }[], label: (s: string) => string, href?: (s: string) => string, keepZero = true): ChartRow[] =>
    items.filter((i) => keepZero || i.count > 0).map((i) => ({ key: i.slug, label: label(i.slug), href: href?.(i.slug), values: [i.count] }));
  const number = [{ key: "n", label: t("number") }];
  const entries = charts.sensors + charts.algorithms;

  const render: Record<Section, () => { rows: ChartRow[]; series?: typeof number; total?: number; intro?: string; note?: string } | null> = {
    sensorsByType: () =>
      charts.sensors ? { rows: tally(charts.sensorsByType, (s) => sensorTypes.label(s, locale), (s) => list("/sensors", "type", s), false), total: charts.sensors } : null,
    sensorsByTheme: () =>
      charts.sensors
        ? { rows: tally(charts.sensorsByTheme, (s) => themes.label(s, locale), (s) => list("/sensors", "theme", s), false), total: charts.sensors, note: t("sensorsByTheme.note") }
        : null,
    sensorsByState: () => (charts.sensors ? { rows: tally(charts.sensorsByState, (s) => lifecycleStates.label(s, locale)), total: charts.sensors } : null),
    algorithmsByCategory: () =>
      charts.algorithms
        ? { rows: tally(charts.algorithmsByCategory, (s) => publicationCategories.label(s, locale), (s) => list("/algorithms", "category", s)), total: charts.algorithms }
        : null,
    algorithmsByStatus: () =>
      charts.algorithms
        ? { rows: tally(charts.algorithmsByStatus, (s) => algorithmStatuses.label(s, locale), (s) => list("/algorithms", "status", s)), total: charts.algorithms }
        : null,
    values: () =>
      entries
        ? {
            rows: charts.values
              .filter((v) => !organisation || v.serves + v.atStake > 0)
              .map((v) => ({ key: v.slug, label: valueBySlug(v.slug)?.name[locale] ?? v.slug, href: `/values/${v.slug}`, values: [v.serves, v.atStake] })),
            series: [
              { key: "serves", label: t("values.serves") },
              { key: "atStake", label: t("values.atStake") },
            ],
            intro: t("values.intro"),
          }
        : null,
    assessed: () =>
      entries
        ? {
            rows: charts.assessed
              .filter((a) => a.total > 0)
              .map((a) => ({ key: a.kind, label: entryKinds.label(a.kind, locale), values: [a.assessed, a.total - a.assessed] })),
            series: [
              { key: "assessed", label: t("assessed.assessed") },
              { key: "notAssessed", label: t("assessed.notAssessed") },
            ],
            intro: t("assessed.intro"),
          }
        : null,
    valuesPerEntry: () =>
      entries
        ? { rows: tally(charts.valuesPerEntry, (s) => valuesPerEntryBuckets.label(s, locale)), total: entries, note: t("valuesPerEntry.note", { total: codioValues.length }) }
        : null,
    contest: () =>
      charts.contest.required
        ? {
            rows: [
              { key: "described", label: t("contest.described"), values: [charts.contest.described] },
              { key: "notDescribed", label: t("contest.notDescribed"), values: [charts.contest.required - charts.contest.described] },
            ],
            total: charts.contest.required,
            intro: t("contest.intro"),
          }
        : null,
  };

  return (
    <>
      {sections.map((section) => {
        const chart = render[section]();
        if (!chart) return null;
        const id = `chart-${section}`;
        const title = t(`${section}.title`);
        return (
          <section key={section} aria-labelledby={id} className="chart-section">
            <H id={id} className={`utrecht-heading-${headingLevel}`}>
              {title}
            </H>
            {chart.intro && <p>{chart.intro}</p>}
            <BarChart caption={title} labelHeader={t(`${section}.label`)} series={chart.series ?? number} rows={chart.rows} total={chart.total} />
            {chart.note && <p className="muted">{chart.note}</p>}
          </section>
        );
      })}
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/BarChart";
import type { questionFigures } from "@/db/questions";

/**
 * "Questions from residents" on the figures page and an organisation's page: how many questions were asked
 * (spam left out) and what became of them, as a chart with its table (components/charts/BarChart.tsx).
 */
export async function QuestionFigures({ figures, headingLevel = 2 }: { figures: ReturnType<typeof questionFigures>; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("figures");
  const H = `h${headingLevel}` as const;
  const title = t("questions.title");
  return (
    <section aria-labelledby="chart-questions" className="chart-section">
      <H id="chart-questions" className={`utrecht-heading-${headingLevel}`}>
        {title}
      </H>
      <p>{t("questions.intro")}</p>
      {figures.asked === 0 ? (
        <p>{t("questions.none")}</p>
      ) : (
        <BarChart
          caption={title}
          labelHeader={t("questions.label")}
          series={[{ key: "n", label: t("number") }]}
          rows={(["answered", "closed", "open"] as const).map((k) => ({ key: k, label: t(`questions.${k}`), values: [figures[k]] }))}
          total={figures.asked}
        />
      )}
    </section>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@/components/ui";
import { RegisterCharts } from "@/components/charts/RegisterCharts";
import { registerCharts } from "@/db/figures";
import { QuestionFigures } from "@/components/say/QuestionFigures";
import { questionFigures } from "@/db/questions";

export const dynamic = "force-dynamic";

/** The same as JSON (a route handler, not a page: a plain link). */
const FIGURES_API = "/api/v1/figures";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "figures" });
  return { title: t("title") };
}

/** /{locale}/figures — the register in figures: charts, each with its numbers in a table beside it. */
export default async function FiguresPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("figures");
  const charts = registerCharts();
  return (
    <article className="figures-page">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>
      {charts.sensors + charts.algorithms === 0 ? <Paragraph>{t("empty")}</Paragraph> : <RegisterCharts charts={charts} />}
      <QuestionFigures figures={questionFigures()} />
      <p>
        <a href={FIGURES_API} type="application/json">
          {t("api")}
        </a>
      </p>
    </article>
  );
}

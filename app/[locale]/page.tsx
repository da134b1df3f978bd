import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { SearchBox } from "@/components/SearchBox";
import { registerFigures } from "@/db/public";
import { values } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  return { title: { absolute: t("title") } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const shell = await getTranslations("shell");
  const figures = registerFigures();
  return (
    <div className="home">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro")}</Paragraph>
      {figures.hasExampleData && <p className="notice notice--warning">{shell("exampleNotice")}</p>}
      <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} button={t("searchButton")} />

      <ul className="card-grid" aria-label={t("figuresTitle")}>
        <li className="card">
          <Heading2>{t("contestTitle")}</Heading2>
          <Paragraph>{t("contestText")}</Paragraph>
          <Link href="/contest" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t("contestLink")}
          </Link>
        </li>
        <li className="card">
          <Heading2>{t("mapTitle")}</Heading2>
          <Paragraph>{t("mapText")}</Paragraph>
          <Link href="/map">{t("mapLink")}</Link>
        </li>
        <li className="card">
          <Heading2>{t("valuesTitle")}</Heading2>
          <Paragraph>{t("valuesText")}</Paragraph>
          <Link href="/values">{t("valuesLink")}</Link>
        </li>
      </ul>

      <section aria-labelledby="figures">
        <Heading2 id="figures">{t("figuresTitle")}</Heading2>
        <ul className="figures">
          <li>
            <Link href="/sensors">{t("figureSensors", { count: figures.sensors })}</Link>
          </li>
          <li>
            <Link href="/algorithms">{t("figureAlgorithms", { count: figures.algorithms })}</Link>
          </li>
          <li>
            <Link href="/organisations">{t("figureOrganisations", { count: figures.organisations })}</Link>
          </li>
          <li>
            <Link href="/values">{t("figureValues", { count: values.length })}</Link>
          </li>
          {figures.sensors + figures.algorithms > 0 && (
            <li>{t("figureAssessed", { assessed: figures.assessed, total: figures.sensors + figures.algorithms })}</li>
          )}
          {figures.contestRequired > 0 && (
            <li>{t("figureContest", { described: figures.contestDescribed, total: figures.contestRequired })}</li>
          )}
        </ul>
        <p>
          <Link href="/figures">{t("figuresLink")}</Link>
        </p>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Heading3, Paragraph } from "@/components/ui";
import { actionCategories, foundations, principlesOfFoundation, source, values, valuesOfPrinciple, type Locale } from "@/lib/codio";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "values" });
  return { title: t("title") };
}

export default async function ValuesPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("values");
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("intro", { count: values.length })}</Paragraph>
      <div className="codio">
        {foundations.map((f) => (
          <section key={f.slug} className="codio-foundation" aria-labelledby={`f-${f.slug}`}>
            <Heading2 id={`f-${f.slug}`}>
              <span className="muted">{t("foundation")}: </span>
              {f.name[locale]}
            </Heading2>
            <Paragraph>{f.description[locale]}</Paragraph>
            <div className="codio-principles">
              {principlesOfFoundation(f.slug).map((p) => (
                <section key={p.slug} className="codio-principle" aria-labelledby={`p-${p.slug}`}>
                  <Heading3 id={`p-${p.slug}`}>
                    <span className="muted">{t("principle")}: </span>
                    {p.name[locale]}
                  </Heading3>
                  <Paragraph>{p.description[locale]}</Paragraph>
                  <ul className="codio-values" aria-label={t("valuesOfPrinciple", { principle: p.name[locale] })}>
                    {valuesOfPrinciple(p.slug).map((v) => (
                      <li key={v.slug}>
                        <Link href={`/values/${v.slug}`}>{v.name[locale]}</Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </section>
        ))}
      </div>
      <section aria-labelledby="categories">
        <Heading2 id="categories">{t("actionCategories")}</Heading2>
        <Paragraph>{t("actionCategoriesIntro")}</Paragraph>
        <dl className="definition-list">
          {actionCategories.map((c) => (
            <div key={c.slug}>
              <dt>{c.name[locale]}</dt>
              <dd>{c.description[locale]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p className="muted">
        {t("sourceLabel")}: {source.authors}, <cite>{source.title[locale]}</cite> ({source.publisher[locale]}, {source.year}).
      </p>
    </div>
  );
}

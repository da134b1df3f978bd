import "@/components/ui/styles";
import "@utrecht/design-tokens/dist/theme.css";
import "../globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { feedPath } from "@/lib/open-data";
import { SiteHeader } from "@/components/shell/SiteHeader";
import { SiteFooter } from "@/components/shell/SiteFooter";
import { ErrorTextsProvider } from "@/components/shell/ErrorTexts";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  const feed = await getTranslations({ locale, namespace: "feed" });
  return {
    title: { template: t("titleTemplate", { title: "%s" }), default: t("siteName") },
    description: t("description"),
    alternates: {
      languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}`])),
      // Every page advertises the feed of changes, in the page's language (README, "Atom feed of changes").
      types: { "application/atom+xml": [{ url: feedPath({ lang: locale === routing.defaultLocale ? undefined : locale }), title: feed("titleAll") }] },
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) differs each time,
  // and Next.js can only put it on the scripts of a page rendered with that request.
  await connection();
  setRequestLocale(locale);
  const error = await getTranslations("error");
  return (
    <html lang={locale}>
      <head>
        {/* A deployment's house style: design tokens overriding the defaults (see README, "Theming"). */}
        <link rel="stylesheet" href={process.env.THEME_CSS_URL ?? "/theme.css"} />
      </head>
      <body className="utrecht-theme utrecht-document">
        {/* No message catalogue for the browser: client islands get theirs from <ClientMessages> (README, "Page weight"). */}
        <SiteHeader />
        <main id="main" tabIndex={-1} className="site-main">
          <ErrorTextsProvider texts={{ title: error("title"), text: error("text"), retry: error("retry"), home: error("home") }}>
            {children}
          </ErrorTextsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

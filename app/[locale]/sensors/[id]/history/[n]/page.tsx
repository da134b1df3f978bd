import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { RevisionPage, historyTitle } from "@/components/entry/History";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id, n } = await params;
  const title = await historyTitle("sensor", id, locale);
  return { title: title ? `${title} — ${n}` : undefined };
}

export default async function Page({ params }: Props) {
  const { locale, id, n } = await params;
  setRequestLocale(locale);
  return <RevisionPage kind="sensor" publicId={id} number={n} locale={locale as Locale} />;
}

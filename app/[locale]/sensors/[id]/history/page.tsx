import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { HistoryPage, historyTitle } from "@/components/entry/History";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return { title: await historyTitle("sensor", id, locale) };
}

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { from, to } = await searchParams;
  return <HistoryPage kind="sensor" publicId={id} locale={locale as Locale} from={from} to={to} />;
}

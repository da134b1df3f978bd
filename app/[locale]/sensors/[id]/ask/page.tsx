import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AskQuestion } from "@/components/say/AskQuestion";
import { getPublicSensor } from "@/db/sensors";
import { FLASH_PARAM } from "@/lib/caching";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const entry = getPublicSensor(id);
  const t = await getTranslations({ locale, namespace: "say.question" });
  return entry ? { title: t("pageTitle", { name: entry.name }), robots: { index: false } } : {};
}

/** A question or error report about a sensor (README, "Questions and reports"). */
export default async function AskAboutSensorPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const entry = getPublicSensor(id);
  if (!entry) notFound();
  return <AskQuestion entry={entry} flash={(await searchParams)[FLASH_PARAM]} />;
}

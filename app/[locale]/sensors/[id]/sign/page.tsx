import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PrintButton } from "@/components/PrintButton";
import { SensorTypeMark } from "@/components/sensors/SensorTypeMark";
import { getPublicSensor } from "@/db/sensors";
import { canonicalUrl, entryPath } from "@/lib/urls";
import { dataProcessing, sensorTypes } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const entry = getPublicSensor(id);
  const t = await getTranslations({ locale, namespace: "sensorSign" });
  return entry ? { title: t("title", { name: entry.name }) } : {};
}

/**
 * A printable sign to put up where the sensor is (after DTPR): what it measures, why, who is
 * responsible, whether it processes personal data, and a QR code to its page in this register.
 */
export default async function SensorSignPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const entry = getPublicSensor(id);
  if (!entry) notFound();
  const s = entry.data;
  const t = await getTranslations("sensorSign");
  const url = canonicalUrl("sensor", entry.publicId, locale);
  const qr = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return (
    <div>
      <p className="no-print">
        <Link href={entryPath("sensor", entry.publicId)}>{entry.name}</Link>
      </p>
      <p className="no-print">{t("intro")}</p>
      <p className="no-print">
        <PrintButton label={t("print")} />
      </p>
      <article className="sensor-sign" aria-labelledby="sign-title">
        <p className="sensor-sign__kicker">{t("kicker")}</p>
        <h1 id="sign-title" className="sensor-sign__title">
          <SensorTypeMark type={s.type} /> {entry.name}
        </h1>
        <dl className="sensor-sign__facts">
          <div>
            <dt>{t("what")}</dt>
            <dd>
              {sensorTypes.label(s.type, locale)}: {s.measures}
            </dd>
          </div>
          <div>
            <dt>{t("why")}</dt>
            <dd>{s.purpose}</dd>
          </div>
          <div>
            <dt>{t("personalData")}</dt>
            <dd>
              {s.personalData
                ? t("personalDataYes", { processing: s.processing ? dataProcessing.label(s.processing, locale).toLowerCase() : "" })
                : t("personalDataNo")}
            </dd>
          </div>
          <div>
            <dt>{t("responsible")}</dt>
            <dd>
              {entry.organisation.name}
              {s.operator ? ` (${t("operator", { operator: s.operator })})` : ""}
            </dd>
          </div>
        </dl>
        <figure className="sensor-sign__qr">
          <div role="img" aria-label={t("qrLabel", { url })} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>
            {t("more")}
            <br />
            <span className="sensor-sign__url">{url}</span>
            <br />
            {t("number", { id: entry.publicId })}
          </figcaption>
        </figure>
      </article>
    </div>
  );
}

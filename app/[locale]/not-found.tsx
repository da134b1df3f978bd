import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";

export async function generateMetadata() {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div>
      <title>{t("title")}</title>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("text")}</Paragraph>
      <ul>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/search">{t("search")}</Link>
        </li>
      </ul>
    </div>
  );
}

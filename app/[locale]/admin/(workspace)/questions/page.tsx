import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Paragraph } from "@/components/ui";
import { requireOfficialPage } from "@/lib/auth/session";
import { StatusFilterLinks, statusFilter } from "@/components/admin/StatusFilterLinks";
import { inbox, INBOX_FILTERS, INBOX_PAGE_SIZE, type InboxFilter } from "@/db/questions";
import { entryPath } from "@/lib/urls";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.questions" });
  return { title: t("title"), robots: { index: false } };
}

const EXCERPT = 300;

/**
 * The inbox (README, "Questions and reports"): citizens' questions on entries of the official's own
 * organisations, newest first, by status. Another organisation's questions never show here.
 */
export default async function QuestionsPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/questions`);
  const filter = statusFilter<InboxFilter>((await searchParams).status, INBOX_FILTERS, "open");
  const t = await getTranslations("admin.questions");
  const tSay = await getTranslations("say.question");
  const format = await getFormatter();
  const { rows, counts } = inbox(actor, filter);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const organisations = new Set(rows.map((r) => r.organisation.id)).size > 1;
  return (
    <div>
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <StatusFilterLinks label={t("filter")} path="/admin/questions" filters={INBOX_FILTERS} current={filter} text={(f) => t(`filters.${f}`, { count: counts[f] })} />
      {rows.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <ul className="say-list">
          {rows.map((q) => (
            <li key={q.id} className="say-item">
              <p className="say-item__meta">
                <span className="badge">{t(`status.${q.status}`)}</span> {tSay(`topics.${q.topic}`)} · {t("asked", { date: date(q.createdAt) })} ·{" "}
                <Link href={entryPath(q.entry.kind, q.entry.publicId)}>{t("about", { name: q.entry.name })}</Link>
                {organisations ? ` · ${q.organisation.name}` : ""}
              </p>
              <p className="say__text">{q.body.length > EXCERPT ? `${q.body.slice(0, EXCERPT)}…` : q.body}</p>
              <p>
                <Link href={`/admin/questions/${q.id}`}>
                  {t("view")}
                  <span className="visually-hidden"> {t("viewNamed", { date: date(q.createdAt), name: q.entry.name })}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {rows.length === INBOX_PAGE_SIZE && <Paragraph className="muted">{t("more", { count: INBOX_PAGE_SIZE })}</Paragraph>}
    </div>
  );
}

import type { Metadata } from "next";
import { CloseOrSpamForm } from "@/components/admin/CloseOrSpamForm";
import { closeQuestionAction } from "@/app/[locale]/admin/(workspace)/questions/actions";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Heading1, Heading2, Paragraph } from "@/components/ui";
import { AnswerQuestionForm } from "@/components/admin/questions/QuestionForms";
import { requireOfficialPage } from "@/lib/auth/session";
import { questionForOfficial } from "@/db/questions";
import { orNotFound } from "@/lib/not-found";
import { entryPath } from "@/lib/urls";
import type { Locale } from "@/lib/codio";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.questions" });
  return { title: t("answerTitle"), robots: { index: false } };
}

const DONE = ["answered", "closed", "spam"];

/**
 * One question for an official of the entry's organisation (anyone else: not found): what was asked, the reply
 * address (only here), and the forms to answer it or close it without an answer.
 */
export default async function QuestionPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const actor = await requireOfficialPage(`/${locale}/admin/questions/${encodeURIComponent(id)}`);
  const q = orNotFound(() => questionForOfficial(actor, /^[1-9][0-9]{0,14}$/.test(id) ? Number(id) : NaN));
  const { done } = await searchParams;
  const t = await getTranslations("admin.questions");
  const tSay = await getTranslations("say.question");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="narrow-wide">
      <p>
        <Link href="/admin/questions">{t("back")}</Link>
      </p>
      <Heading1>{t("questionTitle", { name: q.entry.name })}</Heading1>
      {done && DONE.includes(done) && (
        <p role="status" className="notice notice--success">
          {t(`done.${done}` as never)}
        </p>
      )}
      <p className="say-item__meta">
        <span className="badge">{t(`status.${q.status}`)}</span> {tSay(`topics.${q.topic}`)} · {t("asked", { date: date(q.createdAt) })} ·{" "}
        {t("language", { language: t(`languages.${q.locale === "en" ? "en" : "nl"}`) })} · {q.organisation.name}
      </p>
      <p className="say__text">{q.body}</p>
      <p>
        <Link href={entryPath(q.entry.kind, q.entry.publicId)}>{t("publicPage")}</Link>
      </p>
      <dl className="definition-list">
        <div>
          <dt>{t("replyEmail")}</dt>
          <dd>{q.replyEmail ? <a href={`mailto:${q.replyEmail}`}>{q.replyEmail}</a> : <span className="muted">{t("noReplyEmail")}</span>}</dd>
        </div>
      </dl>
      {q.status === "open" ? (
        <>
          <section aria-labelledby="answer-title" className="admin-section">
            <Heading2 id="answer-title">{t("answerTitle")}</Heading2>
            {q.replyEmail && <Paragraph className="muted">{t("mailHint")}</Paragraph>}
            <AnswerQuestionForm id={q.id} />
          </section>
          <section aria-labelledby="close-title" className="admin-section">
            <Heading2 id="close-title">{t("closeTitle")}</Heading2>
            <CloseOrSpamForm action={closeQuestionAction} id={q.id} namespace="admin.questions" />
          </section>
        </>
      ) : (
        <section aria-labelledby="handled-title" className="admin-section">
          <Heading2 id="handled-title">{t(`status.${q.status}`)}</Heading2>
          <Paragraph>
            {t("handled", { status: t(`status.${q.status}`), name: q.handledByName ?? "?", date: q.handledAt ? date(q.handledAt) : "" })}
          </Paragraph>
          {q.status === "answered" && (
            <>
              <p className="say__text">{q.answer}</p>
              <Paragraph>{q.answerPublic ? t("answerPublic") : t("answerPrivate")}</Paragraph>
            </>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * "Questions about this entry" on a sensor's or algorithm's page (README, "Questions and reports"): how many
 * questions were asked and answered, the answers the organisation made public, and the way to the "question
 * or error?" form (its own page, components/say/AskQuestion.tsx, so the entry's page carries no more than this).
 * Every text a citizen or official wrote is shown as plain text.
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heading2, Heading3, Paragraph } from "@/components/ui";
import { publicAnswers, questionCounts } from "@/db/questions";
import { takeFlash } from "@/lib/form-flash";
import { entryPath } from "@/lib/urls";
import type { EntryKind } from "@/lib/vocab";

export async function QuestionsSection({
  entry,
  flash: token,
}: {
  entry: { id: number; publicId: string; kind: EntryKind; organisation: { name: string } };
  /** The `flash` parameter of the page's address, when a question was just sent. */
  flash?: string | string[];
}) {
  const t = await getTranslations("say.question");
  const format = await getFormatter();
  const flash = takeFlash(Array.isArray(token) ? token[0] : token, `question:${entry.publicId}`);
  const counts = questionCounts(entry.id);
  const answers = publicAnswers(entry.id);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const organisation = entry.organisation.name;
  const locale = await getLocale();
  return (
    <section aria-labelledby="say-title" className="say no-print" id="say">
      <Heading2 id="say-title">{t("title")}</Heading2>
      {flash?.status === "sent" && (
        <p role="status" className="notice notice--success">
          {t("sent", { organisation })}
        </p>
      )}
      <Paragraph>{t("counts", { asked: counts.asked, answered: counts.answered })}</Paragraph>
      {answers.length > 0 && (
        <ol className="say__answers">
          {answers.map((a) => (
            <li key={a.id} className="say__answer">
              <Heading3>{t("askedOn", { topic: t(`topics.${a.topic}`), date: date(a.askedAt) })}</Heading3>
              <p className="say__text" lang={a.locale === locale ? undefined : a.locale}>
                {a.body}
              </p>
              <p className="say__by">
                <strong>{t("answerBy", { organisation })}</strong>
                {a.answeredAt ? ` (${date(a.answeredAt)})` : ""}
              </p>
              <p className="say__text">{a.answer}</p>
            </li>
          ))}
        </ol>
      )}
      <p>
        {/* A plain link: nothing to prefetch, and no client component in the entry page's payload. */}
        <a href={`/${locale}${entryPath(entry.kind, entry.publicId)}/ask`}>{t("askLink")}</a>
      </p>
    </section>
  );
}

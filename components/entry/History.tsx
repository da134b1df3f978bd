import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getPublicEntry } from "@/db/public";
import { getRevision, listRevisions } from "@/db/history";
import { contentRows, diffRows } from "@/lib/content-rows";
import { entryPath } from "@/lib/urls";
import type { EntryKind } from "@/lib/vocab";
import type { Locale } from "@/lib/codio";
import { ChangeTable } from "./ChangeTable";

async function translators() {
  const t = await getTranslations();
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const labels = {
    field: t("changes.field"),
    before: t("changes.before"),
    after: t("changes.after"),
    none: t("changes.none"),
    empty: t("changes.empty"),
  };
  return { t, tr, labels };
}

function loadEntry(kind: EntryKind, publicId: string) {
  const entry = getPublicEntry(kind, publicId);
  if (!entry) notFound();
  return entry;
}

const int = (s: string | undefined) => (s && /^\d{1,6}$/.test(s) ? Number(s) : undefined);

export async function historyTitle(kind: EntryKind, publicId: string, locale: string) {
  const entry = getPublicEntry(kind, publicId);
  const t = await getTranslations({ locale, namespace: "history" });
  return entry ? t("title", { name: entry.name }) : undefined;
}

/**
 * The public history of a sensor or an algorithm: every published version with its change note, a
 * permalink per version, and a field-by-field comparison of any two versions (default: the last two).
 */
export async function HistoryPage({
  kind,
  publicId,
  locale,
  from,
  to,
}: {
  kind: EntryKind;
  publicId: string;
  locale: Locale;
  from?: string;
  to?: string;
}) {
  const entry = loadEntry(kind, publicId);
  const versions = listRevisions(entry.id);
  const { t, tr, labels } = await translators();
  const format = await getFormatter();
  const base = `${entryPath(kind, publicId)}/history`;
  const numbers = versions.map((v) => v.number);
  const toN = int(to) && numbers.includes(int(to)!) ? int(to)! : numbers.at(-1)!;
  const fromN = int(from) && numbers.includes(int(from)!) ? int(from)! : (numbers.filter((n) => n < toN).at(-1) ?? toN);
  const a = versions.find((v) => v.number === fromN)!;
  const b = versions.find((v) => v.number === toN)!;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const changes = diffRows(contentRows(kind, a.data, tr, locale), contentRows(kind, b.data, tr, locale));
  // Archiving keeps the content, so a comparison across it would say "no differences": say instead what the
  // versions in between did (archived the entry, or published it again), and when.
  const [lo, hi] = fromN <= toN ? [fromN, toN] : [toN, fromN];
  const statusChanges = versions
    .filter((v, i) => i > 0 && v.number > lo && v.number <= hi && v.status !== versions[i - 1]!.status)
    .map((v) =>
      t(v.status === "archived" ? "history.archivedIn" : "history.republishedIn", {
        number: v.number,
        date: format.dateTime(v.createdAt, { dateStyle: "long" }),
      }),
    );
  return (
    <div>
      <p className="muted">
        <Link href={entryPath(kind, publicId)}>{entry.name}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("history.title", { name: entry.name })}</h1>
      <p>{t("history.intro", { organisation: entry.organisation.name })}</p>
      <ol className="history-list" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.number}>
            <Link href={`${base}/${v.number}`}>{t("history.version", { number: v.number })}</Link>{" "}
            <span className="muted">
              {when(v.createdAt)} · {t(v.status === "archived" ? "history.archived" : "history.published")}
            </span>
            <p className="history-list__note">{v.changeNote}</p>
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <section aria-labelledby="compare">
          <h2 id="compare" className="utrecht-heading-2">
            {t("history.compare")}
          </h2>
          <form method="get" action={`/${locale}${base}`} className="field-row compare-form">
            {(["from", "to"] as const).map((k) => (
              <div key={k} className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`compare-${k}`}>
                  {t(`history.${k}`)}
                </label>
                <select id={`compare-${k}`} name={k} defaultValue={String(k === "from" ? fromN : toN)} className="utrecht-select utrecht-select--html-select">
                  {numbers.map((n) => (
                    <option key={n} value={n}>
                      {t("history.version", { number: n })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("history.compareButton")}
            </button>
          </form>
          {statusChanges.map((text) => (
            <p key={text} className="notice history-status-change">
              {text}
            </p>
          ))}
          <ChangeTable
            caption={t("history.diffCaption", { from: fromN, to: toN })}
            labels={{
              ...labels,
              before: t("history.versionShort", { number: fromN }),
              after: t("history.versionShort", { number: toN }),
              ...(statusChanges.length ? { none: t("history.nothingElse") } : {}),
            }}
            changes={changes}
          />
        </section>
      )}
    </div>
  );
}

/** One old version at its own permalink, shown in full. */
export async function RevisionPage({ kind, publicId, number, locale }: { kind: EntryKind; publicId: string; number: string; locale: Locale }) {
  const entry = loadEntry(kind, publicId);
  const n = int(number);
  const revision = n ? getRevision(entry.id, n) : undefined;
  if (!revision) notFound();
  const { t, tr } = await translators();
  const format = await getFormatter();
  const rows = contentRows(kind, revision.data, tr, locale).filter((r) => r.text);
  const current = revision.number === entry.revision;
  return (
    <div>
      <p className="muted">
        <Link href={`${entryPath(kind, publicId)}/history`}>{t("history.title", { name: entry.name })}</Link>
      </p>
      <h1 className="utrecht-heading-1">
        {String(revision.data.name)} — {t("history.version", { number: revision.number })}
      </h1>
      <p className={current ? "notice" : "notice notice--warning"}>
        {current ? t("history.isCurrent") : t("history.isOld")}{" "}
        <Link href={entryPath(kind, publicId)}>{t("history.toCurrent")}</Link>
      </p>
      <p>
        {format.dateTime(revision.createdAt, { dateStyle: "long", timeStyle: "short" })} · {revision.changeNote}
      </p>
      <dl className="definition-list revision-content">
        {rows.map((r) => (
          <div key={r.key}>
            <dt>{r.label}</dt>
            <dd className="preserve-lines">{r.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

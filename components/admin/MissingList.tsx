import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { todoFlags } from "@/lib/completeness";
import type { Completeness } from "@/lib/schemas/check";
import type { EntryKind } from "@/lib/vocab";
import { fieldId } from "@/components/form/field-id";
import { controlFor, formErrorPaths } from "@/lib/schemas/form-data";

/**
 * What an entry still needs, on its workspace page: every field that stands between it and publication
 * (each a link into the form), and what the register adds that is still missing (values, contest route).
 */
export async function MissingList({
  kind,
  publicId,
  completeness,
  content,
  canEdit,
}: {
  kind: EntryKind;
  publicId: string;
  completeness: Completeness;
  /** The working copy the completeness is about (to link each problem to its control in the form). */
  content: Record<string, unknown>;
  canEdit: boolean;
}) {
  const t = await getTranslations("admin.missing");
  const tAll = await getTranslations();
  // By the form's names: a value of the panel by its slug, the location by its typed fields.
  const problems = Object.entries(formErrorPaths(content, completeness.problems) ?? {});
  const geometryType = (content.geometry as { type?: unknown } | undefined)?.type;
  const flags = todoFlags(completeness.todo).filter((f) => f !== "incomplete");
  const label = (path: string) => {
    const key = `fields.${kind}.${path.split(".")[0]}`;
    return tAll.has(key as never) ? tAll(key as never) : path;
  };
  const message = (raw: string) => {
    const [key, n] = raw.split(":");
    return tAll.has(`validation.${key}` as never) ? tAll(`validation.${key}` as never, { n: n ?? "" } as never) : tAll("validation.invalid");
  };
  return (
    <section aria-labelledby="missing" className="missing-list">
      <h2 id="missing" className="utrecht-heading-2">
        {t("title")}
      </h2>
      {problems.length === 0 && flags.length === 0 ? (
        <p className="notice notice--success">{t(completeness.level === "full" ? "completeFull" : "complete")}</p>
      ) : (
        <>
          {problems.length > 0 && (
            <>
              <p>{t(completeness.level === "full" ? "blockingFull" : "blocking")}</p>
              <ul>
                {problems.map(([path, messages]) => (
                  <li key={path}>
                    {canEdit ? (
                      <Link href={`/admin/entries/${publicId}/edit?check=1#${fieldId(controlFor(path, geometryType))}`}>{label(path)}</Link>
                    ) : (
                      label(path)
                    )}
                    : {messages.map(message).join(" ")}
                  </li>
                ))}
              </ul>
            </>
          )}
          {flags.length > 0 && (
            <>
              <p>{t("additions")}</p>
              <ul>
                {flags.map((f) => (
                  <li key={f}>{t(`todo.${f}` as never)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

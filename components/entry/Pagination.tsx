import { getTranslations } from "next-intl/server";

/** Previous/next paging that keeps every other query parameter; plain links, works without JavaScript. */
export async function Pagination({
  page,
  pageSize,
  total,
  basePath,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** Path with locale, e.g. "/nl/sensors". */
  basePath: string;
  query: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (k === "page" || v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
    }
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("label")} className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t("previous")}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t("next")}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

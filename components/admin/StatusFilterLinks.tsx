import { Link } from "@/lib/i18n/navigation";

/** The status asked for in `?status=` when it is one of `filters`, else `fallback`. */
export function statusFilter<F extends string>(raw: string | string[] | undefined, filters: readonly F[], fallback: F): F {
  const wanted = Array.isArray(raw) ? raw[0] : raw;
  return (filters as readonly string[]).includes(wanted ?? "") ? (wanted as F) : fallback;
}

/** The workspace inboxes' status links (questions, reports): one per status with its count, the current marked. */
export function StatusFilterLinks<F extends string>({
  label,
  path,
  filters,
  current,
  text,
}: {
  label: string;
  /** Workspace path without locale, e.g. `/admin/questions`. */
  path: string;
  filters: readonly F[];
  current: F;
  text: (f: F) => string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="filter-links">
        {filters.map((f) => (
          <li key={f}>
            <Link href={`${path}?status=${f}`} aria-current={f === current ? "page" : undefined}>
              {text(f)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

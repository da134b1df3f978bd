import type { RowChange } from "@/lib/content-rows";
import { DataTable } from "@/components/DataTable";

/**
 * A readable field-by-field comparison of two versions (history, pending changes, edit conflicts).
 * Plain markup, no hooks: usable from server and client components.
 */
export function ChangeTable({
  changes,
  labels,
  caption,
}: {
  changes: RowChange[];
  labels: { field: string; before: string; after: string; none: string; empty: string };
  caption: string;
}) {
  if (!changes.length) return <p>{labels.none}</p>;
  return (
    <DataTable
      caption={caption}
      showCaption
      className="change-table"
      rowHeader
      columns={[{ header: labels.field }, { header: labels.before, className: "change-table__before" }, { header: labels.after, className: "change-table__after" }]}
      rows={changes.map((c) => ({
        key: c.key,
        cells: [
          c.label,
          c.before ? <del>{c.before}</del> : <span className="muted">{labels.empty}</span>,
          c.after ? <ins>{c.after}</ins> : <span className="muted">{labels.empty}</span>,
        ],
      }))}
    />
  );
}

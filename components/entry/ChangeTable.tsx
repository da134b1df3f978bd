import type { RowChange } from "@/lib/content-rows";

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
    <div className="table-scroll">
      <table className="utrecht-table change-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{labels.field}</th>
            <th scope="col" className="utrecht-table__header-cell">{labels.before}</th>
            <th scope="col" className="utrecht-table__header-cell">{labels.after}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {changes.map((c) => (
            <tr key={c.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{c.label}</th>
              <td className="utrecht-table__cell change-table__before">
                {c.before ? <del>{c.before}</del> : <span className="muted">{labels.empty}</span>}
              </td>
              <td className="utrecht-table__cell change-table__after">
                {c.after ? <ins>{c.after}</ins> : <span className="muted">{labels.empty}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from "react";

export interface Column {
  header: ReactNode;
  numeric?: boolean;
  className?: string;
}

export interface Row {
  key: string | number;
  cells: ReactNode[];
}

/**
 * The one table of the app, on NL Design System (Utrecht) table styles: a caption (visually hidden unless
 * `showCaption`), column headers, and optionally the first cell of each row as its row header. Horizontal
 * scrolling on narrow screens. No hooks: usable from server and client components.
 */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  rows,
  rowHeader = false,
  className = "",
}: {
  caption: string;
  showCaption?: boolean;
  columns: Column[];
  rows: Row[];
  rowHeader?: boolean;
  className?: string;
}) {
  const cellClass = (c: Column | undefined, head: boolean) =>
    [head ? "utrecht-table__header-cell" : "utrecht-table__cell", c?.numeric ? `${head ? "utrecht-table__header-cell" : "utrecht-table__cell"}--numeric` : "", c?.className ?? ""]
      .filter(Boolean)
      .join(" ");
  return (
    <div className="table-scroll">
      <table className={`utrecht-table ${className}`}>
        <caption className={showCaption ? "utrecht-table__caption" : "visually-hidden"}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cellClass(c, true)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              {r.cells.map((cell, i) =>
                rowHeader && i === 0 ? (
                  <th key={i} scope="row" className={cellClass(columns[i], true)}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={cellClass(columns[i], false)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

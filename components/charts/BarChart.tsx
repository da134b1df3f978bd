import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/lib/i18n/navigation";

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** Where the row's entries are listed: the table's row header links there. */
  href?: string;
  /** One number per series. */
  values: number[];
}

/**
 * A horizontal bar chart drawn on the server (HTML and CSS, no script, no chart library) with the same numbers
 * in a table beside it. The bars are hidden from screen readers, who get the table; for everyone else each bar
 * carries its number, and a second series is told apart by a pattern (stripes) and a legend, not by colour
 * alone. Bar colours have at least 3:1 contrast with the background (app/globals.css, `--register-chart-*`).
 * With one series the table also gives each row's share of `total` (default: the sum of the rows).
 */
export async function BarChart({
  caption,
  labelHeader,
  series,
  rows,
  total,
}: {
  caption: string;
  labelHeader: string;
  series: ChartSeries[];
  rows: ChartRow[];
  total?: number;
}) {
  const format = await getFormatter();
  const t = await getTranslations("figures");
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const sum = total ?? rows.reduce((n, r) => n + (r.values[0] ?? 0), 0);
  const share = (n: number) => (sum ? format.number(n / sum, { style: "percent", maximumFractionDigits: 0 }) : "–");
  const single = series.length === 1;
  return (
    <div className="chart">
      <div className="bar-chart" aria-hidden="true">
        {!single && (
          <ul className="bar-chart__legend">
            {series.map((s, i) => (
              <li key={s.key}>
                <span className={`bar-chart__swatch bar-chart__bar--s${i}`} /> {s.label}
              </li>
            ))}
          </ul>
        )}
        {rows.map((r) => (
          <div key={r.key} className="bar-chart__row">
            <span className="bar-chart__label">{r.label}</span>
            <span className="bar-chart__bars">
              {r.values.map((n, i) => (
                <span key={series[i]?.key ?? i} className="bar-chart__track">
                  <span className={`bar-chart__bar bar-chart__bar--s${i}`} style={{ width: `calc((100% - 4rem) * ${(n / max).toFixed(4)})` }} />
                  <span className="bar-chart__value">{format.number(n)}</span>
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <DataTable
        caption={caption}
        className="chart__table"
        rowHeader
        columns={[
          { header: labelHeader },
          ...series.map((s) => ({ header: s.label, numeric: true })),
          ...(single ? [{ header: t("share"), numeric: true }] : []),
        ]}
        rows={rows.map((r) => ({
          key: r.key,
          cells: [r.href ? <Link href={r.href}>{r.label}</Link> : r.label, ...r.values.map((n) => format.number(n)), ...(single ? [share(r.values[0] ?? 0)] : [])],
        }))}
      />
    </div>
  );
}

/** Table components of the NL Design System (Utrecht), as Server Components with the library's class names. */
import type { ComponentProps } from "react";
import { cx } from "./cx";

export const Table = ({ className, busy, ...p }: ComponentProps<"table"> & { busy?: boolean }) => (
  <table aria-busy={busy} {...p} className={cx("utrecht-table", busy && "utrecht-table--busy", className)} />
);
export const TableCaption = ({ className, ...p }: ComponentProps<"caption">) => <caption {...p} className={cx("utrecht-table__caption", className)} />;
export const TableHeader = ({ className, sticky, ...p }: ComponentProps<"thead"> & { sticky?: boolean }) => (
  <thead {...p} className={cx("utrecht-table__header", sticky && "utrecht-table__header--sticky", className)} />
);
export const TableBody = ({ className, ...p }: ComponentProps<"tbody">) => <tbody {...p} className={cx("utrecht-table__body", className)} />;
export const TableRow = ({ className, selected, ...p }: ComponentProps<"tr"> & { selected?: boolean }) => (
  <tr aria-selected={selected || undefined} {...p} className={cx("utrecht-table__row", selected && "utrecht-table__row--selected", className)} />
);

type CellProps = { numericColumn?: boolean; selected?: boolean };

export const TableCell = ({ className, numericColumn, selected, ...p }: ComponentProps<"td"> & CellProps) => (
  <td
    aria-selected={selected || undefined}
    {...p}
    className={cx("utrecht-table__cell", selected && "utrecht-table__cell--selected", numericColumn && "utrecht-table__cell--numeric-column", className)}
  />
);

export const TableHeaderCell = ({ className, numericColumn, selected, sticky, scope, ...p }: ComponentProps<"th"> & CellProps & { sticky?: boolean }) => (
  <th
    aria-selected={selected || undefined}
    scope={scope}
    {...p}
    className={cx(
      "utrecht-table__header-cell",
      numericColumn && "utrecht-table__header-cell--numeric-column",
      selected && "utrecht-table__header-cell--selected",
      sticky && scope === "row" && "utrecht-table__header-cell--sticky-inline",
      sticky && scope === "col" && "utrecht-table__header-cell--sticky-block",
      className,
    )}
  />
);

"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Opens the browser's print dialog. Shown only once JavaScript runs; without it, the browser's own Print works. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" className="utrecht-button utrecht-button--primary-action no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}

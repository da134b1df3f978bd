"use client";
/**
 * Around the server-rendered filter form of the map: applies a filter as soon as a box is ticked (the
 * "apply" button stays for keyboard users and works without JavaScript), keeps the map position, and
 * keeps the boxes in step with the URL when the back button is used. Folded on small screens.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

const POSITION = ["lat", "lon", "zoom"];

export function FilterPanel({ title, children }: { title: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (ref.current && window.matchMedia("(max-width: 48rem)").matches) ref.current.open = false;
  }, []);

  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])
      box.checked = searchParams.getAll(box.name).includes(box.value);
  }, [searchParams]);

  const apply = (form: HTMLFormElement) => {
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v) q.append(k, v);
    const current = new URLSearchParams(window.location.search);
    for (const k of POSITION) {
      const v = current.get(k);
      if (v) q.set(k, v);
    }
    router.push(`${pathname}?${q}`, { scroll: false });
  };

  return (
    <details
      ref={ref}
      open
      className="map-filters"
      onChange={(e) => {
        const input = e.nativeEvent.target as HTMLInputElement;
        if (input.type === "checkbox" && input.form) apply(input.form);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.target as HTMLFormElement);
      }}
    >
      <summary className="map-filters__summary">{title}</summary>
      {children}
    </details>
  );
}

import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/codio";
import type { ContestRoute } from "@/lib/schemas/algorithm";
import { deadlineStarts } from "@/lib/vocab";

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading of a given level, styled as that level (for components used at different depths). */
export function Heading({ level, id, className, children }: { level: HeadingLevel | 6; id?: string; className?: string; children: ReactNode }) {
  const H = `h${level}` as "h2";
  return (
    <H id={id} className={[`utrecht-heading-${level}`, className].filter(Boolean).join(" ")}>
      {children}
    </H>
  );
}

/** The deadline of a route in words: "Binnen 6 weken, gerekend vanaf de dag na verzending van het besluit." */
export async function deadlineInWords(route: Pick<ContestRoute, "deadlineAmount" | "deadlineUnit" | "deadlineFrom">) {
  const t = await getTranslations("contest");
  const locale = (await getLocale()) as Locale;
  if (!route.deadlineAmount || !route.deadlineUnit || !route.deadlineFrom) return t("deadlineNone");
  return t("deadlineWithin", {
    amount: route.deadlineAmount,
    unit: route.deadlineUnit,
    from: deadlineStarts.label(route.deadlineFrom, locale),
  });
}

/** Telephone link target: digits and a leading + only. */
const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`;

/** How to send it: web form, email, post, phone — every channel the route offers. */
export async function Channels({ route }: { route: Pick<ContestRoute, "webUrl" | "email" | "postalAddress" | "phone"> }) {
  const f = await getTranslations("fields.contest");
  return (
    <dl className="contest-channels">
      {route.webUrl && (
        <div>
          <dt>{f("webUrl")}</dt>
          <dd>
            <a href={route.webUrl}>{route.webUrl}</a>
          </dd>
        </div>
      )}
      {route.email && (
        <div>
          <dt>{f("email")}</dt>
          <dd>
            <a href={`mailto:${route.email}`}>{route.email}</a>
          </dd>
        </div>
      )}
      {route.postalAddress && (
        <div>
          <dt>{f("postalAddress")}</dt>
          <dd>{route.postalAddress}</dd>
        </div>
      )}
      {route.phone && (
        <div>
          <dt>{f("phone")}</dt>
          <dd>
            <a href={telHref(route.phone)}>{route.phone}</a>
          </dd>
        </div>
      )}
    </dl>
  );
}

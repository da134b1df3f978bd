/**
 * Text and page components of the NL Design System (Utrecht), rendered with the same class names and markup as
 * @utrecht/component-library-react, as Server Components: no JavaScript reaches the browser for them.
 */
import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

type Props<T extends keyof React.JSX.IntrinsicElements> = ComponentProps<T>;

export const Heading1 = ({ className, ...p }: Props<"h1">) => <h1 {...p} className={cx("utrecht-heading-1", className)} />;
export const Heading2 = ({ className, ...p }: Props<"h2">) => <h2 {...p} className={cx("utrecht-heading-2", className)} />;
export const Heading3 = ({ className, ...p }: Props<"h3">) => <h3 {...p} className={cx("utrecht-heading-3", className)} />;
export const Heading4 = ({ className, ...p }: Props<"h4">) => <h4 {...p} className={cx("utrecht-heading-4", className)} />;

/** A paragraph; `lead` for an introduction, `small` for small print (as the library: not both). */
export function Paragraph({
  className,
  children,
  lead,
  small,
  appearance,
  ...p
}: Props<"p"> & { lead?: boolean; small?: boolean; appearance?: "lead" | "small" }) {
  const isLead = appearance === "lead" || !!lead;
  const isSmall = appearance === "small" || !!small;
  const asLead = isLead && !isSmall;
  const asSmall = isSmall && !isLead;
  return (
    <p {...p} className={cx("utrecht-paragraph", asLead && "utrecht-paragraph--lead", asSmall && "utrecht-paragraph--small", className)}>
      {asLead ? <b className="utrecht-paragraph__b">{children}</b> : asSmall ? <small className="utrecht-paragraph__small">{children}</small> : children}
    </p>
  );
}

export const UnorderedList = ({ className, ...p }: Props<"ul">) => <ul role="list" {...p} className={cx("utrecht-unordered-list", className)} />;
export const UnorderedListItem = ({ className, ...p }: Props<"li">) => <li {...p} className={cx("utrecht-unordered-list__item", className)} />;
export const OrderedList = ({ className, ...p }: Props<"ol">) => <ol {...p} className={cx("utrecht-ordered-list", className)} />;
export const OrderedListItem = ({ className, ...p }: Props<"li">) => <li {...p} className={cx("utrecht-ordered-list__item", className)} />;

export const Page = ({ className, ...p }: Props<"div">) => <div {...p} className={cx("utrecht-page", className)} />;
export const PageContent = ({ className, ...p }: Props<"div">) => <div {...p} className={cx("utrecht-page-content", className)} />;
export const PageHeader = ({ className, ...p }: Props<"header">) => <header {...p} className={cx("utrecht-page-header", className)} />;
export const PageFooter = ({ className, ...p }: Props<"footer">) => <footer {...p} className={cx("utrecht-page-footer", className)} />;

export const SkipLink = ({ className, ...p }: Props<"a">) => (
  <p>
    <a {...p} className={cx("utrecht-skip-link", "utrecht-skip-link--visible-on-focus", className)} />
  </p>
);

const alertTypes = {
  info: { className: "utrecht-alert--info", role: "status" },
  ok: { className: "utrecht-alert--ok", role: "status" },
  warning: { className: "utrecht-alert--warning", role: "alert" },
  error: { className: "utrecht-alert--error", role: "alert" },
} as const;

/** A message box; warnings and errors are announced at once (role alert), the rest politely (role status). */
export function Alert({
  children,
  className,
  icon,
  type,
  role,
  ...p
}: Omit<Props<"div">, "role"> & { icon?: ReactNode; type?: string; role?: Props<"div">["role"] }) {
  const kind = Object.hasOwn(alertTypes, type ?? "") ? alertTypes[type as keyof typeof alertTypes] : alertTypes.info;
  return (
    <div {...p} className={cx("utrecht-alert", kind.className, className)}>
      {icon && <div className="utrecht-alert__icon">{icon}</div>}
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role || kind.role}>
          {children}
        </div>
      </div>
    </div>
  );
}

const badgeStatus = {
  active: "utrecht-status-badge--active",
  danger: "utrecht-status-badge--danger",
  error: "utrecht-status-badge--error",
  inactive: "utrecht-status-badge--inactive",
  invalid: "utrecht-status-badge--invalid",
  neutral: "utrecht-status-badge--neutral",
  safe: "utrecht-status-badge--safe",
  success: "utrecht-status-badge--success",
  valid: "utrecht-status-badge--valid",
  warning: "utrecht-status-badge--warning",
} as const;

export const StatusBadge = ({ className, status, ...p }: Props<"span"> & { status?: keyof typeof badgeStatus }) => (
  <span className={cx("utrecht-status-badge", badgeStatus[status ?? "neutral"], className)} {...p} />
);

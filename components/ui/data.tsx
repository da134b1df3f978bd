/** Data list and breadcrumb components of the NL Design System (Utrecht), as Server Components. */
import { useId, type ComponentProps, type ElementType, type ReactNode } from "react";
import { cx } from "./cx";
import { Heading1, Heading2, Heading3, Heading4 } from "./text";

const headings = [Heading1, Heading2, Heading3, Heading4];

export const DataList = ({ appearance, className, ...p }: ComponentProps<"dl"> & { appearance?: "rows" }) => (
  <dl {...p} className={cx("utrecht-data-list", "utrecht-data-list--html-dl", appearance === "rows" && "utrecht-data-list--rows", className)} />
);
export const DataListItem = ({ className, ...p }: ComponentProps<"div">) => <div {...p} className={cx("utrecht-data-list__item", className)} />;
export const DataListKey = ({ className, ...p }: ComponentProps<"dt">) => <dt {...p} className={cx("utrecht-data-list__item-key", className)} />;

/** A value; an empty one shows a dash with `emptyDescription` as its accessible name. */
export function DataListValue({
  value,
  children,
  className,
  emptyDescription,
  multiline,
  notranslate,
}: {
  value?: string | null;
  children?: ReactNode;
  className?: string;
  emptyDescription?: string;
  multiline?: boolean;
  notranslate?: boolean;
}) {
  const empty = value === "" || value === null;
  return (
    <dd
      className={cx("utrecht-data-list__item-value", "utrecht-data-list__item-value--html-dd", className, multiline && "utrecht-data-list__item-value--multiline")}
      translate={typeof notranslate === "boolean" ? (notranslate ? "no" : "yes") : undefined}
    >
      {empty ? <span aria-label={emptyDescription}>-</span> : children}
    </dd>
  );
}

/** Breadcrumbs as an ordered list with schema.org microdata; `label` becomes a hidden heading naming the nav. */
export function BreadcrumbNav({
  appearance,
  children,
  className,
  headingLevel = 2,
  label,
  ...p
}: ComponentProps<"nav"> & { appearance?: "arrows"; headingLevel?: 1 | 2 | 3 | 4; label?: string }) {
  const id = useId();
  const Heading = headings[headingLevel - 1]!;
  return (
    <nav
      {...p}
      className={cx("utrecht-breadcrumb-nav", "utrecht-breadcrumb-nav--html-ol", appearance === "arrows" && "utrecht-breadcrumb-nav--arrows", className)}
      aria-labelledby={label ? id : undefined}
    >
      {label && (
        <Heading id={id} className="utrecht-breadcrumb-nav__heading" aria-hidden="true">
          {label}
        </Heading>
      )}
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol" itemScope itemType="https://schema.org/BreadcrumbList">
        {children}
      </ol>
    </nav>
  );
}

export const BreadcrumbNavSeparator = ({ className, ...p }: ComponentProps<"li">) => (
  <li
    aria-hidden="true"
    hidden
    style={{ display: "var(--_utrecht-breadcrumb-nav-separator-display, block)" }}
    className={cx("utrecht-breadcrumb-nav__separator", "utrecht-breadcrumb-nav__separator--html-li", className)}
    {...p}
  />
);

/** One crumb; `Link` renders the link (default a plain `<a>` with the Utrecht link classes). */
export function BreadcrumbNavLink({
  children,
  disabled,
  current,
  href,
  index,
  rel,
  role,
  Link,
  className,
  ...p
}: ComponentProps<"a"> & { disabled?: boolean; current?: boolean; index?: number; Link?: ElementType }) {
  const LinkComponent: ElementType = Link ?? "a";
  return (
    <li className="utrecht-breadcrumb-nav__item" itemScope itemType="https://schema.org/ListItem" itemProp="itemListElement">
      <LinkComponent
        className={cx(
          !Link && "utrecht-link utrecht-link--html-a",
          "utrecht-breadcrumb-nav__link",
          className,
          current && "utrecht-breadcrumb-nav__link--current",
          disabled && "utrecht-breadcrumb-nav__link--disabled",
          index === 0 && "utrecht-breadcrumb-nav__link--first",
        )}
        href={disabled ? undefined : href}
        rel={rel}
        role={role || (disabled ? "link" : undefined)}
        aria-current={current ? "page" : undefined}
        aria-disabled={disabled ? "true" : undefined}
        itemProp="item"
        {...p}
      >
        <span className="utrecht-breadcrumb-nav__text" itemProp="name">
          {children}
        </span>
        {typeof index === "number" ? <meta itemProp="position" content={String(index + 1)} /> : null}
      </LinkComponent>
    </li>
  );
}

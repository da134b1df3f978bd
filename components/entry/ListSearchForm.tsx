import type { ReactNode } from "react";

/**
 * The search form above a list (sensors, algorithms, the search page): a text box, optionally a sort choice,
 * and the active filters carried along as hidden fields. A plain GET form: works without JavaScript.
 */
export function ListSearchForm({
  action,
  id,
  label,
  formLabel = label,
  hint,
  placeholder,
  q,
  name = "q",
  hidden,
  sort,
  button,
  className,
  children,
}: {
  /** Path with locale the form submits to. */
  action: string;
  /** Prefix for element ids. */
  id: string;
  label: string;
  formLabel?: string;
  hint?: string;
  placeholder?: string;
  q?: string;
  /** The text box's parameter name (default `q`; the map's place search uses `place`). */
  name?: string;
  /** Filters to keep: parameter → values. */
  hidden: Record<string, readonly string[]>;
  /** The sort choice: by best match (default with a text), by name (default without), newest first. */
  sort?: { label: string; value?: string; relevance: string; name: string; newest: string };
  button: string;
  className?: string;
  /** More fields between the text box and the button (e.g. the contest finder's organisation). */
  children?: ReactNode;
}) {
  return (
    <form role="search" method="get" action={action} className={className} aria-label={formLabel}>
      {Object.entries(hidden).flatMap(([p, values]) => values.map((v) => <input key={`${p}-${v}`} type="hidden" name={p} value={v} />))}
      <div className={`utrecht-form-field utrecht-form-field--text ${className ? `${className}__q` : ""}`}>
        <label className="utrecht-form-label" htmlFor={`${id}-q`}>
          {label}
        </label>
        {hint && (
          <p className="utrecht-form-field-description" id={`${id}-q-hint`}>
            {hint}
          </p>
        )}
        <input
          id={`${id}-q`}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          name={name}
          defaultValue={q ?? ""}
          placeholder={placeholder}
          maxLength={2000}
          autoComplete="off"
          aria-describedby={hint ? `${id}-q-hint` : undefined}
        />
      </div>
      {sort && (
        <div className={`utrecht-form-field ${className ? `${className}__sort` : ""}`}>
          <label className="utrecht-form-label" htmlFor={`${id}-sort`}>
            {sort.label}
          </label>
          <select id={`${id}-sort`} name="sort" className="utrecht-select utrecht-select--html-select" defaultValue={sort.value ?? ""}>
            <option value="">{q ? sort.relevance : sort.name}</option>
            {q ? <option value="name">{sort.name}</option> : <option value="relevance">{sort.relevance}</option>}
            <option value="newest">{sort.newest}</option>
          </select>
        </div>
      )}
      {children}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {button}
      </button>
    </form>
  );
}

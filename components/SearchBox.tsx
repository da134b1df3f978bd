import { getLocale } from "next-intl/server";

/** A plain GET form to the search page: works without JavaScript. */
export async function SearchBox(p: { label: string; placeholder: string; button: string; defaultValue?: string }) {
  const locale = await getLocale();
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="searchbox">
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor="site-search">
          {p.label}
        </label>
        <input
          id="site-search"
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          name="q"
          placeholder={p.placeholder}
          defaultValue={p.defaultValue}
          maxLength={2000}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {p.button}
      </button>
    </form>
  );
}

import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Heading2, Paragraph, Select, Table, TableCell, Textbox, BreadcrumbNav, BreadcrumbNavLink } from "./index";

/** The components render the markup and ARIA of @utrecht/component-library-react (which this app no longer ships). */
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("components/ui", () => {
  it("renders headings and paragraphs with the Utrecht classes, a lead paragraph in bold", () => {
    expect(html(h(Heading2, { id: "x", className: "extra" }, "Titel"))).toBe('<h2 id="x" class="utrecht-heading-2 extra">Titel</h2>');
    expect(html(h(Paragraph, { lead: true }, "Inleiding"))).toBe('<p class="utrecht-paragraph utrecht-paragraph--lead"><b class="utrecht-paragraph__b">Inleiding</b></p>');
    expect(html(h(Paragraph, { lead: true, small: true }, "x"))).toBe('<p class="utrecht-paragraph">x</p>');
  });

  it("announces warnings and errors at once, other alerts politely", () => {
    expect(html(h(Alert, { type: "error" }, "Fout"))).toContain('class="utrecht-alert utrecht-alert--error"');
    expect(html(h(Alert, { type: "error" }, "Fout"))).toContain('role="alert"');
    expect(html(h(Alert, { type: "nonsense" }, "Let op"))).toContain('role="status"');
    expect(html(h(Alert, { type: "constructor" }, "Let op"))).toContain("utrecht-alert--info");
  });

  it("renders form controls with their state in ARIA", () => {
    expect(html(h(Button, { type: "submit", appearance: "primary-action-button" }, "Opslaan"))).toBe(
      '<button class="utrecht-button utrecht-button--submit utrecht-button--primary-action" type="submit">Opslaan</button>',
    );
    expect(html(h(Button, {}, "x"))).toContain('type="button"');
    const box = html(h(Textbox, { id: "naam", invalid: true, required: true }));
    expect(box).toContain('aria-invalid="true"');
    expect(box).toContain('aria-required="true"');
    expect(box).toContain('dir="auto"');
    expect(box).toContain("utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid utrecht-textbox--required");
    expect(html(h(Select, { required: true }))).toContain('aria-required="true"');
    expect(html(h(FormLabel, { htmlFor: "naam", type: "checkbox" }, "Naam"))).toBe('<label for="naam" class="utrecht-form-label utrecht-form-label--checkbox">Naam</label>');
    const set = html(h(Fieldset, { role: "radiogroup", invalid: true }, h(FieldsetLegend, null, "Kies")));
    expect(set).toContain('<fieldset aria-invalid="true" role="radiogroup" class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">');
    expect(set).toContain('<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Kies</legend>');
  });

  it("renders tables and breadcrumbs", () => {
    expect(html(h(Table, null, h("tbody", null, h("tr", null, h(TableCell, { numericColumn: true }, "3")))))).toBe(
      '<table class="utrecht-table"><tbody><tr><td class="utrecht-table__cell utrecht-table__cell--numeric-column">3</td></tr></tbody></table>',
    );
    const crumbs = html(h(BreadcrumbNav, { label: "Kruimelpad" }, h(BreadcrumbNavLink, { href: "/nl", index: 0, current: true }, "Home")));
    expect(crumbs).toMatch(/<nav class="utrecht-breadcrumb-nav utrecht-breadcrumb-nav--html-ol" aria-labelledby="([^"]+)"><h2 id="\1" aria-hidden="true" class="utrecht-heading-2 utrecht-breadcrumb-nav__heading">Kruimelpad<\/h2>/);
    expect(crumbs).toContain('aria-current="page"');
    expect(crumbs).toContain('<meta itemProp="position" content="1"/>');
  });
});

/**
 * The NL Design System (Utrecht) component CSS this app uses, one package per component, instead of the whole
 * @utrecht/component-library-css bundle (README, "Page weight"). In the bundle's order, imported by the layouts
 * before app/globals.css, so the cascade is as before. components/ui/utrecht-css.test.ts checks that every
 * Utrecht class name the app renders is styled by one of these.
 */
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/status-badge-css/dist/index.css";
import "@utrecht/breadcrumb-nav-css/dist/index.css";
import "@utrecht/button-group-css/dist/index.css";
import "@utrecht/button-link-css/dist/index.css";
import "@utrecht/button-css/dist/index.css";
import "@utrecht/checkbox-css/dist/index.css";
import "@utrecht/custom-checkbox-css/dist/index.css";
import "@utrecht/data-list-css/dist/index.css";
import "@utrecht/document-css/dist/index.css";
import "@utrecht/form-field-description-css/dist/index.css";
import "@utrecht/form-field-error-message-css/dist/index.css";
import "@utrecht/form-field-css/dist/index.css";
import "@utrecht/form-fieldset-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/heading-3-css/dist/index.css";
import "@utrecht/heading-4-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import "@utrecht/ordered-list-css/dist/index.css";
import "@utrecht/page-content-css/dist/index.css";
import "@utrecht/page-footer-css/dist/index.css";
import "@utrecht/page-header-css/dist/index.css";
import "@utrecht/page-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "@utrecht/radio-button-css/dist/index.css";
import "@utrecht/select-css/dist/index.css";
import "@utrecht/skip-link-css/dist/index.css";
import "@utrecht/table-css/dist/index.css";
import "@utrecht/textarea-css/dist/index.css";
import "@utrecht/textbox-css/dist/index.css";
import "@utrecht/unordered-list-css/dist/index.css";

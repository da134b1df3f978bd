/**
 * The NL Design System (Utrecht) components this app uses, with the class names and markup of
 * @utrecht/component-library-react but without its client runtime: Server Components (only Checkbox is a
 * client component), so a page ships no JavaScript for them. Their CSS is imported per component in
 * ./styles.ts (the unit test utrecht-css.test.ts checks every class name rendered here is styled).
 */
export { Alert, Heading1, Heading2, Heading3, Heading4, OrderedList, OrderedListItem, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink, StatusBadge, UnorderedList, UnorderedListItem } from "./text";
export { Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton, Select, SelectOption, Textarea, Textbox } from "./form";
export { Checkbox } from "./Checkbox";
export { BreadcrumbNav, BreadcrumbNavLink, BreadcrumbNavSeparator, DataList, DataListItem, DataListKey, DataListValue } from "./data";
export { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "./table";

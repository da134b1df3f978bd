import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];
export const isLocale = (s: unknown): s is AppLocale => routing.locales.includes(s as AppLocale);

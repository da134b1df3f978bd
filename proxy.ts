import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

/** Locale routing: a bare path redirects to the visitor's preferred language (Accept-Language), Dutch by default. */
export default createMiddleware(routing);

export const config = {
  // Everything except the API, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};

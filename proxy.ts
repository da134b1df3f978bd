import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { MAX_REQUEST_BYTES } from "@/lib/limits";

/** Locale routing: a bare path redirects to the visitor's preferred language (Accept-Language), Dutch by default. */
const localeRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // A form post larger than the server reads (an upload over 25 MB sent without JavaScript, which would
  // otherwise check it first) goes back to its page with a message instead of failing half-read.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_REQUEST_BYTES) {
    const back = new URL(request.nextUrl.pathname, request.url);
    back.searchParams.set("tooLarge", "1");
    return NextResponse.redirect(back, 303);
  }
  return localeRouting(request);
}

export const config = {
  // Everything except the API, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};

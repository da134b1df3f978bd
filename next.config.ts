import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // proxy.ts answers a path with a trailing slash itself (a 308 with the security headers, or a 414 when the
  // address is too long to repeat): Next's own redirect has neither, and repeats the whole address twice in
  // its headers, which made a long query string overflow a client's or proxy's header buffer.
  skipTrailingSlashRedirect: true,
  // Parallel builds (e.g. several end-to-end runs on one machine) can use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` type-checks the whole project (npm run typecheck); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The workspace import takes files of up to 25 MB (db/import-jobs.ts refuses larger ones with a message).
    // A server action's body is the file plus the form around it, so allow a little more than that; Next's
    // default is 1 MB. The proxy (proxy.ts, locale routing) buffers request bodies and would cut them at its
    // default of 10 MB; it sends a larger post back to its page (?tooLarge=1). Keep equal to
    // MAX_REQUEST_BYTES in lib/limits.ts.
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
  },
  async headers() {
    return [
      // Every response; pages also get their CSP and HSTS from proxy.ts (lib/security-headers.ts).
      { source: "/:path*", headers: staticSecurityHeaders },
      {
        source: "/api/v1/:path*",
        headers: [
          { key: "Access-Control-Allow-Origin", value: "*" },
          { key: "Access-Control-Allow-Methods", value: "GET, OPTIONS" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

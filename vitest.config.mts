import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // db/ modules start with `import "server-only"`; in unit tests they run in plain Node.
      "server-only": fileURLToPath(new URL("./lib/testing/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    setupFiles: ["lib/testing/scratch-db.ts"],
    pool: "forks",
    // Generous: a loaded machine never fails a test for being slow (no test depends on speed).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves: let Vite
    // handle it (lib/request-path.test.ts runs proxy.ts, with next-intl's middleware, as it is).
    server: { deps: { inline: ["next-intl"] } },
  },
});

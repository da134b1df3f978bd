import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
/**
 * Test files run in E2E_WORKERS workers side by side (default 2), each against an app server and database of
 * its own (scripts/e2e-server.sh starts one per worker on PORT, PORT+1, …; e2e/fixtures.ts points each
 * worker's baseURL at its own), so no test sees another's writes. Tests within a file run in order.
 */
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
  testDir: "./e2e",
  // One output folder per port, so parallel runs on one machine do not clear each other's traces.
  outputDir: `test-results/${PORT}`,
  fullyParallel: false,
  workers: WORKERS,
  retries: process.env.CI ? 1 : 0,
  // Generous, so a loaded machine never fails a test for being slow (tests never depend on speed).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    locale: "nl-NL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        // No internet, at the browser's resolver: every host but the app's own is "not found" at once (map
        // tiles, geocoders). Routing every request through Playwright instead (context.route) did the same
        // but turned off the browser's cache, so every page fetched and compiled all its scripts again.
        // Loopback addresses stay reachable: some tests reach the app as 127.0.0.1, 127.0.0.2 or [::1].
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE ::1, EXCLUDE [::1]",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build, served on PORT … PORT+WORKERS-1, each with a scratch database holding the example data.
    command: "bash scripts/e2e-server.sh",
    // The servers start one after the other: when the last answers, all do.
    url: `http://localhost:${PORT + WORKERS - 1}/api/health`,
    // The production build takes minutes on a loaded 2-core machine.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    // E2E_OIDC=1: a test OpenID Connect provider runs beside the app (scripts/e2e-server.sh, e2e/oidc.spec.ts).
    env: { E2E_PORT: String(PORT), E2E_SERVERS: String(WORKERS), E2E_OIDC: process.env.E2E_OIDC ?? "1" },
  },
});

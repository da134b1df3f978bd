/**
 * Start-up checks of the Node.js server. The OIDC settings must be valid. In production (outside the demo started by `npm start`, which
 * sets REGISTER_DEMO=1) the server refuses to start while a demo account still has the published password.
 */
import { demoAccountsWithDemoPassword } from "@/db/officials";
import { DEMO_PASSWORD } from "@/db/demo/accounts";
import { oidcSettings } from "@/lib/auth/oidc";

// A bad OIDC_* value stops the server now, with the reason, instead of failing every sign-in later.
try {
  oidcSettings();
} catch (e) {
  console.error(`Refusing to start: ${(e as Error).message}`);
  process.exit(1);
}

if (process.env.NODE_ENV === "production" && process.env.REGISTER_DEMO !== "1") {
  const usable = await demoAccountsWithDemoPassword(DEMO_PASSWORD);
  if (usable.length) {
    console.error(
      `Refusing to start: demo account(s) ${usable.join(", ")} still use the published demo password.\n` +
        "Block them or change their passwords (see README, 'Going to production'), or run the demo with `npm start`.",
    );
    process.exit(1);
  }
}

/**
 * Loads the in-memory catalogue (search, lists and map) once, so the first visitor does not wait: in steps of
 * a few milliseconds (db/catalogue.ts warmCatalogue), so the server answers meanwhile (its health check at
 * once; a request that needs the catalogue before the load is done finishes the load itself). Meanwhile the
 * map's cluster index for the whole register is built in its worker thread, from points it reads itself.
 */
setTimeout(() => {
  void (async () => {
    try {
      const { warmCatalogue } = await import("@/db/catalogue");
      const { startMapIndexFromDatabase, warmClusterIndex } = await import("@/db/sensors");
      startMapIndexFromDatabase();
      await warmCatalogue();
      await warmClusterIndex();
    } catch (e) {
      console.error("warm-up failed (the first request will load it instead)", e);
    }
  })();
}, 0);

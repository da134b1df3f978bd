/**
 * Runs once when the server starts. In production (outside the demo started by `npm start`) the server
 * refuses to start while a demo account still has the published demo password.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV !== "production" || process.env.REGISTER_DEMO === "1") return;
  const { demoAccountsWithDemoPassword } = await import("./db/officials");
  const { DEMO_PASSWORD } = await import("./db/demo/accounts");
  const usable = await demoAccountsWithDemoPassword(DEMO_PASSWORD);
  if (usable.length) {
    console.error(
      `Refusing to start: demo account(s) ${usable.join(", ")} still use the published demo password.\n` +
        "Block them or change their passwords (see README, 'Going to production'), or run the demo with `npm start`.",
    );
    process.exit(1);
  }
}

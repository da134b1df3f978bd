/** Runs once when the server starts (Node.js runtime only): see lib/client-address.ts and lib/startup-checks.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, before any request is handled: every request carries its real client address; and fewer full
    // garbage collections under load (lib/heap-growth.ts). A bad setting of either stops the server.
    const { installClientAddressHeader } = await import("./lib/client-address");
    const { setHeapGrowth } = await import("./lib/heap-growth");
    try {
      await installClientAddressHeader();
      setHeapGrowth();
    } catch (e) {
      console.error(`Refusing to start: ${(e as Error).message}`);
      process.exit(1);
    }
    await import("./lib/startup-checks");
  }
}

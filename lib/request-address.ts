/** The client address of the request being handled, as computed by lib/client-address.ts. */
import "server-only";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderInstalled } from "./client-address";

let warned = false;

/**
 * The real client address (socket address, or the trusted proxy's X-Forwarded-For entry), or "unknown"
 * when this process does not compute it — then the header could come from the client and is ignored.
 */
export function requestAddress(headers: Headers): string {
  if (!clientAddressHeaderInstalled()) {
    if (!warned) console.warn("client address hook not installed (instrumentation.ts did not run): addresses are 'unknown'");
    warned = true;
    return "unknown";
  }
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/**
 * Who is really connecting: the client address used by the sign-in throttle and written to the audit log.
 *
 * Next.js gives server actions and route handlers no socket address (`NextRequest.ip` was removed in
 * Next 15, and on `next start` Next itself only fills `X-Forwarded-For` with the socket address when the
 * client did not send one, so the header is whatever the client wrote). So the address is taken where it is
 * still known: `instrumentation.ts` subscribes to Node's `http.server.request.start` diagnostics channel,
 * which runs for every request before Next sees it, and there `installClientAddressHeader()` computes the
 * address from the socket (and, only when TRUSTED_PROXY_HOPS says so, from X-Forwarded-For) and writes it
 * into the request header `x-register-client-address`, replacing anything a client sent under that name.
 * Code that handles the request reads it back with `requestAddress()` (lib/request-address.ts).
 *
 * No "server-only" import: the pure functions are unit-tested and the hook runs in instrumentation.
 */
import { isIP } from "node:net";

/** The request header that carries the address computed here (never trusted from a client). */
export const CLIENT_ADDRESS_HEADER = "x-register-client-address";

/** How many reverse proxies in front of the app append to X-Forwarded-For; 0 (default) trusts none. */
export function trustedProxyHops(raw = process.env.TRUSTED_PROXY_HOPS): number {
  if (raw === undefined || raw.trim() === "") return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 20)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 20, not ${JSON.stringify(raw)}`);
  return n;
}

/** A plain address: IPv4-mapped IPv6 (`::ffff:192.0.2.1`) as IPv4, IPv6 in lower case, anything else null. */
export function normaliseAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  // "[2001:db8::1]:443" or "192.0.2.1:1234" as some proxies write it.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  return isIP(a) ? a : null;
}

/**
 * The client's address. With 0 hops it is the socket's peer; with N hops, the N-th address from the right
 * of X-Forwarded-For (each trusted proxy appends the address it received the request from, so that one was
 * written by our own outermost proxy). When the header holds fewer addresses than that, the request did not
 * pass through every proxy: the leftmost one is the farthest a trusted proxy saw. An address that is not an
 * IP address is never used; then the socket address is.
 */
export function clientAddress(p: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; hops: number }): string {
  const socket = normaliseAddress(p.socketAddress) ?? "unknown";
  if (p.hops === 0) return socket;
  const header = Array.isArray(p.forwardedFor) ? p.forwardedFor.join(",") : (p.forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return socket;
  const picked = chain[Math.max(0, chain.length - p.hops)];
  return normaliseAddress(picked) ?? socket;
}

/**
 * The bucket a client address is throttled in: IPv4 as it is, IPv6 by its /64 network (one household or
 * server usually holds a whole /64, so counting single IPv6 addresses would let it rotate freely).
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join(":")}::/64`;
}

type RequestStart = { request: { headers: Record<string, string | string[] | undefined> }; socket: { remoteAddress?: string } };

const installed = Symbol.for("register.clientAddressHeader");

/** Whether this process computes the client address header itself (see the top of this file). */
export const clientAddressHeaderInstalled = () => (globalThis as Record<symbol, unknown>)[installed] === true;

/**
 * Subscribes to `http.server.request.start` so that every request carries the computed client address.
 * Called once from instrumentation.ts (Node.js runtime); throws on an invalid TRUSTED_PROXY_HOPS, so the
 * server refuses to start rather than guess.
 */
export async function installClientAddressHeader() {
  if (clientAddressHeaderInstalled()) return;
  const hops = trustedProxyHops();
  const dc = await import("node:diagnostics_channel");
  const channel = dc.channel("http.server.request.start");
  channel.subscribe((message) => {
    const { request, socket } = message as RequestStart;
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
      socketAddress: socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      hops,
    });
  });
  // Kept reachable for the life of the process, so the subscription can never be collected.
  (globalThis as Record<symbol, unknown>)[Symbol.for("register.clientAddressChannel")] = channel;
  (globalThis as Record<symbol, unknown>)[installed] = true;
}

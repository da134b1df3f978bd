import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  addressBucket,
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressHeaderInstalled,
  installClientAddressHeader,
  normaliseAddress,
  trustedProxyHops,
} from "./client-address";

describe("the client address", () => {
  it("with no trusted proxy is the socket address, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ socketAddress: "::ffff:192.0.2.7", forwardedFor: "203.0.113.1", hops: 0 })).toBe("192.0.2.7");
    expect(clientAddress({ socketAddress: "2001:DB8::7", forwardedFor: undefined, hops: 0 })).toBe("2001:db8::7");
    expect(clientAddress({ socketAddress: undefined, forwardedFor: "203.0.113.1", hops: 0 })).toBe("unknown");
  });

  it("with N trusted proxies is the N-th address from the right of X-Forwarded-For", () => {
    // The client forged "1.1.1.1"; our one proxy appended the address it saw.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, 198.51.100.4", hops: 1 })).toBe("198.51.100.4");
    // CDN → nginx → app: nginx appended the CDN's address, the CDN the client's.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1,198.51.100.4, 192.0.2.80", hops: 2 })).toBe("198.51.100.4");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: ["1.1.1.1", "198.51.100.4"], hops: 1 })).toBe("198.51.100.4");
    // Fewer addresses than hops: the farthest one a trusted proxy wrote.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.4", hops: 2 })).toBe("198.51.100.4");
    // No header, or garbage where the address should be: the socket address.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: undefined, hops: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, <script>", hops: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "[2001:db8::1]:443", hops: 1 })).toBe("2001:db8::1");
  });

  it("reads TRUSTED_PROXY_HOPS strictly", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "99"]) expect(() => trustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("normalises addresses and throttles IPv6 by its /64 network", () => {
    expect(normaliseAddress("192.0.2.1:5000")).toBe("192.0.2.1");
    expect(normaliseAddress("not an address")).toBeNull();
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:0db8:0001:0002::/64");
    expect(addressBucket("::1")).toBe("0000:0000:0000:0000::/64");
  });

  it("is written into every request by the server hook, replacing what the client sent", async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    await installClientAddressHeader();
    expect(clientAddressHeaderInstalled()).toBe(true);
    const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers[CLIENT_ADDRESS_HEADER])));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<string>((resolve, reject) =>
      http
        .get({ port, host: "127.0.0.1", headers: { "x-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "203.0.113.10" } }, (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => resolve(JSON.parse(body)));
        })
        .on("error", reject),
    );
    server.close();
    expect(seen).toBe("127.0.0.1");
  });
});

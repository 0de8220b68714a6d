import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxy } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless a proxy is configured", () => {
    const none = parseTrustedProxy(undefined);
    expect(clientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", ["1.1.1.1", "2.2.2.2"], none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(clientAddress(undefined, "198.51.100.1", parseTrustedProxy(""))).toBe("unknown");
  });

  it("believes only the entries the named proxies appended", () => {
    const proxy = parseTrustedProxy("10.0.0.2, ::1");
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", proxy)).toBe("198.51.100.9");
    expect(clientAddress("::1", "198.51.100.9", proxy)).toBe("198.51.100.9");
    // A request that did not come through the proxy is judged by its socket alone.
    expect(clientAddress("203.0.113.7", "10.0.0.2", proxy)).toBe("203.0.113.7");
    // Two proxies in a row, both named.
    expect(clientAddress("10.0.0.2", "198.51.100.9, ::1", proxy)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", undefined, proxy)).toBe("10.0.0.2");
  });

  it("counts hops when given a number", () => {
    const oneHop = parseTrustedProxy("1");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9", oneHop)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.2", undefined, oneHop)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", parseTrustedProxy("2"))).toBe(
      "198.51.100.9",
    );
  });

  it("refuses a setting that names no address", () => {
    expect(() => parseTrustedProxy("proxy.internal")).toThrow("TRUSTED_PROXY");
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress, isLoopback, normaliseAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("127.0.0.1");
const lan = parseTrustedProxies(" 10.0.0.0/8 , ::1 ");

describe("client address", () => {
  it("ignores X-Forwarded-For when no proxy is trusted: the socket peer is the client", () => {
    expect(clientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1" }, none)).toBe("203.0.113.7");
    expect(clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "198.51.100.1" }, none)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1" }, nginx)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy takes the right-most address that is not a proxy, not the client's made-up first entry", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "1.2.3.4, 203.0.113.9" }, nginx)).toBe("203.0.113.9");
    expect(clientAddress({ peer: "::ffff:10.1.2.3", forwardedFor: "9.9.9.9, 203.0.113.9, 10.0.0.5" }, lan)).toBe("203.0.113.9");
  });

  it("does not follow garbage in the chain", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9, not-an-ip" }, nginx)).toBe("127.0.0.1");
  });

  it("gives distinct clients distinct addresses (no shared bucket) and 'unknown' only without a peer", () => {
    expect(clientAddress({ peer: "203.0.113.1", forwardedFor: null }, none)).not.toBe(clientAddress({ peer: "203.0.113.2", forwardedFor: null }, none));
    expect(clientAddress({ peer: undefined, forwardedFor: "1.2.3.4" }, none)).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => parseTrustedProxies("nginx")).toThrow();
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow();
  });

  it("normalises ports, brackets and IPv4-mapped IPv6", () => {
    expect(normaliseAddress("[::1]:443")).toBe("::1");
    expect(normaliseAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    expect(normaliseAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("x")).toBeNull();
  });

  it("knows loopback addresses", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("192.168.1.20")).toBe(false);
  });
});

// Which address a request came from, trusting X-Forwarded-For only as far as
// the configured reverse proxies. Pure: no Next, no database.
import { BlockList, isIP } from "node:net";

/**
 * The socket peer's address, stamped on every request by the server itself
 * (instrumentation.ts → lib/http/raw-request-gate.ts) after removing any value
 * a client sent. Next.js does not expose the peer to route handlers, and only
 * fills X-Forwarded-For in when the client did not send one.
 */
export const PEER_ADDRESS_HEADER = "x-clinic-peer-address";

export type TrustedProxies = { list: BlockList; empty: boolean };

/** Parses TRUSTED_PROXIES: comma-separated IPs or CIDRs (IPv4 or IPv6). Throws on a bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let empty = true;
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family || extra !== undefined) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) {
      list.addAddress(address!, type);
    } else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 6 ? 128 : 32)) throw new Error(`"${entry}" has a bad prefix length`);
      list.addSubnet(address!, prefix, type);
    }
    // IPv4 peers can also appear as IPv4-mapped IPv6 (::ffff:127.0.0.1).
    if (family === 4) {
      if (bits === undefined) list.addAddress(`::ffff:${address}`, "ipv6");
      else list.addSubnet(`::ffff:${address}`, 96 + Number(bits), "ipv6");
    }
    empty = false;
  }
  return { list, empty };
}

/** Strips brackets, a port and an IPv4-mapped prefix; null when it is not an IP address. */
export function normaliseAddress(value: string | undefined | null): string | null {
  let v = (value ?? "").trim();
  if (!v) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(v)) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  return proxies.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address. With no trusted proxies, X-Forwarded-For is ignored
 * and the socket peer is the client. With trusted proxies, and only when the
 * peer is one of them, walk X-Forwarded-For from the right and take the first
 * entry that is not a trusted proxy (entries to its left were written by the
 * client and prove nothing). "unknown" only when the peer is not known at all.
 */
export function clientAddress(input: { peer: string | null | undefined; forwardedFor: string | null | undefined }, proxies: TrustedProxies): string {
  const peer = normaliseAddress(input.peer);
  if (!peer) return "unknown";
  if (proxies.empty || !isTrusted(peer, proxies)) return peer;
  const hops = (input.forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    // Garbage where an address should be: stop trusting the chain there.
    if (!hop) return peer;
    if (!isTrusted(hop, proxies)) return hop;
  }
  // Every hop is one of our proxies (e.g. a health check from nginx itself).
  return normaliseAddress(hops[0]) ?? peer;
}

/** True for 127.0.0.0/8 and ::1. */
export function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);
}

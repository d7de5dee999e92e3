// The client address of the current request, from the stamped socket peer
// and, behind TRUSTED_PROXIES only, X-Forwarded-For.
import { env } from "@/lib/env";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

type HeaderSource = { get(name: string): string | null };

export function clientIp(headers: HeaderSource): string {
  return clientAddress({ peer: headers.get(PEER_ADDRESS_HEADER), forwardedFor: headers.get("x-forwarded-for") }, env().trustedProxies);
}

import { isIP } from "node:net";

/**
 * Which forwarding hops in front of this server may be believed about the client's address,
 * from `TRUSTED_PROXY`: unset, none (the socket's peer is the client); a number, that many
 * proxies in front; otherwise a comma-separated list of the proxies' own addresses.
 */
export type TrustedProxy =
  { kind: "none" } | { kind: "hops"; count: number } | { kind: "addresses"; addresses: ReadonlySet<string> };

// `::ffff:10.0.0.1` is how a dual-stack socket reports the IPv4 peer `10.0.0.1`.
const normalize = (address: string) =>
  address
    .trim()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
    .toLowerCase();

export function parseTrustedProxy(value: string | undefined): TrustedProxy {
  const text = value?.trim() ?? "";
  if (text === "") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", count: Number(text) };
  const addresses = text.split(",").map(normalize);
  const invalid = addresses.find((address) => isIP(address) === 0);
  if (invalid !== undefined)
    throw new Error(
      `TRUSTED_PROXY 设置有误：“${invalid}”不是 IP 地址（应为代理的 IP 地址列表，用逗号分隔，或代理层数）。`,
    );
  return { kind: "addresses", addresses: new Set(addresses) };
}

/**
 * The address of the client behind a request. `X-Forwarded-For` is whatever the client
 * wrote, except for the entries that trusted proxies appended: read from the right, past the
 * trusted hops only. Without TRUSTED_PROXY the header is ignored entirely.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxy,
): string {
  const socketPeer = normalize(peer ?? "") || "unknown";
  if (trusted.kind === "none") return socketPeer;
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map(normalize)
    .filter(Boolean);
  // Nearest hop last: the socket's peer, then whoever it says it forwarded for, and so on.
  const chain = [...forwarded, socketPeer];
  if (trusted.kind === "hops") return chain[Math.max(0, chain.length - 1 - trusted.count)];
  let index = chain.length - 1;
  while (index > 0 && trusted.addresses.has(chain[index])) index--;
  return chain[index];
}

import ipaddr from 'ipaddr.js';

/**
 * Which resolved addresses Newsdesk may fetch from. By default only public unicast addresses:
 * no loopback, private, link-local (where cloud metadata lives), carrier-grade NAT, multicast,
 * reserved or unspecified ranges, including their IPv4-mapped, NAT64 and 6to4 IPv6 forms.
 * Allowing private addresses (local testing) still refuses link-local and metadata endpoints:
 * nothing a journalist reads lives there.
 */

const LOCAL_TESTING_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat']);
const CLOUD_METADATA = new Set(['100.100.100.200', 'fd00:ec2::254'].map((address) => ipaddr.parse(address).toNormalizedString()));
// Deprecated IPv4-compatible IPv6 (::a.b.c.d) reaches IPv4 hosts on some stacks; ipaddr.js calls it unicast.
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

export type AddressPolicy = (address: string) => boolean;

export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return (address) => {
    let parsed: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      parsed = ipaddr.process(address);
    } catch {
      return false;
    }
    if (CLOUD_METADATA.has(parsed.toNormalizedString())) return false;
    const range = parsed.range();
    if (range === 'unicast') return !(parsed instanceof ipaddr.IPv6 && parsed.match(IPV4_COMPATIBLE));
    return allowPrivate && LOCAL_TESTING_RANGES.has(range);
  };
}

import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * The key a client address is counted under: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64, which
 * one household or server gets whole, so that walking through its addresses does not escape a limit.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The key an e-mail address (normalised) is counted under: a hash, so Redis holds no addresses. */
export function addressKey(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}

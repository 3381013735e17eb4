import type { Request } from 'express';
import { clientAddress } from './client-address';

const requestFrom = (ip: string | undefined, socketAddress?: string) =>
  ({ ip, socket: { remoteAddress: socketAddress } }) as unknown as Request;

describe('clientAddress', () => {
  it('counts an IPv4 client by its address, also when it arrives mapped into IPv6', () => {
    expect(clientAddress(requestFrom('192.0.2.7'))).toBe('192.0.2.7');
    expect(clientAddress(requestFrom('::ffff:192.0.2.7'))).toBe('192.0.2.7');
  });

  it('counts an IPv6 client by its /64 network, so rotating addresses within it does not help', () => {
    expect(clientAddress(requestFrom('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(requestFrom('2001:db8:1:2:bbbb:cccc:dddd:eeee'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(requestFrom('2001:db8:1:3::1'))).toBe('2001:db8:1:3::/64');
  });

  it('falls back to the socket address', () => {
    expect(clientAddress(requestFrom(undefined, '127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddress(requestFrom(undefined, undefined))).toBe('unknown');
  });
});

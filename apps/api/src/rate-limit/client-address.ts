import type { Request } from 'express';
import ipaddr from 'ipaddr.js';

/**
 * Who a per-address limit counts: the socket's address, or the client a trusted proxy names in
 * X-Forwarded-For (Express's `trust proxy`, from TRUSTED_PROXIES). An IPv6 client is counted by its
 * /64 network, which one subscriber gets whole, so rotating through it does not escape the limit.
 */
export function clientAddress(req: Request): string {
  const raw = req.ip ?? req.socket.remoteAddress ?? '';
  if (!ipaddr.isValid(raw)) return raw || 'unknown';
  const address = ipaddr.process(raw);
  if (address.kind() === 'ipv4') return address.toString();
  const network = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${network.join(':')}::/64`;
}

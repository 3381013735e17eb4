import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';

/** The addresses a host name resolves to; tests give their own. */
export type HostResolver = (hostname: string) => Promise<string[]>;
export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true })).map((entry) => entry.address);

/** A response larger than this is not read further: that it answered is all the check wants. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
const TIMEOUT_MS = 5000;

/**
 * Whether a URL answers, without letting a file make the server reach inside its own network: the
 * host must resolve to public addresses only, and the request goes to the address that was vetted
 * (so a second, different DNS answer cannot redirect it). Redirects are not followed.
 */
export async function checkUrlAnswers(
  url: string,
  resolve: HostResolver,
  /** Which addresses may be reached: public ones; a test of the size cap allows its own server. */
  allowed: (address: string) => boolean = isPublicAddress,
): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return `'${url}' not reachable: not a URL`;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return `'${url}' not reachable: only http and https are checked`;
  const hostname = target.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(hostname) ? [hostname] : await resolve(hostname);
  } catch {
    return `'${url}' not reachable: the host name does not resolve`;
  }
  if (addresses.length === 0 || !addresses.every(allowed))
    return `'${url}' not reachable: it points at a private or loopback address`;
  const status = await requestStatus(target, addresses[0]).catch((error: Error) => error.message);
  if (typeof status === 'string') return `'${url}' not reachable: ${status}`;
  return status >= 400 ? `'${url}' not reachable: HTTP status ${status}` : null;
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

function requestStatus(target: URL, address: string): Promise<number> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'GET',
        timeout: TIMEOUT_MS,
        headers: { 'user-agent': 'Lokomotiv publiccode.yml check', accept: '*/*' },
        lookup: (_host, _options, callback) =>
          callback(null, [{ address, family: address.includes(':') ? 6 : 4 }] as never, undefined as never),
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on('close', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in time')));
    req.on('error', reject);
    req.end();
  });
}

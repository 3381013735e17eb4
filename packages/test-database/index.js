// Plain CommonJS with its types in index.d.ts, so that both the api's jest (TypeScript) and the
// web's end-to-end server (a Node ES module) use it as it is, with no build step.
const { Client } = require('pg');

/** @type {import('./index').testDatabaseServer} */
async function testDatabaseServer(startEmbedded) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return startEmbedded();
}

/** @type {import('./index').databaseUrl} */
function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  url.searchParams.set('options', '-c synchronous_commit=off');
  return url.toString();
}

/** @type {import('./index').adminQuery} */
async function adminQuery(serverUrl, sql) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** @type {import('./index').createDatabase} */
async function createDatabase(serverUrl, name, { template } = {}) {
  const sql = `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, sql);
      return databaseUrl(serverUrl, name);
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('is being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** @type {import('./index').dropDatabase} */
function dropDatabase(serverUrl, name) {
  return adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

module.exports = { testDatabaseServer, databaseUrl, adminQuery, createDatabase, dropDatabase };

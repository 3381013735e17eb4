import { Client } from 'pg';
import { findFreePort } from '../src/database/embedded-database';
import { migrations } from '../src/database/migrations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { referenceOrganizations } from '../src/seed/reference-organizations';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { createEmptyDatabase } from './support/migrated-schema';
import { type RoundRobinProxy, startRoundRobinProxy, UPSTREAM_HEADER } from './support/round-robin-proxy';
import { GENEROUS_RATE_LIMITS, type GraphQLResult, TEST_JWT_SECRET } from './support/test-app';
import { testServerFromEnv } from './support/test-database';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
/** Guesses per account and address; a small number keeps the test short. */
const LOGIN_GUESSES = 3;

interface Answer<T> {
  body: GraphQLResult<T>;
  /** The port of the replica that answered. */
  upstream: string;
}

/**
 * Two api processes on one database behind a round-robin reverse proxy, as docker-compose.yml runs
 * them: they share the database, the outboxes, the rate-limit counts and the sessions.
 */
describe('two api replicas behind a reverse proxy', () => {
  let database: { url: string; drop(): Promise<void> };
  let replicas: ApiProcess[] = [];
  let proxy: RoundRobinProxy;
  let db: Client;

  const through = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { token, address }: { token?: string; address?: string } = {},
  ): Promise<Answer<T>> => {
    const response = await fetch(proxy.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(address ? { 'x-forwarded-for': address } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      body: (await response.json()) as GraphQLResult<T>,
      upstream: response.headers.get(UPSTREAM_HEADER) ?? '',
    };
  };
  const reasonOf = (answer: Answer<unknown>) => answer.body.errors?.[0]?.extensions?.reason ?? 'OK';
  const rows = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];

  beforeAll(async () => {
    database = await createEmptyDatabase(testServerFromEnv().adminUrl);
    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: 'true',
      RATE_LIMITS: GENEROUS_RATE_LIMITS,
      LOGIN_GUESSES: `${LOGIN_GUESSES}/900`,
    };
    const ports = [await findFreePort(), await findFreePort()];
    // Both at the same moment, on an empty database: each migrates and seeds, one after the other.
    const started = await Promise.allSettled(ports.map((port) => startApiProcess(port, env)));
    replicas = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    expect(
      started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started')),
    ).toEqual(['started', 'started']);
    proxy = await startRoundRobinProxy(ports);
    db = new Client({ connectionString: database.url });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await proxy?.close();
    await Promise.all(replicas.map((replica) => replica.stop()));
    await database?.drop();
  }, 60_000);

  it('start together on an empty database, which is migrated once and seeded once', async () => {
    const ran = await rows<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(ran.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
    const [{ users, demo }] = await rows<{ users: number; demo: number }>(
      'SELECT count(*)::int AS users, count(DISTINCT email)::int AS demo FROM users WHERE email = ANY($1)',
      [DEMO_ACCOUNTS.map((account) => account.email)],
    );
    expect({ users, demo }).toEqual({ users: DEMO_ACCOUNTS.length, demo: DEMO_ACCOUNTS.length });
    const [{ municipal }] = await rows<{ municipal: number }>(
      'SELECT count(*)::int AS municipal FROM organizations WHERE municipality_number IS NOT NULL OR county_number IS NOT NULL',
    );
    expect(municipal).toBe(referenceOrganizations().length);
    const [{ needs, titles }] = await rows<{ needs: number; titles: number }>(
      'SELECT count(*)::int AS needs, count(DISTINCT title)::int AS titles FROM needs',
    );
    expect(needs).toBeGreaterThan(0);
    expect(needs).toBe(titles);
  });

  it('take turns behind the proxy: a login made through one is valid on the other, and so is its logout', async () => {
    const email = DEMO_ACCOUNTS[1].email;
    const login = await through<{ login: { token: string } }>(LOGIN, { email, password: DEMO_PASSWORD });
    const token = login.body.data?.login.token as string;
    expect(token).toEqual(expect.any(String));
    const me = await through<{ me: { email: string } | null }>('{ me { email } }', {}, { token });
    expect(me.upstream).not.toBe(login.upstream);
    expect(me.body.data?.me?.email).toBe(email);

    const logout = await through<{ logout: boolean }>('mutation { logout }', {}, { token });
    expect(logout.body.data?.logout).toBe(true);
    const after = await through<{ me: unknown }>('{ me { email } }', {}, { token });
    expect(after.upstream).not.toBe(logout.upstream);
    expect(after.body.data?.me).toBeNull();
  });

  it('count password guesses spread over both together', async () => {
    const email = DEMO_ACCOUNTS[2].email;
    const answers: Answer<unknown>[] = [];
    for (let i = 0; i < LOGIN_GUESSES + 3; i++) {
      answers.push(await through(LOGIN, { email, password: `wrong-${i}` }, { address: '203.0.113.77' }));
    }
    expect(new Set(answers.map((answer) => answer.upstream)).size).toBe(2);
    expect(answers.map(reasonOf)).toEqual([
      ...Array(LOGIN_GUESSES).fill('WRONG_CREDENTIALS'),
      ...Array(3).fill('TOO_MANY_LOGIN_ATTEMPTS'),
    ]);
    const owner = await through(LOGIN, { email, password: DEMO_PASSWORD }, { address: '198.51.100.77' });
    expect(reasonOf(owner)).toBe('OK');
  });

  it('fan an outbox event written through either out exactly once', async () => {
    const [need] = await rows<{ id: string; owner_id: string }>(
      // A need whose owner has accounts to tell: demo needs are created together, so ids decide the order.
      `SELECT n.id, n.owner_id FROM needs n
       WHERE EXISTS (SELECT 1 FROM users u WHERE u.organization_id = n.owner_id)
       ORDER BY n.created_at, n.id LIMIT 1`,
    );
    // The supplier's account: no member of any need's owner.
    const asker = DEMO_ACCOUNTS.find(
      (account) => account.organization === 'startup',
    ) as (typeof DEMO_ACCOUNTS)[number];
    const [{ id: askerId }] = await rows<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      asker.email,
    ]);
    const login = await through<{ login: { token: string } }>(LOGIN, {
      email: asker.email,
      password: DEMO_PASSWORD,
    });
    const token = login.body.data?.login.token as string;
    const asked = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        through<{ askNeedQuestion: { id: string } }>(
          'mutation ($needId: ID!, $q: String!) { askNeedQuestion(needId: $needId, question: $q) { id } }',
          { needId: need.id, q: `Spørsmål ${i} gjennom to replikaer?` },
          { token },
        ),
      ),
    );
    expect(new Set(asked.map((answer) => answer.upstream)).size).toBe(2);
    const keys = asked.map((answer) => `NEW_NEED_QUESTION:${answer.body.data?.askNeedQuestion.id}`);
    await waitFor(async () => {
      const [{ pending }] = await rows<{ pending: number }>(
        'SELECT count(*)::int AS pending FROM notification_outbox WHERE event_key = ANY($1) AND processed_at IS NULL',
        [keys],
      );
      return pending === 0;
    });
    const audience = await rows<{ id: string }>(
      'SELECT id FROM users WHERE organization_id = $1 AND id <> $2 ORDER BY id',
      [need.owner_id, askerId],
    );
    expect(audience.length).toBeGreaterThan(0);
    const outbox = await rows<{ attempts: number }>(
      'SELECT attempts FROM notification_outbox WHERE event_key = ANY($1)',
      [keys],
    );
    expect(outbox).toEqual(keys.map(() => ({ attempts: 0 })));
    const notified = await rows<{ event_key: string; user_id: string }>(
      'SELECT event_key, user_id FROM notifications WHERE event_key = ANY($1) ORDER BY event_key, user_id',
      [keys],
    );
    expect(notified).toEqual(
      [...keys].sort().flatMap((key) => audience.map((user) => ({ event_key: key, user_id: user.id }))),
    );
  }, 90_000);
});

async function waitFor(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

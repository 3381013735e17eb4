import { PostgresRateLimitStore } from '../src/rate-limit/postgres-rate-limit-store';
import { RateLimitStore } from '../src/rate-limit/rate-limit-store';
import { type HttpResult, TEST_PASSWORD, TestApp } from './support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}`;
const ME = '{ me { id } }';

const reasonOf = (result: HttpResult) => result.body.errors?.[0]?.extensions?.reason ?? 'SIGNED_IN';
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

async function accountIn(api: TestApp): Promise<string> {
  const email = `owner-${crypto.randomUUID()}@kommune.test`;
  await api.createUser(await api.createOrganization(), { email });
  return email;
}

describe('login guessing', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  const login = (email: string, password: string, address: string, app = api) =>
    app.post(LOGIN, { email, password }, from(address));

  it('checks at most 10 of 40 concurrent wrong passwords, then refuses the right one with 429 and a wait', async () => {
    const email = await accountIn(api);
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(email, `wrong-guess-${i}`, '203.0.113.10')),
    );
    const reasons = guesses.map(reasonOf);
    // Fewer than ten when the first failures' pauses already turn later guesses away unchecked.
    const checked = reasons.filter((reason) => reason === 'WRONG_CREDENTIALS').length;
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(checked).toBeLessThanOrEqual(10);
    expect(reasons.filter((reason) => reason === 'TOO_MANY_LOGIN_ATTEMPTS')).toHaveLength(40 - checked);

    const right = await login(email, TEST_PASSWORD, '203.0.113.10');
    expect(right.status).toBe(429);
    expect(right.body.data).toBeNull();
    const [error] = right.body.errors ?? [];
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_LOGIN_ATTEMPTS' });
    expect(error.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.extensions?.params?.retryAfterSeconds).toBe(error.extensions?.retryAfterSeconds);
    expect(Number(right.headers.get('retry-after'))).toBe(error.extensions?.retryAfterSeconds);
  });

  it('never locks the owner out from another address', async () => {
    const email = await accountIn(api);
    await Promise.all(Array.from({ length: 20 }, () => login(email, 'wrong-guess', '203.0.113.20')));
    expect(reasonOf(await login(email, TEST_PASSWORD, '203.0.113.20'))).toBe('TOO_MANY_LOGIN_ATTEMPTS');

    const owner = await login(email, TEST_PASSWORD, '198.51.100.7');
    expect(owner.status).toBe(200);
    const token = (owner.body.data as { login: { token: string } }).login.token;
    expect((await api.gqlOk<{ me: unknown }>(ME, {}, token)).me).not.toBeNull();
  });

  it('spaces guesses with growing pauses after the second failure', async () => {
    const email = await accountIn(api);
    const address = '203.0.113.30';
    const tries: string[] = [];
    const waits: unknown[] = [];
    const attempt = async (password: string) => {
      const result = await login(email, password, address);
      tries.push(reasonOf(result));
      waits.push(result.body.errors?.[0]?.extensions?.retryAfterSeconds);
    };
    await attempt('wrong-one');
    await attempt('wrong-two');
    await attempt('wrong-three');
    await attempt(TEST_PASSWORD); // 1 s pause after the third failure
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await attempt('wrong-four');
    await attempt(TEST_PASSWORD); // 2 s pause after the fourth
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await attempt(TEST_PASSWORD);
    expect(tries).toEqual([
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
      'TOO_MANY_LOGIN_ATTEMPTS',
      'WRONG_CREDENTIALS',
      'TOO_MANY_LOGIN_ATTEMPTS',
      'SIGNED_IN',
    ]);
    expect(waits[3]).toBe(1);
    expect(waits[5]).toBe(2);
  });

  it('starts counting afresh after a successful login', async () => {
    const email = await accountIn(api);
    await login(email, 'wrong-one', '203.0.113.40');
    await login(email, 'wrong-two', '203.0.113.40');
    expect(reasonOf(await login(email, TEST_PASSWORD, '203.0.113.40'))).toBe('SIGNED_IN');
    expect(reasonOf(await login(email, 'wrong-three', '203.0.113.40'))).toBe('WRONG_CREDENTIALS');
    expect(reasonOf(await login(email, 'wrong-four', '203.0.113.40'))).toBe('WRONG_CREDENTIALS');
    expect(reasonOf(await login(email, TEST_PASSWORD, '203.0.113.40'))).toBe('SIGNED_IN');
  });

  it('shares the count between replicas on one database', async () => {
    const replica = await api.replica();
    try {
      const email = await accountIn(api);
      await login(email, 'wrong-one', '203.0.113.50', api);
      await login(email, 'wrong-two', '203.0.113.50', api);
      expect(reasonOf(await login(email, 'wrong-three', '203.0.113.50', replica))).toBe('WRONG_CREDENTIALS');
      // The replica's third failure pauses the pair on both.
      expect(reasonOf(await login(email, TEST_PASSWORD, '203.0.113.50', api))).toBe(
        'TOO_MANY_LOGIN_ATTEMPTS',
      );
    } finally {
      await replica.stop();
    }
  });
});

describe('login guessing, at a limit of 3', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start({ LOGIN_GUESSES: '3/900' });
  });
  afterAll(() => api.stop());

  it('checks exactly 3 of 40 wrong passwords sent at once to two replicas, and locks the pair for the window', async () => {
    const replica = await api.replica();
    try {
      const email = await accountIn(api);
      const guesses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? replica : api).post(LOGIN, { email, password: `wrong-${i}` }, from('203.0.113.60')),
        ),
      );
      expect(guesses.map(reasonOf).filter((reason) => reason === 'WRONG_CREDENTIALS')).toHaveLength(3);
      const right = await replica.post(LOGIN, { email, password: TEST_PASSWORD }, from('203.0.113.60'));
      expect(reasonOf(right)).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      // The last guess locks the pair for a whole window from then on.
      expect(right.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(890);
      expect(right.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(900);
    } finally {
      await replica.stop();
    }
  });
});

describe('login guessing, counted in the database', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start({ LOGIN_GUESSES: '10/1' });
  });
  afterAll(() => api.stop());

  it('keeps nothing per email in the process: one hashed row per account and address, pruned once its window ends', async () => {
    const emails = Array.from({ length: 30 }, (_, i) => `nobody-${i}-${crypto.randomUUID()}@kommune.test`);
    await Promise.all(emails.map((email) => api.post(LOGIN, { email, password: 'wrong-guess' })));
    const rows = (await api.dataSource.query(
      "SELECT key FROM rate_limits WHERE key LIKE 'login-guesses:%'",
    )) as { key: string }[];
    expect(rows).toHaveLength(30);
    expect(rows.every(({ key }) => !key.includes('@') && key.length < 70)).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const store = api.app.get(RateLimitStore) as PostgresRateLimitStore;
    expect(await store.prune()).toBeGreaterThanOrEqual(30);
    expect(await api.count('rate_limits', "key LIKE 'login-guesses:%'")).toBe(0);
  });
});

describe('client address behind proxies', () => {
  it('takes X-Forwarded-For only from a trusted proxy', async () => {
    const trusting = await TestApp.start({ RATE_LIMITS: 'login.address=2/3600' });
    const untrusting = await TestApp.start({ RATE_LIMITS: 'login.address=2/3600', TRUSTED_PROXIES: 'none' });
    try {
      const logins = (app: TestApp) =>
        Promise.all(
          ['192.0.2.1', '192.0.2.2', '192.0.2.3'].map(async (address) =>
            reasonOf(
              await app.post(LOGIN, { email: 'nobody@kommune.test', password: 'wrong-guess' }, from(address)),
            ),
          ),
        );
      // Loopback is trusted by default: three clients behind the proxy, each within its limit.
      expect(await logins(trusting)).toEqual(['WRONG_CREDENTIALS', 'WRONG_CREDENTIALS', 'WRONG_CREDENTIALS']);
      // Trusting no proxy, the header is the caller's word: all three are the socket's address.
      expect((await logins(untrusting)).sort()).toEqual([
        'RATE_LIMITED',
        'WRONG_CREDENTIALS',
        'WRONG_CREDENTIALS',
      ]);
    } finally {
      await Promise.all([trusting.stop(), untrusting.stop()]);
    }
  });
});

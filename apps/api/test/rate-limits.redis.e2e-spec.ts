import Redis from 'ioredis';
import { TEST_REDIS_ENV } from './support/local-redis';
import { fakeOrganizationNumber, type HttpResult, TEST_PASSWORD, TestApp } from './support/test-app';

const redisUrl = process.env[TEST_REDIS_ENV];
const title = redisUrl
  ? 'rate limits in Redis'
  : 'rate limits in Redis, skipped: REDIS_URL is not set and no Redis answers at 127.0.0.1:6379';
if (!redisUrl) console.warn(title);

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const REGISTER = `mutation ($organizationNumber: String!, $email: String!) {
  registerCompany(name: "Fjordtech AS", organizationNumber: $organizationNumber, email: $email,
    password: "a-long-enough-password", userName: "Gründer") { token }
}`;

const reasonOf = (result: HttpResult) => result.body.errors?.[0]?.extensions?.reason ?? 'DONE';
/** A documentation-range IPv6 network of its own per run, so counts left in Redis by earlier runs do not matter. */
const randomAddress = () =>
  `2001:db8:${Array.from({ length: 3 }, () => Math.floor(Math.random() * 0xffff).toString(16)).join(':')}::1`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

/** Runs only against a real Redis (REDIS_URL, or a local one); reported as skipped otherwise. */
(redisUrl ? describe : describe.skip)(title, () => {
  let api: TestApp;
  let replica: TestApp;
  let redis: Redis;
  beforeAll(async () => {
    api = await TestApp.start({
      REDIS_URL: redisUrl ?? '',
      LOGIN_GUESSES: '3/900',
      RATE_LIMITS: 'registerCompany.address=2/3600',
    });
    replica = await api.replica();
    redis = new Redis(redisUrl ?? '');
  });
  afterAll(async () => {
    await redis.quit();
    await replica.stop();
    await api.stop();
  });

  it('checks exactly 3 of 40 wrong passwords sent at once to two replicas, and still lets the owner in from elsewhere', async () => {
    const email = `owner-${crypto.randomUUID()}@kommune.test`;
    await api.createUser(await api.createOrganization(), { email });
    const address = randomAddress();
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? replica : api).post(LOGIN, { email, password: `wrong-${i}` }, from(address)),
      ),
    );
    expect(guesses.map(reasonOf).filter((reason) => reason === 'WRONG_CREDENTIALS')).toHaveLength(3);
    const right = await api.post(LOGIN, { email, password: TEST_PASSWORD }, from(address));
    expect([right.status, reasonOf(right)]).toEqual([429, 'TOO_MANY_LOGIN_ATTEMPTS']);
    expect(
      reasonOf(await replica.post(LOGIN, { email, password: TEST_PASSWORD }, from(randomAddress()))),
    ).toBe('DONE');
  });

  it('counts mutations per address across replicas, in Redis and not in the database', async () => {
    const address = randomAddress();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        (i % 2 ? replica : api).post(
          REGISTER,
          {
            organizationNumber: fakeOrganizationNumber(),
            email: `founder-${crypto.randomUUID()}@startup.test`,
          },
          from(address),
        ),
      ),
    );
    expect(results.map(reasonOf).filter((reason) => reason === 'DONE')).toHaveLength(2);
    const network = `${address.split(':').slice(0, 4).join(':')}::/64`;
    expect(await redis.get(`lokomotiv:mutation:registerCompany:address:${network}`)).toBe('5');
    expect(await api.count('rate_limits')).toBe(0);
  });
});

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULT_QUERY_LIMITS } from '../src/config/query-limits';
import { errorCode, errorReason, TestApp } from './support/test-app';

const MAX_QUERY_DEPTH = DEFAULT_QUERY_LIMITS.maxDepth;

describe('query limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  /** solutions → items → adoptions → solution → adoptions → … nested `levels` deep. */
  function nestedQuery(levels: number): string {
    let selection = 'id';
    for (let i = 0; i < levels; i++)
      selection = i % 2 ? `solution { id ${selection} }` : `adoptions(limit: 1) { id ${selection} }`;
    return `{ solutions(limit: 1) { items { ${selection} } } }`;
  }

  it('answers a query within the depth limit', async () => {
    expect((await api.gql(nestedQuery(MAX_QUERY_DEPTH - 3))).errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit before running it', async () => {
    const result = await api.gql(nestedQuery(MAX_QUERY_DEPTH + 2));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/nested \d+ levels deep/);
  });

  it('refuses a query that selects too many fields through aliases', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: serviceAreas { id }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`);
    expect(errorReason(result)).toBe('QUERY_TOO_LARGE');
    expect(result.errors?.[0].message).toMatch(/selects more than \d+ fields/);
  });
});

describe('documents that would make validation slow', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  /** 80,000 duplicated fields (880 KB): graphql-js's overlapping-fields rule is quadratic in them. */
  const repeatedTypename = `{ ${'__typename '.repeat(80_000)}}`;
  /** 23 fragments, each spreading the next twice (896 bytes): 2^22 fields once expanded. */
  const doublingFragments = [
    'query { ...F0 }',
    ...Array.from({ length: 22 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
    'fragment F22 on Query { __typename }',
  ].join('\n');

  it.each([
    ['80,000 repeated fields', repeatedTypename, 'QUERY_TOO_LARGE'],
    ['fragments that double at every level', doublingFragments, 'QUERY_TOO_LARGE'],
  ])(
    'refuses %s at once while other requests are answered',
    async (_, hostile, reason) => {
      // The api runs in this process: a blocked event loop shows here, however loaded the machine is.
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const started = Date.now();
      const [refused, normal] = await Promise.all([
        api.post(hostile).then((result) => ({ ...result, ms: Date.now() - started })),
        api.gql<{ serviceAreas: unknown[] }>('{ serviceAreas { id } }'),
      ]);
      loop.disable();
      expect(refused.status).toBe(400);
      expect(errorReason(refused.body)).toBe(reason);
      expect(refused.body.errors?.[0].extensions?.params?.max).toEqual(expect.any(Number));
      expect(loop.max / 1e6).toBeLessThan(1000);
      expect(refused.ms).toBeLessThan(5000);
      expect(normal.data?.serviceAreas.length).toBeGreaterThan(0);
    },
    20_000,
  );

  it('still validates a document under the limits as before', async () => {
    const result = await api.gql('{ ...F } fragment F on Query { __typename nope }');
    expect(errorReason(result)).toBe('INVALID_QUERY');
  });
});

describe('HTTP hardening', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  it('sends a content security policy and no-sniff on every response', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serviceAreas { id } }' }),
    });
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('compresses large responses for clients that accept gzip', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({
        query: '{ organizations(limit: 100) { items { id name organizationNumber } } }',
      }),
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).data.organizations.items).toHaveLength(100);
  });

  it('refuses a request a cross-site page could send without a preflight (CSRF)', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ serviceAreas { id } }')}`, {
      method: 'GET',
    });
    expect(response.status).toBe(400);
  });
});

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

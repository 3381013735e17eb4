import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { webPath } from '../src/common/web-paths';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { createNotice } from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import { TestApp, type TestUser } from './support/test-app';

const PUBLIC_URL = 'https://lokomotiv.example.no';
const SAVE_SEARCH = 'mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id feedUrl } }';

/** A GET with headers fetch() will not send (Host). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolveGet, reject) => {
    request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => api.stop());

  it('refuses introspection and gives no "Did you mean" hints', async () => {
    const introspection = await api.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    expect(introspection.data ?? undefined).toBeUndefined();
    const misspelt = await api.gql('{ solutio(id: "1") { id } }');
    expect(misspelt.errors?.[0]?.extensions?.reason).toBe('INVALID_QUERY');
    expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean/);
  });

  it('sends HSTS, COOP and CORP, and no X-Powered-By', async () => {
    const { headers } = await api.post('{ __typename }');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

describe('introspection', () => {
  it('can be turned on in production with GRAPHQL_INTROSPECTION, and is on by default elsewhere', async () => {
    const envs: Record<string, string>[] = [{ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, {}];
    for (const env of envs) {
      const api = await TestApp.start(env);
      try {
        expect(
          (
            await api.gqlOk<{ __schema: { queryType: { name: string } } }>(
              '{ __schema { queryType { name } } }',
            )
          ).__schema.queryType.name,
        ).toBe('Query');
        expect(JSON.stringify((await api.gql('{ solutio(id: "1") { id } }')).errors)).toMatch(/Did you mean/);
      } finally {
        await api.stop();
      }
    }
  });
});

describe('links in feeds', () => {
  let api: TestApp;
  let buyer: TestUser;
  beforeAll(async () => {
    api = await TestApp.start({ PUBLIC_URL: `${PUBLIC_URL}/` });
    buyer = await api.createMember(OrganizationKind.MUNICIPALITY);
  });
  afterAll(() => api.stop());

  it('come from PUBLIC_URL whatever Host the client sends, and a notice links to its page in the web app', async () => {
    const follower = await api.createMember(OrganizationKind.COMPANY);
    const { saveSearch } = await api.gqlOk<{ saveSearch: { feedUrl: string } }>(
      SAVE_SEARCH,
      { input: { query: 'tunnelvask' } },
      follower.token,
    );
    expect(saveSearch.feedUrl).toMatch(new RegExp(`^${PUBLIC_URL}/feeds/saved-searches/[\\w-]{43}\\.atom$`));
    const notice = await createNotice(api, buyer, { title: 'Tunnelvask med roboter' });
    await notificationsDelivered(api);

    const feed = await get(new URL(new URL(saveSearch.feedUrl).pathname, api.url).href, {
      Host: 'evil.example',
    });
    expect(feed.status).toBe(200);
    expect(feed.body).not.toContain('evil.example');
    const links = [...feed.body.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toContain(saveSearch.feedUrl);
    expect(links).toContain(`${PUBLIC_URL}/anbud/${notice.id}`);
    expect(links.every((link) => link.startsWith(PUBLIC_URL))).toBe(true);
  });

  it("link a notice to a path the web app routes to the notice's page", () => {
    const routes = readFileSync(resolve(__dirname, '../../web/src/app/routes.tsx'), 'utf8');
    expect(routes).toMatch(/page\(ROUTES\.notice, \(\) => import\('[^']+\/NoticePage'\), 'NoticePage'\)/);
    expect(webPath('notice', 'x')).toBe('/anbud/x');
  });
});

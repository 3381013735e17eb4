import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import { createNeed } from './support/marketplace';
import { notificationsDelivered } from './support/search-helpers';
import { fakeOrganizationNumber, type HttpResult, TestApp, type TestUser } from './support/test-app';

const ASK = `mutation ($needId: ID!, $question: String!) { askNeedQuestion(needId: $needId, question: $question) { id } }`;
const REGISTER = `mutation ($organizationNumber: String!, $email: String!) {
  registerCompany(name: "Fjordtech AS", organizationNumber: $organizationNumber, email: $email,
    password: "a-long-enough-password", userName: "Gründer") { token }
}`;
const FOLLOW = 'mutation ($needId: ID!) { followNeed(needId: $needId) { id } }';

const reasonOf = (result: HttpResult) => result.body.errors?.[0]?.extensions?.reason ?? 'DONE';
const from = (address: string, token?: string) => ({ token, headers: { 'x-forwarded-for': address } });
const registration = () => ({
  organizationNumber: fakeOrganizationNumber(),
  email: `founder-${crypto.randomUUID()}@startup.test`,
});

describe('mutation rate limits', () => {
  let api: TestApp;
  let owner: TestUser;
  beforeAll(async () => {
    api = await TestApp.start({
      RATE_LIMITS: [
        'askNeedQuestion.account=5/600',
        'askNeedQuestion.address=8/600',
        'registerCompany.address=3/3600',
        'default.account=4/60',
        'default.address=1000/60',
        'createNeed.account=1000/60',
      ].join(','),
    });
    owner = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
    // Members of the owner's organisation are told of every question.
    for (let i = 0; i < 9; i++) await api.createUser(owner.organizationId);
  });
  afterAll(() => api.stop());

  const notificationsOf = (organizationId: string) =>
    api.count('notifications n JOIN users u ON u.id = n.user_id', 'u.organization_id = $1', [organizationId]);

  it('lets one account ask 5 of 30 questions sent at once; the others get 429 and notify no one', async () => {
    const need = await createNeed(api, owner);
    const asker = await api.createMember(OrganizationKind.COMPANY);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.post(ASK, { needId: need.id, question: `Spørsmål ${i}?` }, from(`192.0.2.${i + 1}`, asker.token)),
      ),
    );
    expect(results.filter((result) => reasonOf(result) === 'DONE')).toHaveLength(5);
    const refused = results.filter((result) => reasonOf(result) === 'RATE_LIMITED');
    expect(refused).toHaveLength(25);
    for (const result of refused) {
      expect(result.status).toBe(429);
      expect(result.body.errors?.[0]?.extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        params: { operation: 'askNeedQuestion' },
      });
      expect(result.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(Number(result.headers.get('retry-after'))).toBe(
        result.body.errors?.[0]?.extensions?.retryAfterSeconds,
      );
    }
    expect(await api.count('need_questions', 'need_id = $1', [need.id])).toBe(5);
    await notificationsDelivered(api);
    expect(await notificationsOf(owner.organizationId)).toBe(5 * 10);
  });

  it('counts every alias: thirty questions in one request are refused whole, before any is stored', async () => {
    const need = await createNeed(api, owner);
    const asker = await api.createMember(OrganizationKind.COMPANY);
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `q${i}: askNeedQuestion(needId: $needId, question: "Nr ${i}?") { id }`,
    );
    const result = await api.post(
      `mutation ($needId: ID!) { ${aliases.join(' ')} }`,
      { needId: need.id },
      {
        token: asker.token,
      },
    );
    expect(result.status).toBe(429);
    expect(result.body.data).toBeUndefined();
    expect(reasonOf(result)).toBe('RATE_LIMITED');
    expect(await api.count('need_questions', 'need_id = $1', [need.id])).toBe(0);
  });

  it('limits an address across accounts', async () => {
    const need = await createNeed(api, owner);
    const askers = await Promise.all(
      Array.from({ length: 10 }, () => api.createMember(OrganizationKind.COMPANY)),
    );
    const results = await Promise.all(
      askers.map((asker, i) =>
        api.post(
          ASK,
          { needId: need.id, question: `Fra kontoret ${i}?` },
          from('198.51.100.20', asker.token),
        ),
      ),
    );
    expect(results.map(reasonOf).filter((reason) => reason === 'DONE')).toHaveLength(8);
    expect(await api.count('need_questions', 'need_id = $1', [need.id])).toBe(8);
  });

  it('lets an address register 3 companies an hour, and another address its own 3', async () => {
    const first = await Promise.all(
      Array.from({ length: 6 }, () => api.post(REGISTER, registration(), from('203.0.113.70'))),
    );
    expect(first.map(reasonOf).sort()).toEqual([
      'DONE',
      'DONE',
      'DONE',
      'RATE_LIMITED',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    expect(reasonOf(await api.post(REGISTER, registration(), from('203.0.113.71')))).toBe('DONE');
  });

  it('still says an email is taken, within the limit', async () => {
    const taken = registration();
    expect(reasonOf(await api.post(REGISTER, taken, from('203.0.113.80')))).toBe('DONE');
    const again = await api.post(REGISTER, { ...registration(), email: taken.email }, from('203.0.113.80'));
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('applies the default limit to every other mutation, per account, whatever the address', async () => {
    const need = await createNeed(api, owner);
    const follower = await api.createMember(OrganizationKind.COMPANY);
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await api.post(FOLLOW, { needId: need.id }, from(`192.0.2.${100 + i}`, follower.token)));
    expect(results.map(reasonOf)).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'RATE_LIMITED']);
    // Another account is counted apart.
    const other = await api.createMember(OrganizationKind.COMPANY);
    expect(reasonOf(await api.post(FOLLOW, { needId: need.id }, { token: other.token }))).toBe('DONE');
  });

  it('leaves queries alone', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api.post('{ me { id } }', {}, { token: owner.token })),
    );
    expect(results.every((result) => result.status === 200 && !result.body.errors)).toBe(true);
  });
});

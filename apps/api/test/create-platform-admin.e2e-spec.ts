import { createPlatformAdmin } from '../src/users/create-platform-admin';
import { fakeOrganizationNumber, TestApp } from './support/test-app';

describe('create-admin (the production bootstrap command)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  const env = (overrides: Record<string, string> = {}) => ({
    ADMIN_EMAIL: `root-${crypto.randomUUID()}@digdir.test`,
    ADMIN_NAME: 'Drift',
    ADMIN_PASSWORD: 'a-very-long-password',
    ADMIN_ORGANIZATION_NUMBER: fakeOrganizationNumber(),
    ADMIN_ORGANIZATION_NAME: 'Plattformdrift',
    ...overrides,
  });

  it('creates a platform admin in a new organisation who can then log in', async () => {
    const input = env();
    expect(await createPlatformAdmin(api.app, input)).toMatch(/Created platform admin/);
    const { login } = await api.gqlOk<{ login: { user: { isPlatformAdmin: boolean } } }>(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { isPlatformAdmin } } }',
      { e: input.ADMIN_EMAIL, p: input.ADMIN_PASSWORD },
    );
    expect(login.user.isPlatformAdmin).toBe(true);
  });

  it('names the bad variable and writes nothing', async () => {
    const before = await api.count('users');
    await expect(createPlatformAdmin(api.app, env({ ADMIN_PASSWORD: 'short' }))).rejects.toThrow(
      /^ADMIN_PASSWORD:/,
    );
    await expect(createPlatformAdmin(api.app, env({ ADMIN_ORGANIZATION_NUMBER: '123' }))).rejects.toThrow(
      /^ADMIN_ORGANIZATION_NUMBER:/,
    );
    expect(await api.count('users')).toBe(before);
  });
});

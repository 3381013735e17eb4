import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/users/role';
import { eventually } from './support/search-helpers';
import { SmtpCapture } from './support/smtp-capture';
import { errorCode, errorField, errorReason, TEST_PASSWORD, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://lokomotiv.example';
const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET = `mutation ($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) { token user { id mustChangePassword } }
}`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { mustChangePassword } } }`;
const SESSION_VALID = '{ sessionValid }';
const NEW_PASSWORD = 'a-much-better-passphrase';
const LINK = new RegExp(`${PUBLIC_URL}/nytt-passord\\?token=([A-Za-z0-9_-]+)`);

describe('password reset by e-mail', () => {
  let smtp: SmtpCapture;
  let api: TestApp;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    api = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL });
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
  });

  const account = async () => {
    const email = `reset-${crypto.randomUUID()}@kommune.test`;
    const user = await api.createUser(await api.createOrganization(), { email });
    return { ...user, email };
  };
  const linkTokenIn = async (email: string, count = 1) => {
    const mails = await eventually(async () => {
      const received = smtp.to(email);
      return received.length >= count ? received : undefined;
    });
    const mail = mails[count - 1];
    expect(mail.html).toContain('/nytt-passord?token=');
    return { mail, token: LINK.exec(mail.text ?? '')?.[1] ?? '' };
  };

  it('answers true whether or not the account exists, and mails a link only when it does', async () => {
    const user = await account();
    expect(await api.gqlOk(REQUEST, { email: 'nobody-here@kommune.test' })).toEqual({
      requestPasswordReset: true,
    });
    expect(await api.gqlOk(REQUEST, { email: user.email.toUpperCase() })).toEqual({
      requestPasswordReset: true,
    });
    const { mail, token } = await linkTokenIn(user.email);
    expect(mail.subject).toBe('Nytt passord i Lokomotiv');
    expect(mail.text).toContain('Lenken virker én gang, i 2 timer.');
    expect(token).toHaveLength(43);
    expect(await api.count('mail_outbox', "kind = 'PASSWORD_RESET'")).toBe(1);
    expect(await api.count('password_reset_tokens', 'token_hash = $1', [token])).toBe(0);
  });

  it('sets the new password once, ends every session and logs in anew', async () => {
    const user = await account();
    await api.gqlOk(REQUEST, { email: user.email });
    const { token } = await linkTokenIn(user.email);

    const weak = await api.gql(RESET, { token, newPassword: 'short' });
    expect(errorField(weak)).toBe('newPassword');
    expect(errorCode(await api.gql(SESSION_VALID, {}, user.token))).toBeUndefined();

    const reset = await api.gqlOk<{ resetPassword: { token: string; user: { id: string } } }>(RESET, {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.resetPassword.user.id).toBe(user.id);
    expect(errorCode(await api.gql(SESSION_VALID, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(await api.gqlOk(SESSION_VALID, {}, reset.resetPassword.token)).toEqual({ sessionValid: true });
    expect(errorCode(await api.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
    await api.gqlOk(LOGIN, { email: user.email, password: NEW_PASSWORD });

    const again = await api.gql(RESET, { token, newPassword: 'yet-another-passphrase' });
    expect(errorReason(again)).toBe('RESET_LINK_INVALID');
    expect(errorField(again)).toBe('token');
  });

  it('refuses an expired or made-up link, and ends the other links of the account', async () => {
    const user = await account();
    await api.gqlOk(REQUEST, { email: user.email });
    const first = await linkTokenIn(user.email, 1);
    await api.gqlOk(REQUEST, { email: user.email });
    const second = await linkTokenIn(user.email, 2);
    await api.dataSource.query(
      "UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND created_at = (SELECT min(created_at) FROM password_reset_tokens WHERE user_id = $1)",
      [user.id],
    );
    expect(errorReason(await api.gql(RESET, { token: first.token, newPassword: NEW_PASSWORD }))).toBe(
      'RESET_LINK_INVALID',
    );
    expect(errorReason(await api.gql(RESET, { token: 'made-up', newPassword: NEW_PASSWORD }))).toBe(
      'RESET_LINK_INVALID',
    );
    await api.gqlOk(RESET, { token: second.token, newPassword: NEW_PASSWORD });
  });

  it('mails one account at most three links an hour', async () => {
    const user = await account();
    for (let i = 0; i < 5; i++) await api.gqlOk(REQUEST, { email: user.email });
    await linkTokenIn(user.email, 3);
    expect(await api.count('password_reset_tokens', 'user_id = $1', [user.id])).toBe(3);
  });

  it('makes a user whose password an administrator set change it at first login', async () => {
    const organizationId = await api.createOrganization();
    const admin = await api.createUser(organizationId, { role: Role.ADMIN });
    const email = `ny-${crypto.randomUUID()}@kommune.test`;
    await api.gqlOk(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: { email, name: 'Ny Ansatt', role: 'MEMBER', password: 'temporary-passphrase', organizationId },
      },
      admin.token,
    );
    const login = await api.gqlOk<{ login: { token: string; user: { mustChangePassword: boolean } } }>(
      LOGIN,
      {
        email,
        password: 'temporary-passphrase',
      },
    );
    expect(login.login.user.mustChangePassword).toBe(true);
    await api.gqlOk(
      'mutation { changePassword(currentPassword: "temporary-passphrase", newPassword: "my-own-passphrase") }',
      {},
      login.login.token,
    );
    const me = await api.gqlOk<{ me: { mustChangePassword: boolean } }>(
      '{ me { mustChangePassword } }',
      {},
      login.login.token,
    );
    expect(me.me.mustChangePassword).toBe(false);
  });
});

describe('password reset without an SMTP server', () => {
  it('writes the mail as an .eml file under DATA_DIR/mail, and limits requests per address', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lokomotiv-mail-'));
    const api = await TestApp.start({ DATA_DIR: dataDir, PUBLIC_URL, RATE_LIMITS: 'login.address=100/900' });
    try {
      const email = `eml-${crypto.randomUUID()}@kommune.test`;
      await api.createUser(await api.createOrganization(), { email });
      await api.gqlOk(REQUEST, { email });
      const [file] = await eventually(async () => {
        const files = await readdir(join(dataDir, 'mail')).catch(() => []);
        return files.length ? files : undefined;
      });
      expect(file).toMatch(/\.eml$/);
      const eml = await readFile(join(dataDir, 'mail', file), 'utf8');
      expect(eml).toContain(`To: ${email}`);
      expect(eml).toMatch(/Message-ID: <reset\.[0-9a-f]{32}@lokomotiv\.example>/);
      for (let i = 0; i < 4; i++) await api.gqlOk(REQUEST, { email: 'nobody@kommune.test' });
      expect(errorCode(await api.gql(REQUEST, { email }))).toBe('TOO_MANY_REQUESTS');
    } finally {
      await api.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

import jwt from 'jsonwebtoken';
import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  errorCode,
  errorField,
  errorReason,
  fakeOrganizationNumber,
  TEST_JWT_SECRET,
  TEST_PASSWORD,
  TestApp,
} from './support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = '{ me { id } }';
const SESSION_VALID = '{ sessionValid }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}`;
const REGISTER = `mutation ($organizationNumber: String!, $email: String!, $password: String!) {
  registerCompany(name: "Fjordtech AS", organizationNumber: $organizationNumber, email: $email,
    password: $password, userName: "Gründer") { token }
}`;
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';

describe('sessions and passwords', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  async function signedIn() {
    const email = `user-${crypto.randomUUID()}@kommune.test`;
    const user = await api.createUser(await api.createOrganization(), { email });
    const logIn = async (password = TEST_PASSWORD) =>
      (await api.gqlOk<{ login: { token: string } }>(LOGIN, { email, password })).login.token;
    return { ...user, email, logIn };
  }
  const isSignedIn = async (token: string) => (await api.gqlOk<{ me: unknown }>(ME, {}, token)).me !== null;

  describe('logout', () => {
    it('ends its own token at once and leaves the user’s other sessions alone', async () => {
      const user = await signedIn();
      const [laptop, phone] = [await user.logIn(), await user.logIn()];
      expect(await api.gqlOk(LOGOUT, {}, laptop)).toEqual({ logout: true });
      expect(await isSignedIn(laptop)).toBe(false);
      expect(errorCode(await api.gql(SESSION_VALID, {}, laptop))).toBe('UNAUTHENTICATED');
      expect(await isSignedIn(phone)).toBe(true);
      expect(await api.count('sessions', 'user_id = $1', [user.id])).toBe(2); // the fixture's and the phone's
    });

    it('answers false without a live session', async () => {
      const user = await signedIn();
      const token = await user.logIn();
      await api.gqlOk(LOGOUT, {}, token);
      expect(await api.gqlOk(LOGOUT, {}, token)).toEqual({ logout: false });
      expect(await api.gqlOk(LOGOUT)).toEqual({ logout: false });
    });
  });

  describe('changePassword', () => {
    const NEW_PASSWORD = 'a-brand-new-passphrase';

    it('ends the user’s other sessions, keeps this one, and makes only the new password work', async () => {
      const user = await signedIn();
      const [here, elsewhere] = [await user.logIn(), await user.logIn()];
      expect(
        await api.gqlOk(CHANGE_PASSWORD, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, here),
      ).toEqual({ changePassword: true });
      expect(await isSignedIn(here)).toBe(true);
      expect(await isSignedIn(elsewhere)).toBe(false);
      expect(await isSignedIn(user.token)).toBe(false);
      expect(errorCode(await api.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await isSignedIn(await user.logIn(NEW_PASSWORD))).toBe(true);
    });

    it('names a wrong current password and a weak new one together, and changes nothing', async () => {
      const user = await signedIn();
      const other = await user.logIn();
      const result = await api.gql(
        CHANGE_PASSWORD,
        { currentPassword: 'not-my-password', newPassword: 'password1234' },
        user.token,
      );
      expect(result.errors?.map((error) => [error.extensions?.field, error.extensions?.reason])).toEqual([
        ['newPassword', 'PASSWORD_TOO_COMMON'],
        ['currentPassword', 'WRONG_CURRENT_PASSWORD'],
      ]);
      expect(await isSignedIn(other)).toBe(true);
      expect(await isSignedIn(await user.logIn(TEST_PASSWORD))).toBe(true);
    });

    it('needs a session', async () => {
      const result = await api.gql(CHANGE_PASSWORD, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });
  });

  describe('tokens not issued by the api', () => {
    const sign = (payload: object, options: jwt.SignOptions = {}) =>
      jwt.sign(payload, TEST_JWT_SECRET, { issuer: 'lokomotiv', algorithm: 'HS256', ...options });

    it.each([
      [
        'without exp',
        async (userId: string, sessionId: string) => sign({}, { subject: userId, jwtid: sessionId }),
      ],
      [
        'whose subject is not a user id',
        async (_: string, sessionId: string) =>
          sign({}, { subject: 'admin', jwtid: sessionId, expiresIn: '1h' }),
      ],
      ['without a session id', async (userId: string) => sign({}, { subject: userId, expiresIn: '1h' })],
      [
        'naming a session that does not exist',
        async (userId: string) => sign({}, { subject: userId, jwtid: crypto.randomUUID(), expiresIn: '1h' }),
      ],
      [
        'naming another user’s session',
        async (_: string, sessionId: string) =>
          sign({}, { subject: crypto.randomUUID(), jwtid: sessionId, expiresIn: '1h' }),
      ],
      [
        'expired',
        async (userId: string, sessionId: string) =>
          sign({ exp: Math.floor(Date.now() / 1000) - 60 }, { subject: userId, jwtid: sessionId }),
      ],
    ])('refuses a token %s cleanly', async (_, token) => {
      const user = await signedIn();
      const { jti } = jwt.decode(user.token) as { jti: string };
      const forged = await token(user.id, jti);
      expect(await api.gqlOk(ME, {}, forged)).toEqual({ me: null });
      const guarded = await api.post(SESSION_VALID, {}, { token: forged });
      expect(guarded.status).toBe(200);
      expect(guarded.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('accepts the api’s own tokens, which carry exp, sub and jti', async () => {
      const user = await signedIn();
      const claims = jwt.decode(user.token) as Record<string, unknown>;
      expect(claims).toMatchObject({
        sub: user.id,
        iss: 'lokomotiv',
        exp: expect.any(Number),
        jti: expect.any(String),
      });
      expect(await api.gqlOk(SESSION_VALID, {}, user.token)).toEqual({ sessionValid: true });
    });
  });

  describe('password policy', () => {
    const register = (password: string) =>
      api.gql(REGISTER, {
        organizationNumber: fakeOrganizationNumber(),
        email: `founder-${crypto.randomUUID()}@startup.test`,
        password,
      });

    it.each([
      ['1234567890', 'TOO_SHORT'],
      ['password12', 'TOO_SHORT'],
      [' '.repeat(10), 'TOO_SHORT'],
      [' '.repeat(12), 'PASSWORD_TOO_REPETITIVE'],
      ['password1234', 'PASSWORD_TOO_COMMON'],
      ['123456789012', 'PASSWORD_TOO_COMMON'],
    ])('refuses to register with %j (%s) and writes nothing', async (password, reason) => {
      const before = await api.count('organizations');
      const result = await register(password);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('password');
      expect(errorReason(result)).toBe(reason);
      expect(await api.count('organizations')).toBe(before);
    });

    it('refuses a common password for a new user too', async () => {
      const admin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      const result = await api.gql(
        CREATE_USER,
        {
          input: {
            email: `new-${crypto.randomUUID()}@kommune.test`,
            password: 'Sunshine2024!',
            name: 'Ny Bruker',
            organizationId: admin.organizationId,
            role: 'MEMBER',
          },
        },
        admin.token,
      );
      expect([errorField(result), errorReason(result)]).toEqual(['password', 'PASSWORD_TOO_COMMON']);
    });

    it('accepts the demo password and the tests’ password', async () => {
      for (const password of ['lokomotiv-demo', TEST_PASSWORD])
        expect((await register(password)).errors).toBeUndefined();
    });
  });
});

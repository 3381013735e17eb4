import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  errorCode,
  errorField,
  errorReason,
  fakeOrganizationNumber,
  TEST_PASSWORD,
  TestApp,
} from './support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id email role organization { id } } }
}`;
const ME = '{ me { id email name role isPlatformAdmin organization { id name kind } } }';
const REGISTER = `mutation ($name: String!, $organizationNumber: String!, $email: String!, $password: String!, $userName: String!) {
  registerCompany(name: $name, organizationNumber: $organizationNumber, email: $email, password: $password, userName: $userName) {
    token user { role organization { kind name organizationNumber } }
  }
}`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind organizationNumber municipalityNumber }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role organization { id } } }`;

describe('authentication and accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.stop());

  describe('login', () => {
    it('returns a token that identifies the user, with the email matched case-insensitively', async () => {
      const organizationId = await api.createOrganization();
      await api.createUser(organizationId, { email: 'kari@kommune.test', role: Role.ADMIN });
      const { login } = await api.gqlOk<{ login: { token: string } }>(LOGIN, {
        email: 'KARI@Kommune.test',
        password: TEST_PASSWORD,
      });
      const { me } = await api.gqlOk<{ me: { email: string; organization: { id: string } } }>(
        ME,
        {},
        login.token,
      );
      expect(me).toMatchObject({ email: 'kari@kommune.test', organization: { id: organizationId } });
    });

    it('gives a wrong password and an unknown email the same answer', async () => {
      await api.createUser(await api.createOrganization(), { email: 'ola@kommune.test' });
      const wrongPassword = await api.gql(LOGIN, { email: 'ola@kommune.test', password: 'wrong-password' });
      const unknownEmail = await api.gql(LOGIN, { email: 'nobody@kommune.test', password: 'wrong-password' });
      expect(wrongPassword.errors).toEqual(unknownEmail.errors);
      expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(wrongPassword.data).toBeNull();
    });

    it('blocks an email after 10 failed attempts, even with the right password', async () => {
      await api.createUser(await api.createOrganization(), { email: 'target@kommune.test' });
      for (let i = 0; i < 10; i++)
        await api.gql(LOGIN, { email: 'target@kommune.test', password: 'guess-guess' });
      const blocked = await api.gql(LOGIN, { email: 'target@kommune.test', password: TEST_PASSWORD });
      expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(errorReason(blocked)).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      expect(blocked.errors?.[0].message).toMatch(/too many/i);
    });

    it('answers me with null without a token and UNAUTHENTICATED-free for a forged one', async () => {
      expect((await api.gqlOk(ME)).me).toBeNull();
      expect((await api.gqlOk(ME, {}, 'not-a-token')).me).toBeNull();
    });
  });

  describe('registerCompany', () => {
    const valid = () => ({
      name: 'Fjordtech AS',
      organizationNumber: fakeOrganizationNumber(),
      email: `founder-${crypto.randomUUID()}@startup.test`,
      password: 'a-long-enough-password',
      userName: 'Gründer',
    });

    it('creates a COMPANY organisation with the caller as its ADMIN', async () => {
      const input = valid();
      const { registerCompany } = await api.gqlOk<{
        registerCompany: { token: string; user: { role: string; organization: { kind: string } } };
      }>(REGISTER, input);
      expect(registerCompany.user).toMatchObject({ role: 'ADMIN', organization: { kind: 'COMPANY' } });
      expect((await api.gqlOk(ME, {}, registerCompany.token)).me).not.toBeNull();
    });

    it.each([
      ['organizationNumber', { organizationNumber: '123456789' }],
      ['organizationNumber', { organizationNumber: '12345' }],
      ['password', { password: 'short' }],
      ['email', { email: 'not-an-email' }],
      ['name', { name: '   ' }],
      ['userName', { userName: '' }],
    ])('rejects a bad %s and writes nothing', async (field, override) => {
      const before = await api.count('organizations');
      const result = await api.gql(REGISTER, { ...valid(), ...override });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(await api.count('organizations')).toBe(before);
    });

    it("names every bad field at once, the person's name as userName", async () => {
      const result = await api.gql(REGISTER, { ...valid(), name: '', userName: ' ', password: 'short' });
      expect(result.errors?.map((error) => [error.extensions?.field, error.extensions?.reason])).toEqual([
        ['name', 'REQUIRED'],
        ['userName', 'REQUIRED'],
        ['password', 'TOO_SHORT'],
      ]);
    });

    it('rejects an email that exists in another case as a CONFLICT and writes nothing', async () => {
      const first = valid();
      await api.gqlOk(REGISTER, first);
      const before = await api.count('organizations');
      const again = await api.gql(REGISTER, { ...valid(), email: first.email.toUpperCase() });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(errorField(again)).toBe('email');
      expect(await api.count('organizations')).toBe(before);
    });
  });

  describe('createOrganization', () => {
    const input = () => ({
      name: 'Ny etat',
      kind: 'STATE_AGENCY',
      organizationNumber: fakeOrganizationNumber(),
    });

    it('lets a platform admin create an organisation', async () => {
      const admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const data = await api.gqlOk<{ createOrganization: { kind: string } }>(
        CREATE_ORGANIZATION,
        { input: input() },
        admin.token,
      );
      expect(data.createOrganization.kind).toBe('STATE_AGENCY');
    });

    it('refuses everyone else and writes nothing', async () => {
      const orgAdmin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      const before = await api.count('organizations');
      expect(errorCode(await api.gql(CREATE_ORGANIZATION, { input: input() }, orgAdmin.token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await api.gql(CREATE_ORGANIZATION, { input: input() }))).toBe('UNAUTHENTICATED');
      expect(await api.count('organizations')).toBe(before);
    });

    it('names the bad field', async () => {
      const admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const bad = await api.gql(
        CREATE_ORGANIZATION,
        { input: { ...input(), kind: 'MUNICIPALITY', municipalityNumber: '46' } },
        admin.token,
      );
      expect(errorField(bad)).toBe('municipalityNumber');
    });

    it('needs the municipality number of a municipality, and writes nothing without it', async () => {
      const admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const before = await api.count('organizations');
      const bad = await api.gql(
        CREATE_ORGANIZATION,
        { input: { ...input(), kind: 'MUNICIPALITY' } },
        admin.token,
      );
      expect(bad.errors?.map((error) => [error.extensions?.field, error.extensions?.reason])).toEqual([
        ['municipalityNumber', 'REQUIRED'],
      ]);
      expect(await api.count('organizations')).toBe(before);
      const data = await api.gqlOk<{ createOrganization: { municipalityNumber: string } }>(
        CREATE_ORGANIZATION,
        { input: { ...input(), kind: 'MUNICIPALITY', municipalityNumber: '4699' } },
        admin.token,
      );
      expect(data.createOrganization.municipalityNumber).toBe('4699');
    });
  });

  describe('createUser', () => {
    const input = (organizationId: string) => ({
      email: `new-${crypto.randomUUID()}@kommune.test`,
      password: 'a-long-enough-password',
      name: 'Ny Bruker',
      organizationId,
      role: 'MEMBER',
    });

    it('lets an ADMIN add users to their own organisation', async () => {
      const admin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      const { createUser } = await api.gqlOk<{ createUser: { organization: { id: string } } }>(
        CREATE_USER,
        { input: input(admin.organizationId) },
        admin.token,
      );
      expect(createUser.organization.id).toBe(admin.organizationId);
    });

    it('lets a platform admin add users to any organisation', async () => {
      const admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const target = await api.createOrganization();
      await api.gqlOk(CREATE_USER, { input: input(target) }, admin.token);
    });

    it('refuses a MEMBER, and an ADMIN of another organisation, and writes nothing', async () => {
      const member = await api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER);
      const otherAdmin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      const before = await api.count('users');
      expect(
        errorCode(await api.gql(CREATE_USER, { input: input(member.organizationId) }, member.token)),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await api.gql(CREATE_USER, { input: input(member.organizationId) }, otherAdmin.token)),
      ).toBe('FORBIDDEN');
      expect(await api.count('users')).toBe(before);
    });

    it('names a bad organisation together with the bad fields of the user', async () => {
      const admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const before = await api.count('users');
      const result = await api.gql(
        CREATE_USER,
        { input: { ...input(''), email: 'nope', name: '' } },
        admin.token,
      );
      expect(result.errors?.map((error) => [error.extensions?.field, error.extensions?.reason])).toEqual([
        ['organizationId', 'NOT_AN_ID'],
        ['email', 'NOT_AN_EMAIL'],
        ['name', 'REQUIRED'],
      ]);
      expect(await api.count('users')).toBe(before);
    });

    it('rejects a short password, naming the field', async () => {
      const admin = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      const result = await api.gql(
        CREATE_USER,
        { input: { ...input(admin.organizationId), password: '123456789' } },
        admin.token,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('password');
    });
  });
});

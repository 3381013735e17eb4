import { Role } from '../src/users/role';
import {
  errorCode,
  errorField,
  errorReason,
  fakeOrganizationNumber,
  TEST_PASSWORD,
  TestApp,
  type TestUser,
} from './support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = '{ me { id } }';
const SESSION_VALID = '{ sessionValid }';
const LOGOUT_EVERYWHERE = 'mutation { logout(everywhere: true) }';
const SET_ROLE = `mutation ($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role active } }`;
const DEACTIVATE = 'mutation ($userId: ID!) { deactivateUser(userId: $userId) { id role active } }';
const REACTIVATE = 'mutation ($userId: ID!) { reactivateUser(userId: $userId) { id active } }';
const MEMBERS = `query ($organizationId: ID!) {
  organizationMembers(organizationId: $organizationId) { id role active createdAt lastLoginAt }
}`;
const USERS = `query ($search: String, $limit: Int, $offset: Int) {
  users(search: $search, limit: $limit, offset: $offset) { totalCount items { id email organization { id } } }
}`;
const SET_NUMBER = `mutation ($organizationId: ID!, $organizationNumber: String!) {
  setOrganizationNumber(organizationId: $organizationId, organizationNumber: $organizationNumber) { id organizationNumber }
}`;
const WITHOUT_NUMBER = `query ($text: String) {
  organizations(filter: { text: $text, missingOrganizationNumber: true }, limit: 100) { totalCount items { id organizationNumber } }
}`;
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';

describe('accounts people manage', () => {
  let api: TestApp;
  let platformAdmin: TestUser;
  beforeAll(async () => {
    api = await TestApp.start();
    platformAdmin = await api.createUser(await api.createOrganization(), { isPlatformAdmin: true });
  });
  afterAll(() => api.stop());

  const isSignedIn = async (token: string) => (await api.gqlOk<{ me: unknown }>(ME, {}, token)).me !== null;
  const roleOf = async (userId: string) =>
    ((await api.dataSource.query('SELECT role FROM users WHERE id = $1', [userId])) as { role: string }[])[0]
      .role;

  /** An organisation with one ADMIN and one MEMBER, each with a known e-mail. */
  async function organization() {
    const organizationId = await api.createOrganization();
    const person = async (role: Role) => {
      const email = `${role.toLowerCase()}-${crypto.randomUUID()}@kommune.test`;
      return { ...(await api.createUser(organizationId, { role, email })), email };
    };
    return { organizationId, admin: await person(Role.ADMIN), member: await person(Role.MEMBER), person };
  }

  describe('logout everywhere', () => {
    it('ends every session of the user on every device, and no one else’s', async () => {
      const { member, admin } = await organization();
      const logIn = async () =>
        (
          await api.gqlOk<{ login: { token: string } }>(LOGIN, {
            email: member.email,
            password: TEST_PASSWORD,
          })
        ).login.token;
      const [laptop, phone] = [await logIn(), await logIn()];
      expect(await api.gqlOk(LOGOUT_EVERYWHERE, {}, laptop)).toEqual({ logout: true });
      for (const token of [laptop, phone, member.token]) expect(await isSignedIn(token)).toBe(false);
      expect(errorCode(await api.gql(SESSION_VALID, {}, phone))).toBe('UNAUTHENTICATED');
      expect(await api.count('sessions', 'user_id = $1', [member.id])).toBe(0);
      expect(await isSignedIn(admin.token)).toBe(true);
    });

    it('answers false without a session', async () => {
      expect(await api.gqlOk(LOGOUT_EVERYWHERE)).toEqual({ logout: false });
    });
  });

  describe('setUserRole', () => {
    it('lets an ADMIN make a member ADMIN and back, and records it', async () => {
      const { admin, member } = await organization();
      expect(await api.gqlOk(SET_ROLE, { userId: member.id, role: 'ADMIN' }, admin.token)).toEqual({
        setUserRole: { id: member.id, role: 'ADMIN', active: true },
      });
      await api.gqlOk(SET_ROLE, { userId: member.id, role: 'MEMBER' }, admin.token);
      expect(await roleOf(member.id)).toBe('MEMBER');
      expect(
        await api.count('audit_log', "action = 'MEMBER_ROLE_CHANGED' AND subject_id = $1", [member.id]),
      ).toBe(2);
    });

    it('refuses a MEMBER, and changes nothing', async () => {
      const { member, person } = await organization();
      const colleague = await person(Role.MEMBER);
      const result = await api.gql(SET_ROLE, { userId: colleague.id, role: 'ADMIN' }, member.token);
      expect([errorCode(result), errorReason(result)]).toEqual(['FORBIDDEN', 'ONLY_ADMINS_MANAGE_USERS']);
      expect(await roleOf(colleague.id)).toBe('MEMBER');
    });

    it('refuses another organisation’s ADMIN', async () => {
      const ours = await organization();
      const theirs = await organization();
      for (const [query, variables] of [
        [SET_ROLE, { userId: ours.member.id, role: 'ADMIN' }],
        [DEACTIVATE, { userId: ours.member.id }],
        [REACTIVATE, { userId: ours.member.id }],
      ] as const) {
        const result = await api.gql(query, variables, theirs.admin.token);
        expect(errorReason(result)).toBe('ONLY_ADMINS_MANAGE_USERS');
      }
      expect(await roleOf(ours.member.id)).toBe('MEMBER');
      expect(await isSignedIn(ours.member.token)).toBe(true);
    });

    it('lets a platform admin manage any organisation’s users', async () => {
      const { member } = await organization();
      await api.gqlOk(SET_ROLE, { userId: member.id, role: 'ADMIN' }, platformAdmin.token);
      expect(await roleOf(member.id)).toBe('ADMIN');
    });

    it('names a bad user id and an unknown user', async () => {
      const { admin } = await organization();
      const bad = await api.gql(SET_ROLE, { userId: 'nope', role: 'ADMIN' }, admin.token);
      expect([errorCode(bad), errorField(bad)]).toEqual(['BAD_USER_INPUT', 'userId']);
      const unknown = await api.gql(DEACTIVATE, { userId: crypto.randomUUID() }, admin.token);
      expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'userId']);
    });
  });

  describe('the last active ADMIN', () => {
    it('cannot be demoted or deactivated', async () => {
      const { admin } = await organization();
      for (const [query, variables] of [
        [SET_ROLE, { userId: admin.id, role: 'MEMBER' }],
        [DEACTIVATE, { userId: admin.id }],
      ] as const) {
        const result = await api.gql(query, variables, admin.token);
        expect([errorCode(result), errorReason(result)]).toEqual(['CONFLICT', 'LAST_ACTIVE_ADMIN']);
      }
      expect(await roleOf(admin.id)).toBe('ADMIN');
      expect(await isSignedIn(admin.token)).toBe(true);
    });

    it('is counted among active ADMINs only: a deactivated ADMIN does not stand in', async () => {
      const { admin, person } = await organization();
      const other = await person(Role.ADMIN);
      await api.gqlOk(DEACTIVATE, { userId: other.id }, admin.token);
      const result = await api.gql(SET_ROLE, { userId: admin.id, role: 'MEMBER' }, admin.token);
      expect(errorReason(result)).toBe('LAST_ACTIVE_ADMIN');
      await api.gqlOk(REACTIVATE, { userId: other.id }, admin.token);
      await api.gqlOk(SET_ROLE, { userId: admin.id, role: 'MEMBER' }, admin.token);
      expect(await roleOf(admin.id)).toBe('MEMBER');
    });

    it('survives two ADMINs demoting each other at once: exactly one wins', async () => {
      const { admin, person } = await organization();
      const other = await person(Role.ADMIN);
      const results = await Promise.all([
        api.gql(SET_ROLE, { userId: other.id, role: 'MEMBER' }, admin.token),
        api.gql(SET_ROLE, { userId: admin.id, role: 'MEMBER' }, other.token),
      ]);
      expect(results.map((r) => errorReason(r) ?? 'OK').sort()).toEqual(['LAST_ACTIVE_ADMIN', 'OK']);
      expect(
        await api.count('users', "organization_id = $1 AND role = 'ADMIN'", [admin.organizationId]),
      ).toBe(1);
    });
  });

  describe('deactivateUser', () => {
    it('refuses the user’s token at once, and their sign-in, until they are reactivated', async () => {
      const { admin, member } = await organization();
      expect(await api.gqlOk(DEACTIVATE, { userId: member.id }, admin.token)).toEqual({
        deactivateUser: { id: member.id, role: 'MEMBER', active: false },
      });
      expect(await isSignedIn(member.token)).toBe(false);
      expect(errorCode(await api.gql(SESSION_VALID, {}, member.token))).toBe('UNAUTHENTICATED');
      expect(await api.count('sessions', 'user_id = $1', [member.id])).toBe(0);
      const login = await api.gql(LOGIN, { email: member.email, password: TEST_PASSWORD });
      expect([errorCode(login), errorReason(login)]).toEqual(['UNAUTHENTICATED', 'ACCOUNT_DEACTIVATED']);
      expect(await api.count('sessions', 'user_id = $1', [member.id])).toBe(0);

      await api.gqlOk(REACTIVATE, { userId: member.id }, admin.token);
      const { login: again } = await api.gqlOk<{ login: { token: string } }>(LOGIN, {
        email: member.email,
        password: TEST_PASSWORD,
      });
      expect(await isSignedIn(again.token)).toBe(true);
    });

    it('ends a session even where its row survived, and mails no reset link', async () => {
      const { admin, member } = await organization();
      // Deactivated behind the api's back: the token still must not work.
      await api.dataSource.query('UPDATE users SET deactivated_at = now() WHERE id = $1', [member.id]);
      expect(await isSignedIn(member.token)).toBe(false);
      expect(await api.gqlOk(REQUEST_RESET, { email: member.email })).toEqual({ requestPasswordReset: true });
      expect(await api.count('password_reset_tokens', 'user_id = $1', [member.id])).toBe(0);
      expect(await isSignedIn(admin.token)).toBe(true);
    });
  });

  describe('organizationMembers', () => {
    it('tells an ADMIN who is active and when each last signed in; a MEMBER sees no sign-in times', async () => {
      const { organizationId, admin, member } = await organization();
      await api.gqlOk(DEACTIVATE, { userId: member.id }, admin.token);
      type Members = { organizationMembers: { id: string; active: boolean; lastLoginAt: string | null }[] };
      const seen = (await api.gqlOk<Members>(MEMBERS, { organizationId }, admin.token)).organizationMembers;
      expect(seen.find((u) => u.id === member.id)).toMatchObject({ active: false });
      expect(seen.find((u) => u.id === admin.id)?.lastLoginAt).toEqual(expect.any(String));

      const colleague = await api.createUser(organizationId);
      const byMember = (await api.gqlOk<Members>(MEMBERS, { organizationId }, colleague.token))
        .organizationMembers;
      expect(byMember.find((u) => u.id === admin.id)?.lastLoginAt).toBeNull();
      expect(byMember.find((u) => u.id === colleague.id)?.lastLoginAt).toEqual(expect.any(String));
    });
  });

  describe('users (platform admins)', () => {
    it('finds users by e-mail or their organisation’s number, a page at a time', async () => {
      const { organizationId, member, admin } = await organization();
      const [{ organization_number: number }] = (await api.dataSource.query(
        'SELECT organization_number FROM organizations WHERE id = $1',
        [organizationId],
      )) as { organization_number: string }[];
      type Users = { users: { totalCount: number; items: { id: string; email: string }[] } };
      const byEmail = await api.gqlOk<Users>(
        USERS,
        { search: member.email.toUpperCase() },
        platformAdmin.token,
      );
      expect(byEmail.users.items.map((u) => u.id)).toEqual([member.id]);
      const byNumber = await api.gqlOk<Users>(USERS, { search: number, limit: 1 }, platformAdmin.token);
      expect(byNumber.users.totalCount).toBe(2);
      expect(byNumber.users.items).toHaveLength(1);
      const secondPage = await api.gqlOk<Users>(
        USERS,
        { search: number, limit: 1, offset: 1 },
        platformAdmin.token,
      );
      expect([...byNumber.users.items, ...secondPage.users.items].map((u) => u.id).sort()).toEqual(
        [member.id, admin.id].sort(),
      );
      const wildcard = await api.gqlOk<Users>(USERS, { search: '%' }, platformAdmin.token);
      expect(wildcard.users.totalCount).toBe(0);
    });

    it('refuses an organisation ADMIN', async () => {
      const { admin } = await organization();
      const result = await api.gql(USERS, { search: '' }, admin.token);
      expect([errorCode(result), errorReason(result)]).toEqual([
        'FORBIDDEN',
        'ONLY_PLATFORM_ADMINS_LIST_USERS',
      ]);
    });
  });

  describe('setOrganizationNumber (platform admins)', () => {
    const numberless = async (name: string) => {
      const [{ id }] = (await api.dataSource.query(
        `INSERT INTO organizations (name, kind, county_number, verified)
         VALUES ($1, 'COUNTY_MUNICIPALITY', '46', true) RETURNING id`,
        [name],
      )) as { id: string }[];
      return id;
    };
    const numberOf = async (id: string) =>
      (
        (await api.dataSource.query('SELECT organization_number FROM organizations WHERE id = $1', [id])) as {
          organization_number: string | null;
        }[]
      )[0].organization_number;

    it('lists organisations without a number, and sets one once', async () => {
      const name = `Vestland fylkeskommune ${crypto.randomUUID()}`;
      const id = await numberless(name);
      type Page = { organizations: { items: { id: string; organizationNumber: string }[] } };
      const listed = await api.gqlOk<Page>(WITHOUT_NUMBER, { text: name });
      expect(listed.organizations.items).toEqual([{ id, organizationNumber: '' }]);

      const number = fakeOrganizationNumber();
      expect(
        await api.gqlOk(
          SET_NUMBER,
          { organizationId: id, organizationNumber: ` ${number.slice(0, 3)} ${number.slice(3)}` },
          platformAdmin.token,
        ),
      ).toEqual({ setOrganizationNumber: { id, organizationNumber: number } });
      expect((await api.gqlOk<Page>(WITHOUT_NUMBER, { text: name })).organizations.items).toEqual([]);
      expect(
        await api.count('audit_log', "action = 'ORGANIZATION_NUMBER_SET' AND subject_id = $1", [id]),
      ).toBe(1);

      const again = await api.gql(
        SET_NUMBER,
        { organizationId: id, organizationNumber: fakeOrganizationNumber() },
        platformAdmin.token,
      );
      expect([errorCode(again), errorReason(again), errorField(again)]).toEqual([
        'CONFLICT',
        'ORGANIZATION_NUMBER_ALREADY_SET',
        'organizationNumber',
      ]);
      expect(await numberOf(id)).toBe(number);
    });

    it.each([
      ['8 digits', '12345678'],
      ['a wrong check digit', withWrongCheckDigit(fakeOrganizationNumber())],
      ['letters', '97476067A'],
    ])('refuses %s', async (_, organizationNumber) => {
      const id = await numberless(`Fylke ${crypto.randomUUID()}`);
      const result = await api.gql(
        SET_NUMBER,
        { organizationId: id, organizationNumber },
        platformAdmin.token,
      );
      expect([errorCode(result), errorReason(result), errorField(result)]).toEqual([
        'BAD_USER_INPUT',
        'INVALID_ORGANIZATION_NUMBER',
        'organizationNumber',
      ]);
      expect(await numberOf(id)).toBeNull();
    });

    it('refuses a number another organisation has', async () => {
      const id = await numberless(`Fylke ${crypto.randomUUID()}`);
      const [{ organization_number: taken }] = (await api.dataSource.query(
        'SELECT organization_number FROM organizations WHERE id = $1',
        [platformAdmin.organizationId],
      )) as { organization_number: string }[];
      const result = await api.gql(
        SET_NUMBER,
        { organizationId: id, organizationNumber: taken },
        platformAdmin.token,
      );
      expect([errorCode(result), errorReason(result)]).toEqual(['CONFLICT', 'ORGANIZATION_NUMBER_TAKEN']);
      expect(await numberOf(id)).toBeNull();
    });

    it('gives one number to only one of two organisations set at once', async () => {
      const [first, second] = [await numberless('Fylke A'), await numberless('Fylke B')];
      const number = fakeOrganizationNumber();
      const results = await Promise.all(
        [first, second].map((organizationId) =>
          api.gql(SET_NUMBER, { organizationId, organizationNumber: number }, platformAdmin.token),
        ),
      );
      expect(results.map((r) => errorReason(r) ?? 'OK').sort()).toEqual(['OK', 'ORGANIZATION_NUMBER_TAKEN']);
    });

    it('refuses an organisation ADMIN and names an unknown organisation', async () => {
      const { admin } = await organization();
      const id = await numberless(`Fylke ${crypto.randomUUID()}`);
      const refused = await api.gql(
        SET_NUMBER,
        { organizationId: id, organizationNumber: fakeOrganizationNumber() },
        admin.token,
      );
      expect([errorCode(refused), errorReason(refused)]).toEqual([
        'FORBIDDEN',
        'ONLY_PLATFORM_ADMINS_SET_ORGANIZATION_NUMBERS',
      ]);
      const unknown = await api.gql(
        SET_NUMBER,
        { organizationId: crypto.randomUUID(), organizationNumber: fakeOrganizationNumber() },
        platformAdmin.token,
      );
      expect([errorCode(unknown), errorField(unknown)]).toEqual(['NOT_FOUND', 'organizationId']);
      expect(await numberOf(id)).toBeNull();
    });
  });
});

function withWrongCheckDigit(organizationNumber: string): string {
  return organizationNumber.slice(0, 8) + ((Number(organizationNumber[8]) + 1) % 10);
}

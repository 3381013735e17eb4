import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  CHANGE_NEED_STATUS,
  CREATE_NEED,
  CREATE_NOTICE,
  createNeed,
  JOIN_NEED,
  KIND_ROLE_MATRIX,
  marketplaceApp,
  needInput,
  noticeInput,
  RESPOND,
} from './support/marketplace';
import { errorCode, type TestUser } from './support/test-app';

/** The api tells clients its rules (capabilities, next statuses, counties), so they keep no copies. */
const CAN = `query { me { can { postNeeds postNotices joinNeeds answerNeeds addMembers } } }`;
const NEXT_STATUSES = `query ($id: ID!) { need(id: $id) { status nextStatuses } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const COUNTIES = `query { counties { number name } }`;
const SAVE_SEARCH = `mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id } }`;

type Capabilities = Record<'postNeeds' | 'postNotices' | 'joinNeeds' | 'answerNeeds' | 'addMembers', boolean>;

describe('rules the api owns and tells clients', () => {
  const app = marketplaceApp();

  const capabilitiesOf = async (user: TestUser) =>
    (await app.api.gqlOk<{ me: { can: Capabilities } }>(CAN, {}, user.token)).me.can;

  /** Whether each guarded mutation succeeds for the user: what its flag must say. */
  async function attempts(user: TestUser): Promise<Capabilities> {
    const need = await createNeed(app.api, app.oslo);
    const succeeded = async (query: string, variables: Record<string, unknown>) =>
      !(await app.api.gql(query, variables, user.token)).errors;
    return {
      postNeeds: await succeeded(CREATE_NEED, { input: needInput() }),
      postNotices: await succeeded(CREATE_NOTICE, { input: noticeInput() }),
      joinNeeds: await succeeded(JOIN_NEED, { needId: need.id }),
      answerNeeds: await succeeded(RESPOND, { needId: need.id, pitch: 'Vi kan hjelpe.' }),
      addMembers: await succeeded(CREATE_USER, {
        input: {
          organizationId: user.organizationId,
          email: `member-${crypto.randomUUID()}@test.example`,
          name: 'Ny kollega',
          password: 'a-long-enough-password',
          role: Role.MEMBER,
        },
      }),
    };
  }

  describe('User.can', () => {
    it.each(KIND_ROLE_MATRIX)(
      '%s %s: every flag says whether the api lets the user do it',
      async (kind, role) => {
        const user = await app.api.createMember(kind, role);
        const can = await capabilitiesOf(user);
        expect(await attempts(user)).toEqual(can);
      },
    );

    it('gives a municipality the public-body flags and a company the supplier flag', async () => {
      expect(
        await capabilitiesOf(await app.api.createMember(OrganizationKind.MUNICIPALITY, Role.MEMBER)),
      ).toEqual({
        postNeeds: true,
        postNotices: true,
        joinNeeds: true,
        answerNeeds: false,
        addMembers: false,
      });
      expect(await capabilitiesOf(await app.api.createMember(OrganizationKind.COMPANY, Role.ADMIN))).toEqual({
        postNeeds: false,
        postNotices: false,
        joinNeeds: false,
        answerNeeds: true,
        addMembers: true,
      });
    });

    it('lets a platform administrator add members to its own organisation', async () => {
      const admin = await app.api.createUser(await app.api.createOrganization(OrganizationKind.OTHER), {
        isPlatformAdmin: true,
      });
      const can = await capabilitiesOf(admin);
      expect(can.addMembers).toBe(true);
      expect(await attempts(admin)).toEqual(can);
    });
  });

  describe('Need.nextStatuses', () => {
    const STATUSES = ['OPEN', 'IN_PROCUREMENT', 'SOLVED', 'CLOSED'];

    async function needWithStatus(status: string) {
      const need = await createNeed(app.api, app.oslo);
      await app.api.dataSource.query('UPDATE needs SET status = $2 WHERE id = $1', [need.id, status]);
      return need.id;
    }

    const nextStatuses = async (id: string, user?: TestUser) =>
      (await app.api.gqlOk<{ need: { nextStatuses: string[] } }>(NEXT_STATUSES, { id }, user?.token)).need
        .nextStatuses;

    it.each(STATUSES)(
      'from %s, lists for the owner exactly the statuses changeNeedStatus accepts',
      async (from) => {
        const listed = await nextStatuses(await needWithStatus(from), app.oslo);
        const accepted: string[] = [];
        for (const to of STATUSES) {
          const id = await needWithStatus(from);
          if (!(await app.api.gql(CHANGE_NEED_STATUS, { id, status: to }, app.oslo.token)).errors)
            accepted.push(to);
        }
        expect(listed).toEqual(accepted);
      },
    );

    it('names the transitions of an open need for every member of its owner', async () => {
      const id = await needWithStatus('OPEN');
      const colleague = await app.api.createUser(app.oslo.organizationId, { role: Role.ADMIN });
      expect(await nextStatuses(id, app.oslo)).toEqual(['IN_PROCUREMENT']);
      expect(await nextStatuses(id, colleague)).toEqual(['IN_PROCUREMENT']);
      expect(await nextStatuses(await needWithStatus('IN_PROCUREMENT'), app.oslo)).toEqual([
        'SOLVED',
        'CLOSED',
      ]);
    });

    it('is empty for another organisation and for an anonymous reader', async () => {
      const id = await needWithStatus('OPEN');
      const stranger = await app.api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
      expect(await nextStatuses(id, stranger)).toEqual([]);
      expect(await nextStatuses(id)).toEqual([]);
      expect(
        errorCode(await app.api.gql(CHANGE_NEED_STATUS, { id, status: 'IN_PROCUREMENT' }, stranger.token)),
      ).toBe('FORBIDDEN');
    });
  });

  describe('counties', () => {
    it("lists today's 15 counties by number, with their bokmål names, to anyone", async () => {
      const { counties } = await app.api.gqlOk<{ counties: { number: string; name: string }[] }>(COUNTIES);
      expect(counties).toHaveLength(15);
      expect(counties.map((county) => county.number)).toEqual(
        [...counties.map((county) => county.number)].sort(),
      );
      expect(counties).toContainEqual({ number: '46', name: 'Vestland' });
      expect(counties).toContainEqual({ number: '55', name: 'Troms' });
      expect(counties).toContainEqual({ number: '03', name: 'Oslo' });
      for (const county of counties) expect(county.number).toMatch(/^\d{2}$/);
    });

    it('lists exactly the county numbers a countyNumbers filter accepts', async () => {
      const { counties } = await app.api.gqlOk<{ counties: { number: string }[] }>(COUNTIES);
      const user = await app.api.createMember(OrganizationKind.COMPANY, Role.MEMBER);
      const numbers = counties.map((county) => county.number);
      const accepted = await app.api.gql(SAVE_SEARCH, { input: { countyNumbers: numbers } }, user.token);
      expect(accepted.errors).toBeUndefined();
      const refused = await app.api.gql(SAVE_SEARCH, { input: { countyNumbers: ['01'] } }, user.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    });
  });
});

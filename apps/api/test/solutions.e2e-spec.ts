import { OrganizationKind } from '../src/organizations/organization-kind';
import {
  ARCHIVE_SOLUTION,
  CREATE_SOLUTION,
  GET_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
  UPDATE_SOLUTION,
} from './support/solution-operations';
import { errorCode, errorField, TestApp, type TestUser } from './support/test-app';

interface SolutionData {
  id: string;
  title: string;
  status: string;
  owner: { id: string };
}

describe('solutions', () => {
  let api: TestApp;
  let owner: TestUser;
  let colleague: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    owner = await api.createMember();
    colleague = await api.createUser(owner.organizationId);
    stranger = await api.createMember();
  });
  afterAll(() => api.stop());

  const create = async (by: TestUser = owner, input = solutionInput()) =>
    (await api.gqlOk<{ createSolution: SolutionData }>(CREATE_SOLUTION, { input }, by.token)).createSolution;
  const publish = (id: string, by: TestUser = owner) => api.gqlOk(PUBLISH_SOLUTION, { id }, by.token);
  const get = async (id: string, by?: TestUser) =>
    (await api.gqlOk<{ solution: SolutionData | null }>(GET_SOLUTION, { id }, by?.token)).solution;

  it('creates a DRAFT owned by the caller’s organisation, with trimmed fields', async () => {
    const solution = await create(owner, solutionInput({ title: '  Chatbot for innbyggere  ' }));
    expect(solution).toMatchObject({
      status: 'DRAFT',
      title: 'Chatbot for innbyggere',
      owner: { id: owner.organizationId },
    });
  });

  it('lets any member of the owner update, publish and archive', async () => {
    const { id } = await create();
    await api.gqlOk(UPDATE_SOLUTION, { id, input: solutionInput({ title: 'Ny tittel' }) }, colleague.token);
    expect(
      (await api.gqlOk<{ publishSolution: SolutionData }>(PUBLISH_SOLUTION, { id }, colleague.token))
        .publishSolution.status,
    ).toBe('PUBLISHED');
    expect(
      (await api.gqlOk<{ archiveSolution: SolutionData }>(ARCHIVE_SOLUTION, { id }, colleague.token))
        .archiveSolution.status,
    ).toBe('ARCHIVED');
    expect((await get(id))?.title).toBe('Ny tittel');
  });

  describe('a draft', () => {
    it('is visible to its owner’s members and to nobody else', async () => {
      const { id } = await create();
      expect(await get(id, colleague)).not.toBeNull();
      expect(await get(id, stranger)).toBeNull();
      expect(await get(id)).toBeNull();
    });

    it.each([
      ['updateSolution', UPDATE_SOLUTION],
      ['publishSolution', PUBLISH_SOLUTION],
      ['archiveSolution', ARCHIVE_SOLUTION],
    ])(
      'answers %s by another organisation as if it did not exist, and writes nothing',
      async (_, mutation) => {
        const { id } = await create();
        const result = await api.gql(
          mutation,
          { id, input: solutionInput({ title: 'Kapret' }) },
          stranger.token,
        );
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(await api.count('solutions', "id = $1 AND status = 'DRAFT' AND title <> 'Kapret'", [id])).toBe(
          1,
        );
      },
    );
  });

  describe('a published solution', () => {
    it('is visible to everyone, logged in or not', async () => {
      const { id } = await create();
      await publish(id);
      expect((await get(id))?.status).toBe('PUBLISHED');
      expect((await get(id, stranger))?.status).toBe('PUBLISHED');
    });

    it.each([
      ['updateSolution', UPDATE_SOLUTION],
      ['publishSolution', PUBLISH_SOLUTION],
      ['archiveSolution', ARCHIVE_SOLUTION],
    ])('refuses %s by another organisation with FORBIDDEN and writes nothing', async (_, mutation) => {
      const { id } = await create();
      await publish(id);
      const before = await api.dataSource.query(
        'SELECT title, status, updated_at FROM solutions WHERE id = $1',
        [id],
      );
      const result = await api.gql(
        mutation,
        { id, input: solutionInput({ title: 'Kapret' }) },
        stranger.token,
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(
        await api.dataSource.query('SELECT title, status, updated_at FROM solutions WHERE id = $1', [id]),
      ).toEqual(before);
    });
  });

  it('requires a login for every write', async () => {
    const { id } = await create();
    expect(errorCode(await api.gql(CREATE_SOLUTION, { input: solutionInput() }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(PUBLISH_SOLUTION, { id }))).toBe('UNAUTHENTICATED');
  });

  describe('bad input', () => {
    it.each([
      ['title', { title: '' }],
      ['title', { title: 'x'.repeat(201) }],
      ['summary', { summary: 'x'.repeat(501) }],
      ['description', { description: 'x'.repeat(50_001) }],
      ['serviceArea', { serviceArea: 'not-an-area' }],
      ['tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }],
      ['tags', { tags: ['x'.repeat(51)] }],
      ['tags', { tags: ['  '] }],
      ['sourceCodeUrl', { sourceCodeUrl: 'javascript:alert(1)' }],
      ['contactEmail', { contactEmail: 'nope' }],
      ['annualSavingsNok', { annualSavingsNok: -5 }],
    ])('rejects a bad %s, naming it, and writes nothing', async (field, override) => {
      const before = await api.count('solutions');
      const result = await api.gql(CREATE_SOLUTION, { input: solutionInput(override) }, owner.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(await api.count('solutions')).toBe(before);
    });

    it('names every bad field of one input at once, each with its reason and params', async () => {
      const before = await api.count('solutions');
      const result = await api.gql(
        CREATE_SOLUTION,
        { input: solutionInput({ title: '', summary: 'x'.repeat(501), contactEmail: 'nope' }) },
        owner.token,
      );
      expect(result.errors?.map((error) => error.extensions)).toEqual([
        { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'title' },
        { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'summary', params: { max: 500 } },
        { code: 'BAD_USER_INPUT', reason: 'NOT_AN_EMAIL', field: 'contactEmail' },
      ]);
      expect(await api.count('solutions')).toBe(before);
    });

    it('accepts the limits exactly', async () => {
      const input = solutionInput({
        title: 'x'.repeat(200),
        summary: 'x'.repeat(500),
        description: 'x'.repeat(50_000),
        tags: Array.from({ length: 20 }, (_, i) => `${'t'.repeat(48)}${i}`.slice(-50)),
      });
      expect((await create(owner, input)).title).toHaveLength(200);
    });

    it('rejects an update with bad input and keeps the old values', async () => {
      const { id } = await create();
      const result = await api.gql(
        UPDATE_SOLUTION,
        { id, input: solutionInput({ summary: '' }) },
        owner.token,
      );
      expect(errorField(result)).toBe('summary');
      expect(await api.count('solutions', 'id = $1 AND summary <> $2', [id, ''])).toBe(1);
    });

    it('answers a malformed id with BAD_USER_INPUT naming it', async () => {
      const result = await api.gql(PUBLISH_SOLUTION, { id: 'not-a-uuid' }, owner.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('id');
    });
  });

  describe('the solutions list', () => {
    const LIST = `query ($filter: SolutionListFilter) {
      solutions(filter: $filter, limit: 100) { totalCount items { id status } }
    }`;

    it('shows published solutions to all and drafts only to their owner', async () => {
      const company = await api.createMember(OrganizationKind.COMPANY);
      // A company publishes once verified (organization-verification.e2e-spec.ts).
      await api.dataSource.query('UPDATE organizations SET verified = true WHERE id = $1', [
        company.organizationId,
      ]);
      const draft = await create(company);
      const published = await create(company);
      await publish(published.id, company);
      const filter = { ownerId: company.organizationId, statuses: ['DRAFT', 'PUBLISHED'] };
      const asStranger = await api.gqlOk<{ solutions: { items: { id: string }[] } }>(
        LIST,
        { filter },
        stranger.token,
      );
      const asOwner = await api.gqlOk<{ solutions: { items: { id: string }[] } }>(
        LIST,
        { filter },
        company.token,
      );
      expect(asStranger.solutions.items.map((s) => s.id)).toEqual([published.id]);
      expect(asOwner.solutions.items.map((s) => s.id).sort()).toEqual([draft.id, published.id].sort());
    });

    it('refuses a page larger than 100', async () => {
      const result = await api.gql('{ solutions(limit: 101) { totalCount } }');
      expect(errorField(result)).toBe('limit');
    });
  });
});

import { OrganizationKind } from '../src/organizations/organization-kind';
import { Role } from '../src/users/role';
import {
  ADOPT,
  ARCHIVE_SOLUTION,
  CREATE_SOLUTION,
  PUBLISH_SOLUTION,
  solutionInput,
  WITHDRAW,
} from './support/solution-operations';
import { errorCode, errorReason, fakeOrganizationNumber, TestApp, type TestUser } from './support/test-app';

const AUDIT_LOG = `query ($subjectId: ID, $action: AuditAction, $limit: Int) {
  auditLog(subjectId: $subjectId, action: $action, limit: $limit) {
    totalCount items { action actorUserId actorOrganizationId subjectKind subjectId details occurredAt }
  }
}`;

interface Entry {
  action: string;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  subjectKind: string;
  subjectId: string;
  details: string;
}

describe('the audit log', () => {
  let api: TestApp;
  let platformAdmin: TestUser;
  let owner: TestUser;
  let adopter: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    platformAdmin = await api.createUser(await api.createOrganization(), { isPlatformAdmin: true });
    owner = await api.createMember(OrganizationKind.MUNICIPALITY, Role.ADMIN);
    adopter = await api.createMember(OrganizationKind.MUNICIPALITY);
  });
  afterAll(() => api.stop());

  /** The entries about one subject, with their details parsed (jsonb keeps no key order). */
  const entriesAbout = async (subjectId: string) =>
    (
      await api.gqlOk<{ auditLog: { items: Entry[] } }>(AUDIT_LOG, { subjectId }, platformAdmin.token)
    ).auditLog.items.map((entry) => ({ ...entry, details: JSON.parse(entry.details) }));

  it('records publish, archive, adopt and withdraw with who did them, newest first', async () => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput() },
      owner.token,
    );
    const id = createSolution.id;
    await api.gqlOk(PUBLISH_SOLUTION, { id }, owner.token);
    await api.gqlOk(ADOPT, { solutionId: id, stage: 'PILOTING' }, adopter.token);
    await api.gqlOk(WITHDRAW, { solutionId: id }, adopter.token);
    // Refused: an organisation cannot adopt its own solution, and nothing is recorded.
    expect(errorCode(await api.gql(ADOPT, { solutionId: id }, owner.token))).toBe('BAD_USER_INPUT');
    await api.gqlOk(ARCHIVE_SOLUTION, { id }, owner.token);

    const by = (user: TestUser) => ({ actorUserId: user.id, actorOrganizationId: user.organizationId });
    expect(await entriesAbout(id)).toEqual([
      expect.objectContaining({
        action: 'SOLUTION_ARCHIVED',
        subjectKind: 'SOLUTION',
        subjectId: id,
        ...by(owner),
      }),
      expect.objectContaining({ action: 'ADOPTION_WITHDRAWN', ...by(adopter) }),
      expect.objectContaining({
        action: 'SOLUTION_ADOPTED',
        details: { stage: 'PILOTING' },
        ...by(adopter),
      }),
      expect.objectContaining({ action: 'SOLUTION_PUBLISHED', ...by(owner) }),
    ]);
  });

  it('is written in the same transaction as the change it records', async () => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput({ title: 'Samme transaksjon' }) },
      owner.token,
    );
    await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    const [row] = await api.dataSource.query(
      `SELECT s.xmin::text = a.xmin::text AS same FROM solutions s
       JOIN audit_log a ON a.subject_id = s.id AND a.action = 'SOLUTION_PUBLISHED' WHERE s.id = $1`,
      [createSolution.id],
    );
    expect(row.same).toBe(true);
  });

  it('records organisations created and members added with their role, and self-registered companies', async () => {
    const { createOrganization } = await api.gqlOk<{ createOrganization: { id: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: 'Revisjon IKS', kind: 'STATE_AGENCY', organizationNumber: fakeOrganizationNumber() } },
      platformAdmin.token,
    );
    const { createUser } = await api.gqlOk<{ createUser: { id: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          organizationId: owner.organizationId,
          email: `ny-admin-${Date.now()}@test.example`,
          name: 'Kari',
          password: 'a-long-enough-password',
          role: 'ADMIN',
        },
      },
      owner.token,
    );
    const { registerCompany } = await api.gqlOk<{
      registerCompany: { user: { id: string; organization: { id: string } } };
    }>(
      `mutation ($n: String!, $e: String!) {
        registerCompany(name: "Revidert AS", organizationNumber: $n, email: $e, password: "a-long-enough-password", userName: "Ola") {
          user { id organization { id } }
        }
      }`,
      { n: fakeOrganizationNumber(), e: `revidert-${Date.now()}@startup.test` },
    );

    expect(await entriesAbout(createOrganization.id)).toEqual([
      expect.objectContaining({
        action: 'ORGANIZATION_CREATED',
        subjectKind: 'ORGANIZATION',
        actorUserId: platformAdmin.id,
      }),
    ]);
    expect(await entriesAbout(createUser.id)).toEqual([
      expect.objectContaining({
        action: 'MEMBER_ADDED',
        subjectKind: 'USER',
        actorUserId: owner.id,
        details: { organizationId: owner.organizationId, role: 'ADMIN' },
      }),
    ]);
    expect(await entriesAbout(registerCompany.user.organization.id)).toEqual([
      expect.objectContaining({ action: 'COMPANY_REGISTERED', actorUserId: registerCompany.user.id }),
    ]);
  });

  it('is readable by platform administrators only', async () => {
    const refused = await api.gql(AUDIT_LOG, {}, owner.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(errorReason(refused)).toBe('ONLY_PLATFORM_ADMINS_READ_AUDIT_LOG');
    expect(errorCode(await api.gql(AUDIT_LOG, {}))).toBe('UNAUTHENTICATED');
    const { auditLog } = await api.gqlOk<{ auditLog: { totalCount: number; items: Entry[] } }>(
      AUDIT_LOG,
      { action: 'SOLUTION_PUBLISHED', limit: 1 },
      platformAdmin.token,
    );
    expect(auditLog.items).toHaveLength(1);
    expect(auditLog.totalCount).toBeGreaterThanOrEqual(2);
  });
});

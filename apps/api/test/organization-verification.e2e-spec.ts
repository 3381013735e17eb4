import { OrganizationKind } from '../src/organizations/organization-kind';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { errorCode, errorReason, fakeOrganizationNumber, TestApp, type TestUser } from './support/test-app';

const REGISTER = `mutation ($name: String!, $organizationNumber: String!, $email: String!, $password: String!, $userName: String!) {
  registerCompany(name: $name, organizationNumber: $organizationNumber, email: $email, password: $password, userName: $userName) {
    token user { organization { id verified } }
  }
}`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id kind verified } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganization(id: $id) { id verified } }`;

describe('verified organisations', () => {
  let api: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    api = await TestApp.start();
    admin = await api.createUser(await api.createOrganization(OrganizationKind.OTHER), {
      isPlatformAdmin: true,
    });
  });
  afterAll(() => api.stop());

  async function registeredCompany() {
    const { registerCompany } = await api.gqlOk<{
      registerCompany: { token: string; user: { organization: { id: string; verified: boolean } } };
    }>(REGISTER, {
      name: 'Fjordkode AS',
      organizationNumber: fakeOrganizationNumber(),
      email: `founder-${crypto.randomUUID()}@fjordkode.test`,
      password: 'a-long-and-unusual-passphrase',
      userName: 'Gründer',
    });
    return { token: registerCompany.token, organization: registerCompany.user.organization };
  }

  async function draft(token: string): Promise<string> {
    return (
      await api.gqlOk<{ createSolution: { id: string } }>(CREATE_SOLUTION, { input: solutionInput() }, token)
    ).createSolution.id;
  }

  it('a self-registered company is unverified and cannot publish, and nothing changes', async () => {
    const company = await registeredCompany();
    expect(company.organization.verified).toBe(false);
    const id = await draft(company.token);
    const result = await api.gql(PUBLISH_SOLUTION, { id }, company.token);
    expect([errorCode(result), errorReason(result)]).toEqual(['FORBIDDEN', 'ORGANIZATION_NOT_VERIFIED']);
    expect(await api.count('solutions', "id = $1 AND status = 'DRAFT'", [id])).toBe(1);
  });

  it('publishes once a platform admin has verified the company', async () => {
    const company = await registeredCompany();
    const { verifyOrganization } = await api.gqlOk<{ verifyOrganization: { verified: boolean } }>(
      VERIFY,
      { id: company.organization.id },
      admin.token,
    );
    expect(verifyOrganization.verified).toBe(true);
    const id = await draft(company.token);
    expect(
      (await api.gqlOk<{ publishSolution: { status: string } }>(PUBLISH_SOLUTION, { id }, company.token))
        .publishSolution.status,
    ).toBe('PUBLISHED');
  });

  it('refuses verification by anyone but a platform admin', async () => {
    const company = await registeredCompany();
    const result = await api.gql(VERIFY, { id: company.organization.id }, company.token);
    expect([errorCode(result), errorReason(result)]).toEqual([
      'FORBIDDEN',
      'ONLY_PLATFORM_ADMINS_VERIFY_ORGANIZATIONS',
    ]);
    expect(await api.count('organizations', 'id = $1 AND verified', [company.organization.id])).toBe(0);
  });

  it('verifies public bodies a platform admin creates, and not companies', async () => {
    const create = (kind: string) =>
      api.gqlOk<{ createOrganization: { verified: boolean } }>(
        CREATE_ORGANIZATION,
        { input: { name: `Org ${kind}`, kind, organizationNumber: fakeOrganizationNumber() } },
        admin.token,
      );
    expect((await create('STATE_AGENCY')).createOrganization.verified).toBe(true);
    expect((await create('COMPANY')).createOrganization.verified).toBe(false);
  });

  it('verifies the municipalities and county municipalities of the shipped register', async () => {
    expect(
      await api.count('organizations', "kind = 'MUNICIPALITY' AND municipality_number IS NOT NULL"),
    ).toBeGreaterThan(0);
    expect(
      await api.count('organizations', "kind IN ('MUNICIPALITY', 'COUNTY_MUNICIPALITY') AND NOT verified"),
    ).toBe(0);
  });
});

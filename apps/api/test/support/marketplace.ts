import { OrganizationKind } from '../../src/organizations/organization-kind';
import { Role } from '../../src/users/role';
import type { TestApp, TestUser } from './test-app';

/** Query factories and fixtures for needs, answers and procurement notices. */
export const NEED_FIELDS =
  'id title status serviceArea participantCount responseCount owner { id } participants { id }';
export const NOTICE_FIELDS = `id title procedure cpvCodes deadline isOpen serviceArea externalUrl estimatedValueNok
  cancelledAt buyer { id } need { id status } resultingSolution { id }`;

export const CREATE_NEED = `mutation ($input: NeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
export const UPDATE_NEED = `mutation ($id: ID!, $input: NeedInput!) { updateNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;
export const CHANGE_NEED_STATUS = `mutation ($id: ID!, $status: NeedStatus!) { changeNeedStatus(id: $id, status: $status) { id status } }`;
export const JOIN_NEED = `mutation ($needId: ID!) { joinNeed(needId: $needId) { ${NEED_FIELDS} } }`;
export const LEAVE_NEED = `mutation ($needId: ID!) { leaveNeed(needId: $needId) { ${NEED_FIELDS} } }`;
export const ACCEPT_PARTNER = `mutation ($needId: ID!, $organizationId: ID!) {
  acceptNeedPartner(needId: $needId, organizationId: $organizationId) { id participants { id } partners { id } }
}`;
export const REMOVE_PARTNER = `mutation ($needId: ID!, $organizationId: ID!) {
  removeNeedPartner(needId: $needId, organizationId: $organizationId) { id participants { id } partners { id } }
}`;
export const RESPOND = `mutation ($needId: ID!, $pitch: String!) {
  respondToNeed(needId: $needId, pitch: $pitch) { id pitch status organization { id } need { id } }
}`;
export const NEED_RESPONSES = `query ($needId: ID!) { needResponses(needId: $needId) { id pitch status organization { id } } }`;
export const SET_RESPONSE_STATUS = `mutation ($responseId: ID!, $status: NeedResponseStatus!) {
  setNeedResponseStatus(responseId: $responseId, status: $status) { id status }
}`;
export const CREATE_NOTICE = `mutation ($input: ProcurementNoticeInput!) { createProcurementNotice(input: $input) { ${NOTICE_FIELDS} } }`;

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Digital tilsynsløsning for hjemmeboende',
  description: 'Vi trenger sensorer og varsling for eldre som bor hjemme.',
  serviceArea: 'helse-og-omsorg',
  ...overrides,
});

export const noticeInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Innovasjonspartnerskap for digitalt tilsyn',
  description: 'Vi søker partnere til å utvikle en ny løsning for digitalt tilsyn.',
  procedure: 'INNOVATION_PARTNERSHIP',
  cpvCodes: ['72000000-5', '48000000-8'],
  deadline: inDays(30),
  serviceArea: 'helse-og-omsorg',
  ...overrides,
});

export interface NeedData {
  id: string;
  status: string;
  participantCount: number;
  responseCount: number;
  participants: { id: string }[];
}

export async function createNeed(api: TestApp, user: TestUser, overrides: Record<string, unknown> = {}) {
  const data = await api.gqlOk<{ createNeed: NeedData }>(
    CREATE_NEED,
    { input: needInput(overrides) },
    user.token,
  );
  return data.createNeed;
}

/** The user's organisation joins the need and its owner accepts it as a partner. */
export async function makePartner(api: TestApp, owner: TestUser, needId: string, partner: TestUser) {
  await api.gqlOk(JOIN_NEED, { needId }, partner.token);
  await api.gqlOk(ACCEPT_PARTNER, { needId, organizationId: partner.organizationId }, owner.token);
}

export async function respond(api: TestApp, user: TestUser, needId: string, pitch = 'Vi har en løsning.') {
  const data = await api.gqlOk<{ respondToNeed: { id: string; status: string } }>(
    RESPOND,
    { needId, pitch },
    user.token,
  );
  return data.respondToNeed;
}

export async function createNotice(api: TestApp, user: TestUser, overrides: Record<string, unknown> = {}) {
  const data = await api.gqlOk<{ createProcurementNotice: { id: string } }>(
    CREATE_NOTICE,
    { input: noticeInput(overrides) },
    user.token,
  );
  return data.createProcurementNotice;
}

export const ALL_KINDS = Object.values(OrganizationKind);
export const PUBLIC_KINDS = [
  OrganizationKind.MUNICIPALITY,
  OrganizationKind.COUNTY_MUNICIPALITY,
  OrganizationKind.STATE_AGENCY,
];
export const ROLES = [Role.MEMBER, Role.ADMIN];

/** Every organisation kind × role, as [kind, role] rows for it.each. */
export const KIND_ROLE_MATRIX = ALL_KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as const));

/** A second user in the same organisation, with the given role. */
export const colleague = (api: TestApp, of: TestUser, role: Role) =>
  api.createUser(of.organizationId, { role });

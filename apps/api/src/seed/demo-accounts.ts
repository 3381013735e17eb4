import { OrganizationKind } from '../organizations/organization-kind';
import { Role } from '../users/role';

export const DEMO_PASSWORD = 'lokomotiv-demo';

/** Organisations the demo needs besides the reference municipalities. Their numbers are fictional. */
export const DEMO_ORGANIZATIONS = [
  {
    key: 'platform',
    name: 'Lokomotiv-sekretariatet',
    kind: OrganizationKind.OTHER,
    organizationNumber: '931111116',
  },
  { key: 'startup', name: 'Fjordkode AS', kind: OrganizationKind.COMPANY, organizationNumber: '923456783' },
] as const;

type DemoOrganizationKey = (typeof DEMO_ORGANIZATIONS)[number]['key'];

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  isPlatformAdmin: boolean;
  /** A municipality number, or one of DEMO_ORGANIZATIONS' keys. */
  organization: string | DemoOrganizationKey;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@lokomotiv.test',
    name: 'Plattformadministrator',
    role: Role.ADMIN,
    isPlatformAdmin: true,
    organization: 'platform',
  },
  {
    email: 'leder@bergen.test',
    name: 'Kari Nordmann',
    role: Role.ADMIN,
    isPlatformAdmin: false,
    organization: '4601',
  },
  {
    email: 'innkjop@oslo.test',
    name: 'Ola Hansen',
    role: Role.MEMBER,
    isPlatformAdmin: false,
    organization: '0301',
  },
  {
    email: 'post@startup.test',
    name: 'Ingrid Berg',
    role: Role.ADMIN,
    isPlatformAdmin: false,
    organization: 'startup',
  },
];

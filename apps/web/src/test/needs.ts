import type { NeedData, NeedResponseData } from '../modules/needs/components/NeedPage';

export const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });

/** A need as the need page reads it, owned by Bergen; the viewer is nobody to it unless overridden. */
export function needData(overrides: Partial<NeedData> = {}): NeedData {
  return {
    __typename: 'Need',
    id: 'need-1',
    title: 'Automatisk oversetting',
    description: 'Vi trenger oversetting.',
    serviceArea: 'oppvekst-og-utdanning',
    status: 'OPEN',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    responseCount: 0,
    viewerCanEdit: false,
    viewerHasJoined: false,
    viewerRole: 'NONE',
    viewerFollows: false,
    nextStatuses: [],
    contact: null,
    owner: { __typename: 'Organization', id: 'org-bergen', name: 'Bergen kommune', kind: 'MUNICIPALITY' },
    participants: [],
    partners: [],
    questions: [],
    procurementNotices: [],
    similarSolutions: [],
    ...overrides,
  };
}

export const needResponse = (status: NeedResponseData['status']): NeedResponseData => ({
  __typename: 'NeedResponse',
  id: 'r-1',
  pitch: 'Vi oversetter til 40 språk.',
  status,
  createdAt: '2025-02-01T00:00:00.000Z',
  updatedAt: '2025-02-01T00:00:00.000Z',
  organization: organization('org-startup', 'Fjordkode AS'),
  contact: {
    __typename: 'ContactPerson',
    name: 'Ingrid Berg',
    role: 'Daglig leder',
    email: 'ingrid@fjordkode.example',
    phone: '+47 99 88 77 66',
  },
});

import type { AdoptionFieldsFragment, SolutionQuery } from '../generated/graphql';
import type { NeedData } from '../modules/needs/components/NeedPage';

type SolutionData = NonNullable<SolutionQuery['solution']>;

export function adoption(id: string, organization: string, stage: AdoptionFieldsFragment['stage']) {
  return {
    __typename: 'Adoption' as const,
    id,
    stage,
    createdAt: '2025-03-01T10:00:00.000Z',
    organization: { __typename: 'Organization' as const, id: `org-${organization}`, name: organization },
  };
}

export function solutionData(overrides: Partial<SolutionData> = {}): SolutionData {
  return {
    __typename: 'Solution',
    id: 'sol-1',
    title: 'Saksbehandlingsrobot',
    summary: 'En robot som fordeler meldinger.',
    description: '## Hva den gjør\n\nFordeler meldinger.',
    serviceArea: 'helse-og-omsorg',
    tags: ['RPA'],
    status: 'PUBLISHED',
    license: 'MIT',
    sourceCodeUrl: 'https://github.com/bergen-kommune/plo-robot',
    contactEmail: 'digitalisering@bergen.kommune.no',
    benefits: 'Frigjorde 6 årsverk.',
    annualSavingsNok: 4200000,
    publishedAt: '2025-01-01T10:00:00.000Z',
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    owner: { __typename: 'Organization', id: 'org-owner', name: 'Oslo kommune', kind: 'MUNICIPALITY' },
    reuseCount: 2,
    viewerCanEdit: false,
    viewerFollows: false,
    originNotice: null,
    viewerAdoption: null,
    adoptions: [
      adoption('a-1', 'Stavanger kommune', 'IN_USE'),
      adoption('a-2', 'Bodø kommune', 'EVALUATING'),
    ],
    ...overrides,
  };
}

/** A need as the need page reads it: open, owned by Bergen, viewed by someone else. */
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
    viewerFollows: false,
    nextStatuses: [],
    owner: { __typename: 'Organization', id: 'org-bergen', name: 'Bergen kommune', kind: 'MUNICIPALITY' },
    participants: [],
    questions: [],
    procurementNotices: [],
    similarSolutions: [],
    ...overrides,
  };
}

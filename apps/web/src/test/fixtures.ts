import type { AdoptionFieldsFragment, SolutionQuery } from '../generated/graphql';

type SolutionData = NonNullable<SolutionQuery['solution']>;

export function adoption(id: string, organization: string, stage: AdoptionFieldsFragment['stage']) {
  return {
    __typename: 'Adoption' as const,
    id,
    stage,
    createdAt: '2025-03-01T10:00:00.000Z',
    startedAt: '2025-03-01T10:00:00.000Z',
    confirmedAt: new Date().toISOString(),
    confirmationDueAt: new Date(Date.now() + 365 * 24 * 60 * 60_000).toISOString(),
    counts: stage !== 'STOPPED',
    awaitingConfirmation: false,
    story: null as AdoptionFieldsFragment['story'],
    contact: null as AdoptionFieldsFragment['contact'],
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
    inUseCount: 1,
    pilotingCount: 0,
    evaluatingCount: 1,
    inUseByMunicipalitiesOnly: true,
    hoursSavedPerYear: 0,
    savingsNokPerYear: 0,
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

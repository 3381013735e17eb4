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
    kind: 'ROBOT',
    maturity: 'PRODUCTION',
    lastReviewedOn: '2026-10-15',
    licenseId: 'MIT',
    openSource: true,
    contact: {
      __typename: 'ContactPerson',
      name: 'Ingrid Haugland',
      role: 'Produkteier RPA',
      email: 'digitalisering@bergen.kommune.no',
      phone: null,
    },
    links: [
      { __typename: 'SolutionLink', label: 'Kildekode', url: 'https://github.com/bergen-kommune/plo-robot' },
    ],
    endpointUrl: null,
    rpaPlatform: { __typename: 'System', id: 'uipath', name: 'UiPath', vendor: 'UiPath' },
    automatedProcess: 'Fordeling av PLO-meldinger',
    datasetFormat: null,
    licenseCostNok: null,
    yearlyRunningCostNok: 350000,
    priceModel: null,
    builtBy: 'IN_HOUSE',
    supplierName: null,
    hosting: 'ON_PREMISES',
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
    declaredUsers: [],
    publiccodeYml: null,
    publiccodeMissing: [],
    viewerAdoption: null,
    adoptions: [
      adoption('a-1', 'Stavanger kommune', 'IN_USE'),
      adoption('a-2', 'Bodø kommune', 'EVALUATING'),
    ],
    ...overrides,
  };
}

import type {
  SolutionBuilder,
  SolutionHosting,
  SolutionInput,
  SolutionKind,
  SolutionMaturity,
} from '../../generated/graphql';
import { type ApiError, requiredError } from '../common/api-errors';
import { contactProblems, contactValuesOf, toContactInput } from '../common/contact-values';
import { moneyOrNull, moneyProblems } from '../common/money';

/** What a solution is, as its form holds it: every field a string, named as the api names its errors. */
export const PROFILE_FIELDS = [
  'kind',
  'rpaPlatformId',
  'automatedProcess',
  'endpointUrl',
  'datasetFormat',
  'maturity',
  'lastReviewedOn',
  'licenseId',
  'contact.name',
  'contact.role',
  'contact.email',
  'contact.phone',
  'link.userGuide',
  'link.sourceCode',
  'link.demo',
  'link.documentation',
  'licenseCostNok',
  'yearlyRunningCostNok',
  'priceModel',
  'builtBy',
  'supplierName',
  'hosting',
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, string>;

export const SOLUTION_KINDS: readonly SolutionKind[] = [
  'SOFTWARE',
  'ROBOT',
  'INTEGRATION',
  'SERVICE',
  'TEMPLATE',
  'DATASET',
];
export const MATURITIES: readonly SolutionMaturity[] = ['CONCEPT', 'PILOT', 'PRODUCTION', 'DISCONTINUED'];
export const BUILDERS: readonly SolutionBuilder[] = ['IN_HOUSE', 'BOUGHT', 'CO_DEVELOPED'];
export const HOSTINGS: readonly SolutionHosting[] = ['SAAS', 'ON_PREMISES'];

/** The fields only one kind has, as the api knows them. */
export const KIND_FIELDS: Partial<Record<ProfileField, SolutionKind>> = {
  rpaPlatformId: 'ROBOT',
  automatedProcess: 'ROBOT',
  endpointUrl: 'INTEGRATION',
  datasetFormat: 'DATASET',
};

export const fitsKind = (field: ProfileField, kind: string) => {
  const only = KIND_FIELDS[field];
  return only === undefined || only === kind;
};

export const hasSupplier = (builtBy: string) => builtBy === 'BOUGHT' || builtBy === 'CO_DEVELOPED';

/** The form's link fields and the label each link gets (in bokmål, the content language). */
const LINKS = [
  ['link.userGuide', 'Brukerveiledning', ['user guide']],
  ['link.sourceCode', 'Kildekode', ['source code']],
  ['link.demo', 'Demo', []],
  ['link.documentation', 'Dokumentasjon', ['documentation', 'dokumenter']],
] as const satisfies readonly [ProfileField, string, readonly string[]][];

export interface LinkValue {
  label: string;
  url: string;
}

export const EMPTY_PROFILE: ProfileValues = {
  ...(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, ''])) as ProfileValues),
  kind: 'SOFTWARE',
  maturity: 'PRODUCTION',
};

interface StoredProfile {
  kind: SolutionKind;
  maturity: SolutionMaturity;
  lastReviewedOn?: string | null;
  licenseId?: string | null;
  contact?: { name: string; role?: string | null; email: string; phone?: string | null } | null;
  links: readonly LinkValue[];
  endpointUrl?: string | null;
  rpaPlatform?: { id: string } | null;
  automatedProcess?: string | null;
  datasetFormat?: string | null;
  licenseCostNok?: number | null;
  yearlyRunningCostNok?: number | null;
  priceModel?: string | null;
  builtBy?: SolutionBuilder | null;
  supplierName?: string | null;
  hosting?: SolutionHosting | null;
}

const linkFieldOf = (label: string) =>
  LINKS.find(([, own, others]) => [own.toLowerCase(), ...others].includes(label.trim().toLowerCase()))?.[0];

/** The form's values of a stored solution, and the links it has no field for (kept as they are). */
export function profileFromSolution(solution: StoredProfile): {
  values: ProfileValues;
  otherLinks: LinkValue[];
} {
  const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));
  const values: ProfileValues = {
    ...EMPTY_PROFILE,
    kind: solution.kind,
    maturity: solution.maturity,
    lastReviewedOn: text(solution.lastReviewedOn),
    licenseId: text(solution.licenseId),
    ...contactValuesOf(solution.contact),
    endpointUrl: text(solution.endpointUrl),
    rpaPlatformId: text(solution.rpaPlatform?.id),
    automatedProcess: text(solution.automatedProcess),
    datasetFormat: text(solution.datasetFormat),
    licenseCostNok: text(solution.licenseCostNok),
    yearlyRunningCostNok: text(solution.yearlyRunningCostNok),
    priceModel: text(solution.priceModel),
    builtBy: text(solution.builtBy),
    supplierName: text(solution.supplierName),
    hosting: text(solution.hosting),
  };
  const otherLinks: LinkValue[] = [];
  for (const link of solution.links) {
    const field = linkFieldOf(link.label);
    if (field && !values[field]) values[field] = link.url;
    else otherLinks.push({ label: link.label, url: link.url });
  }
  return { values, otherLinks };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const isHttpUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

/** The profile's amounts in kroner, typed as people write them (see parseMoney). */
export const PROFILE_MONEY_FIELDS = ['licenseCostNok', 'yearlyRunningCostNok'] as const;

/** What the form finds before sending: a half-filled contact, links that are not links, amounts that are not numbers. */
export function profileProblems(values: ProfileValues): ApiError[] {
  const links = LINKS.map(([field]) => field).filter(
    (field) => values[field].trim() && !isHttpUrl(values[field].trim()),
  );
  return [
    ...(values.kind === 'ROBOT' && !values.rpaPlatformId ? [requiredError('rpaPlatformId')] : []),
    ...contactProblems(values),
    ...links.map((field): ApiError => ({ code: 'BAD_USER_INPUT', reason: 'NOT_AN_HTTP_URL', field })),
    ...(values.builtBy === 'BOUGHT' && !values.supplierName.trim() ? [requiredError('supplierName')] : []),
    ...PROFILE_MONEY_FIELDS.flatMap((field) => moneyProblems(field, values[field])),
  ];
}

type ProfileInput = Pick<
  SolutionInput,
  | 'kind'
  | 'maturity'
  | 'lastReviewedOn'
  | 'licenseId'
  | 'contact'
  | 'links'
  | 'endpointUrl'
  | 'rpaPlatformId'
  | 'automatedProcess'
  | 'datasetFormat'
  | 'licenseCostNok'
  | 'yearlyRunningCostNok'
  | 'priceModel'
  | 'builtBy'
  | 'supplierName'
  | 'hosting'
>;

/** The api input of the profile; a field the chosen kind (or builder) does not have is sent empty. */
export function toProfileInput(values: ProfileValues, otherLinks: readonly LinkValue[]): ProfileInput {
  const forKind = (field: ProfileField) => (fitsKind(field, values.kind) ? blankToNull(values[field]) : null);
  return {
    kind: values.kind as SolutionKind,
    maturity: values.maturity as SolutionMaturity,
    lastReviewedOn: blankToNull(values.lastReviewedOn),
    licenseId: blankToNull(values.licenseId),
    contact: toContactInput(values),
    links: [
      ...LINKS.filter(([field]) => values[field].trim()).map(([field, label]) => ({
        label,
        url: values[field].trim(),
      })),
      ...otherLinks,
    ],
    endpointUrl: forKind('endpointUrl'),
    rpaPlatformId: forKind('rpaPlatformId'),
    automatedProcess: forKind('automatedProcess'),
    datasetFormat: forKind('datasetFormat'),
    licenseCostNok: moneyOrNull(values.licenseCostNok),
    yearlyRunningCostNok: moneyOrNull(values.yearlyRunningCostNok),
    priceModel: blankToNull(values.priceModel),
    builtBy: (blankToNull(values.builtBy) as SolutionBuilder | null) ?? null,
    supplierName: hasSupplier(values.builtBy) ? blankToNull(values.supplierName) : null,
    hosting: (blankToNull(values.hosting) as SolutionHosting | null) ?? null,
  };
}

import { optionalContactPerson } from '../common/contact-person';
import { commonError } from '../common/domain-error';
import {
  type InputCheck,
  optionalHttpUrl,
  optionalNonNegativeInt,
  optionalText,
  requiredText,
} from '../common/input-validation';
import { validateKnownSystemIds, validateSystemId } from '../systems/system-catalogue';
import { SystemCategory } from '../systems/system-category';
import { isOpenSource, optionalLicenseId } from './license-expression';
import { solutionError } from './solution.errors';
import {
  KIND_FIELDS,
  SOLUTION_PROFILE_INPUT_FIELDS,
  SolutionBuilder,
  SolutionKind,
  type SolutionLink,
  type SolutionLinkInput,
  SolutionMaturity,
  type SolutionProfileFields,
  type SolutionProfileInput,
  type SolutionRequirementInput,
  type SolutionRequirementValue,
} from './solution-profile';

export const MAX_LINKS = 20;
export const MAX_REQUIREMENTS = 10;
export const MAX_SYSTEMS_PER_REQUIREMENT = 10;

/** The profile checked and trimmed; omitted fields get their defaults (SOFTWARE, PRODUCTION, none). */
export function validateSolutionProfile(
  check: InputCheck,
  input: SolutionProfileInput,
): SolutionProfileFields {
  const kind = input.kind ?? SolutionKind.SOFTWARE;
  const forKind = <T>(field: keyof typeof KIND_FIELDS, validate: () => T | null): T | null =>
    check.collect(() => {
      const value = validate();
      if (value !== null && !(KIND_FIELDS[field] as readonly SolutionKind[]).includes(kind))
        throw solutionError(
          'NOT_FOR_SOLUTION_KIND',
          `${field} does not apply to a solution of kind ${kind}`,
          {
            field,
            params: { kind },
          },
        );
      return value;
    });
  const licenseId = check.collect(() => optionalLicenseId('licenseId', input.licenseId));
  const builtBy = input.builtBy ?? null;
  return {
    kind,
    maturity: input.maturity ?? SolutionMaturity.PRODUCTION,
    lastReviewedOn: check.collect(() => optionalPastDate('lastReviewedOn', input.lastReviewedOn)),
    licenseId,
    openSource: isOpenSource(licenseId),
    contact: check.collect(() => optionalContactPerson('contact', input.contact)),
    links: check.collect(() => validateLinks(check, input.links)),
    requirements: check.collect(() => validateRequirements(check, input.requirements)),
    endpointUrl: forKind('endpointUrl', () => optionalHttpUrl('endpointUrl', input.endpointUrl)),
    rpaPlatformId: forKind('rpaPlatformId', () => rpaPlatform(kind, input.rpaPlatformId)),
    automatedProcess: forKind('automatedProcess', () =>
      optionalText('automatedProcess', input.automatedProcess, { max: 2000 }),
    ),
    datasetFormat: forKind('datasetFormat', () =>
      optionalText('datasetFormat', input.datasetFormat, { max: 200 }),
    ),
    licenseCostNok: check.collect(() => optionalNonNegativeInt('licenseCostNok', input.licenseCostNok)),
    yearlyRunningCostNok: check.collect(() =>
      optionalNonNegativeInt('yearlyRunningCostNok', input.yearlyRunningCostNok),
    ),
    priceModel: check.collect(() => optionalText('priceModel', input.priceModel, { max: 1000 })),
    builtBy,
    supplierName: check.collect(() => supplierName(builtBy, input.supplierName)),
    hosting: input.hosting ?? null,
  };
}

/**
 * The input an update validates: what it gives, over the stored profile for what it omits. A stored
 * field that no longer fits (a robot's platform once the kind is SOFTWARE, a supplier once IN_HOUSE) is dropped.
 */
export function profileForUpdate(
  stored: SolutionProfileFields,
  input: SolutionProfileInput,
): SolutionProfileInput {
  const merged: SolutionProfileInput = {};
  const kind = input.kind ?? stored.kind;
  const builtBy = input.builtBy === undefined ? stored.builtBy : input.builtBy;
  for (const field of SOLUTION_PROFILE_INPUT_FIELDS) {
    // kind and maturity cannot be cleared: null keeps them too.
    const given = field === 'kind' || field === 'maturity' ? (input[field] ?? undefined) : input[field];
    if (given !== undefined) Object.assign(merged, { [field]: given });
    else if (!fitsNoLonger(field, kind, builtBy)) Object.assign(merged, { [field]: stored[field] });
  }
  return merged;
}

function fitsNoLonger(field: string, kind: SolutionKind, builtBy: SolutionBuilder | null): boolean {
  if (field === 'supplierName')
    return builtBy !== SolutionBuilder.BOUGHT && builtBy !== SolutionBuilder.CO_DEVELOPED;
  const kinds: readonly SolutionKind[] | undefined = KIND_FIELDS[field as keyof typeof KIND_FIELDS];
  return kinds !== undefined && !kinds.includes(kind);
}

function rpaPlatform(kind: SolutionKind, id: string | null | undefined): string | null {
  if (!id?.trim()) {
    if (kind === SolutionKind.ROBOT)
      throw commonError('REQUIRED', 'rpaPlatformId is required for a ROBOT', { field: 'rpaPlatformId' });
    return null;
  }
  return validateSystemId('rpaPlatformId', id, SystemCategory.RPA_PLATFORM);
}

function supplierName(builtBy: SolutionBuilder | null, value: string | null | undefined): string | null {
  if (builtBy === SolutionBuilder.BOUGHT) return requiredText('supplierName', value, { max: 200 });
  const name = optionalText('supplierName', value, { max: 200 });
  if (name !== null && builtBy !== SolutionBuilder.CO_DEVELOPED)
    throw solutionError(
      'SUPPLIER_ONLY_WHEN_BOUGHT',
      'supplierName applies only when BOUGHT or CO_DEVELOPED',
      {
        field: 'supplierName',
      },
    );
  return name;
}

export function validateLinks(
  check: InputCheck,
  links: SolutionLinkInput[] | null | undefined,
): SolutionLink[] {
  if ((links ?? []).length > MAX_LINKS)
    throw commonError('TOO_MANY', `at most ${MAX_LINKS} links are allowed`, {
      field: 'links',
      params: { max: MAX_LINKS },
    });
  return (links ?? []).map((link, i) => ({
    label: check.collect(() => requiredText(`links.${i}.label`, link.label, { max: 100 })),
    url: check.collect(() => requiredHttpUrl(`links.${i}.url`, link.url)),
  }));
}

function validateRequirements(
  check: InputCheck,
  requirements: SolutionRequirementInput[] | null | undefined,
): SolutionRequirementValue[] {
  requireAtMost('requirements', requirements ?? [], MAX_REQUIREMENTS);
  return (requirements ?? []).map((requirement, i) => ({
    description: check.collect(() =>
      requiredText(`requirements.${i}.description`, requirement.description, { max: 200 }),
    ),
    anyOfSystemIds: check.collect(() => {
      const field = `requirements.${i}.anyOfSystemIds`;
      if (!requirement.anyOfSystemIds.length)
        throw commonError('REQUIRED', `${field} must name at least one system`, { field });
      requireAtMost(field, requirement.anyOfSystemIds, MAX_SYSTEMS_PER_REQUIREMENT);
      return validateKnownSystemIds(field, requirement.anyOfSystemIds);
    }),
  }));
}

function requireAtMost(field: string, values: unknown[], max: number): void {
  if (values.length > max)
    throw commonError('TOO_MANY', `${field} allows at most ${max}`, { field, params: { max } });
}

function requiredHttpUrl(field: string, value: string): string {
  requiredText(field, value, { max: 2000 });
  return optionalHttpUrl(field, value) as string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalPastDate(field: string, value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const date = new Date(`${text}T00:00:00Z`);
  if (!ISO_DATE.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    throw commonError('NOT_A_DATE', `${field} must be a date written YYYY-MM-DD`, { field });
  // A day's slack for time zones: Oslo's today may be UTC's tomorrow.
  if (date.getTime() > Date.now() + 86_400_000)
    throw solutionError('REVIEW_DATE_IN_FUTURE', `${field} must not be in the future`, { field });
  return text;
}

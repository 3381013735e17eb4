import { commonError } from '../common/domain-error';
import {
  InputCheck,
  optionalEmail,
  optionalHttpUrl,
  optionalNonNegativeInt,
  optionalText,
  requiredText,
} from '../common/input-validation';
import { validateServiceArea } from '../service-areas/service-areas';
import type { SolutionEntity, SolutionFields } from './solution.entity';
import type { SolutionInput } from './solution.inputs';
import { profileForUpdate, validateSolutionProfile } from './solution-profile.validation';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/** Checks every field of a solution and returns them trimmed; every bad field is reported at once. */
export function validateSolutionInput(input: SolutionInput): SolutionFields {
  const check = new InputCheck();
  const fields: SolutionFields = {
    title: check.collect(() => requiredText('title', input.title, { max: 200 })),
    summary: check.collect(() => requiredText('summary', input.summary, { max: 500 })),
    description: check.collect(() => requiredText('description', input.description, { max: 50_000 })),
    serviceArea: check.collect(() => validateServiceArea('serviceArea', input.serviceArea)),
    tags: check.collect(() => validateTags(input.tags)),
    license: check.collect(() => optionalText('license', input.license, { max: 100 })),
    sourceCodeUrl: check.collect(() => optionalHttpUrl('sourceCodeUrl', input.sourceCodeUrl)),
    contactEmail: check.collect(() => optionalEmail('contactEmail', input.contactEmail)),
    benefits: check.collect(() => optionalText('benefits', input.benefits, { max: 5000 })),
    annualSavingsNok: check.collect(() => optionalNonNegativeInt('annualSavingsNok', input.annualSavingsNok)),
    ...validateSolutionProfile(check, input),
  };
  check.done();
  return fields;
}

const OPTIONAL_CORE_FIELDS = [
  'tags',
  'license',
  'sourceCodeUrl',
  'contactEmail',
  'benefits',
  'annualSavingsNok',
] as const satisfies readonly (keyof SolutionInput & keyof SolutionEntity)[];

/** What an update validates: the input, with the stored value of every optional field it omits. */
export function inputForUpdate(stored: SolutionEntity, input: SolutionInput): SolutionInput {
  const kept = Object.fromEntries(
    OPTIONAL_CORE_FIELDS.map((field) => [field, input[field] === undefined ? stored[field] : input[field]]),
  );
  return { ...input, ...kept, ...profileForUpdate(stored, input) };
}

function validateTags(tags: string[] | null | undefined): string[] {
  const unique = new Map<string, string>();
  for (const raw of tags ?? []) {
    const tag = raw.trim();
    if (!tag) throw commonError('REQUIRED', 'tags must not contain empty tags', { field: 'tags' });
    if (tag.length > MAX_TAG_LENGTH)
      throw commonError('TOO_LONG', `each tag must be at most ${MAX_TAG_LENGTH} characters`, {
        field: 'tags',
        params: { max: MAX_TAG_LENGTH },
      });
    unique.set(tag.toLowerCase(), tag);
  }
  if (unique.size > MAX_TAGS)
    throw commonError('TOO_MANY', `at most ${MAX_TAGS} tags are allowed`, {
      field: 'tags',
      params: { max: MAX_TAGS },
    });
  return [...unique.values()];
}

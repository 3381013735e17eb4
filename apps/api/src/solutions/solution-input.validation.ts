import { badInput } from '../common/domain-error';
import {
  optionalEmail,
  optionalHttpUrl,
  optionalNonNegativeInt,
  optionalText,
  requiredText,
} from '../common/input-validation';
import { validateServiceArea } from '../service-areas/service-areas';
import type { SolutionFields } from './solution.entity';
import type { SolutionInput } from './solution.inputs';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/** Checks every field of a solution and returns them trimmed; the first bad field throws BAD_USER_INPUT. */
export function validateSolutionInput(input: SolutionInput): SolutionFields {
  return {
    title: requiredText('title', input.title, { max: 200 }),
    summary: requiredText('summary', input.summary, { max: 500 }),
    description: requiredText('description', input.description, { max: 50_000 }),
    serviceArea: validateServiceArea('serviceArea', input.serviceArea),
    tags: validateTags(input.tags),
    license: optionalText('license', input.license, { max: 100 }),
    sourceCodeUrl: optionalHttpUrl('sourceCodeUrl', input.sourceCodeUrl),
    contactEmail: optionalEmail('contactEmail', input.contactEmail),
    benefits: optionalText('benefits', input.benefits, { max: 5000 }),
    annualSavingsNok: optionalNonNegativeInt('annualSavingsNok', input.annualSavingsNok),
  };
}

function validateTags(tags: string[] | null | undefined): string[] {
  const unique = new Map<string, string>();
  for (const raw of tags ?? []) {
    const tag = raw.trim();
    if (!tag) throw badInput('tags', 'tags must not contain empty tags');
    if (tag.length > MAX_TAG_LENGTH)
      throw badInput('tags', `each tag must be at most ${MAX_TAG_LENGTH} characters`);
    unique.set(tag.toLowerCase(), tag);
  }
  if (unique.size > MAX_TAGS) throw badInput('tags', `at most ${MAX_TAGS} tags are allowed`);
  return [...unique.values()];
}

import { validateContact } from '../common/contact-person';
import { commonError } from '../common/domain-error';
import { InputCheck, optionalText } from '../common/input-validation';
import {
  MAX_STORY_HOURS_PER_YEAR,
  MAX_STORY_SAVINGS_NOK_PER_YEAR,
  type StoryFields,
} from './adoption.repository';
import type { ReuseStoryInput } from './reuse-story.model';

/** Checks every field of a story at once; blank texts become null. */
export function validateReuseStory(input: ReuseStoryInput): StoryFields {
  const check = new InputCheck();
  const story: StoryFields = {
    hoursSavedPerYear: check.collect(() =>
      optionalIntIn('hoursSavedPerYear', input.hoursSavedPerYear, 0, MAX_STORY_HOURS_PER_YEAR),
    ),
    savingsNokPerYear: check.collect(() =>
      optionalIntIn('savingsNokPerYear', input.savingsNokPerYear, 0, MAX_STORY_SAVINGS_NOK_PER_YEAR),
    ),
    adaptations: check.collect(() => optionalText('adaptations', input.adaptations, { max: 5000 })),
    rating: check.collect(() => optionalIntIn('rating', input.rating, 1, 5)),
    review: check.collect(() => optionalText('review', input.review, { max: 2000 })),
    contact: input.contact ? validateContact(check, 'contact', input.contact) : null,
  };
  check.done();
  return story;
}

function optionalIntIn(field: string, value: number | null | undefined, min: number, max: number) {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max)
    throw commonError('OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max}`, {
      field,
      params: { min, max },
    });
  return value;
}

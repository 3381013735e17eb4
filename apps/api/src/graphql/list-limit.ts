import { Args, Int } from '@nestjs/graphql';
import { MAX_PAGE_SIZE, validatePage } from '../common/input-validation';

/** The `limit` of a list field that has no pages: its first items, at most MAX_PAGE_SIZE. */
export const ListLimit = () =>
  Args('limit', {
    type: () => Int,
    defaultValue: MAX_PAGE_SIZE,
    description: `The first ones, at most ${MAX_PAGE_SIZE}`,
  });

export function firstOf<T>(items: T[], limit: number): T[] {
  return items.slice(0, validatePage(limit, 0).limit);
}

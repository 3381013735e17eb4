import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Base of a GraphQL page type: `@ObjectType() class SolutionPage extends Paginated(Solution) {}`. */
export function Paginated<T>(item: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageType;
}

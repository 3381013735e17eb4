import { createUnionType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Need } from '../needs/need.model';
import { CpvCode } from '../procurement/cpv-code.model';
import { ProcurementNotice } from '../procurement/procurement-notice.model';
import { Solution } from '../solutions/solution.model';

export const SearchHit = createUnionType({
  name: 'SearchHit',
  types: () => [Solution, Need, ProcurementNotice] as const,
  resolveType(value: Solution | Need | ProcurementNotice) {
    if (value instanceof Solution) return Solution;
    if (value instanceof Need) return Need;
    return ProcurementNotice;
  },
});
export type SearchHit = Solution | Need | ProcurementNotice;

@ObjectType('FacetValue')
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;

  @Field(() => CpvCode, {
    nullable: true,
    description: 'The division with its labels, in the cpvDivision facet',
  })
  cpv?: CpvCode | null;
}

@ObjectType('Facet')
export class Facet {
  @Field({
    description:
      'kind, serviceArea, ownerCounty, procedure, cpvDivision, open ("true"/"false"), and for solutions solutionKind, maturity, licenseId and openSource ("true"/"false")',
  })
  field: string;

  @Field(() => [FacetValue], { description: 'Most frequent first' })
  values: FacetValue[];
}

@ObjectType('SearchResult')
export class SearchResult {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [SearchHit], { description: 'Most relevant first, then most reused' })
  hits: SearchHit[];

  @Field(() => [Facet], { description: 'Counts over every match, not only this page' })
  facets: Facet[];
}

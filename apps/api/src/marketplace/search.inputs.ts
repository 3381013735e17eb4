import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ProcurementProcedure } from '../procurement/procurement-procedure';
import { SearchKind } from '../search/search-kind';
import { SolutionKind, SolutionMaturity } from '../solutions/solution-profile';

@InputType()
export class SearchFilter {
  @Field(() => [SearchKind], { nullable: true })
  kinds?: SearchKind[] | null;

  @Field(() => [String], { nullable: true, description: 'ServiceArea ids' })
  serviceAreas?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Owners of solutions and needs, buyers of notices' })
  organizationIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only open needs and notices whose deadline has not passed (published solutions stay)',
  })
  openOnly?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Two-digit county numbers of the owner or buyer' })
  countyNumbers?: string[] | null;

  @Field(() => [ProcurementProcedure], { nullable: true })
  procedures?: ProcurementProcedure[] | null;

  @Field(() => [String], { nullable: true, description: 'CPV divisions: the first two digits, e.g. "72"' })
  cpvDivisions?: string[] | null;

  @Field(() => [SolutionKind], { nullable: true, description: 'Solutions of these kinds only' })
  solutionKinds?: SolutionKind[] | null;

  @Field(() => [SolutionMaturity], { nullable: true, description: 'Solutions of these maturities only' })
  maturities?: SolutionMaturity[] | null;

  @Field(() => [String], { nullable: true, description: 'Solutions with exactly these licence expressions' })
  licenseIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'An OSI-approved licence, NLOD, or a CC licence without NC/ND; an OR expression if any branch is',
  })
  openSourceOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Solutions whose requirements the viewer's organisation meets (one without requirements passes)",
  })
  runsOnOurSystems?: boolean | null;
}

/** The orders a searcher picks: relevance (ties: most in use), most in use, or newest. */
export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  MOST_IN_USE = 'MOST_IN_USE',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchSort, { name: 'SearchSort' });

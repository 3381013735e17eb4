import { Field, InputType } from '@nestjs/graphql';
import { ProcurementProcedure } from '../procurement/procurement-procedure';
import { SearchKind } from '../search/search-kind';

@InputType()
export class SavedSearchInput {
  @Field(() => String, { nullable: true, description: 'A name for the list; default: the query' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text; empty matches everything' })
  query?: string | null;

  @Field(() => [SearchKind], { nullable: true })
  kinds?: SearchKind[] | null;

  @Field(() => [String], { nullable: true })
  serviceAreas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Two-digit CPV divisions, e.g. "72"' })
  cpvDivisions?: string[] | null;

  @Field(() => [ProcurementProcedure], { nullable: true })
  procedures?: ProcurementProcedure[] | null;

  @Field(() => [String], { nullable: true, description: 'Two-digit county numbers of the owner or buyer' })
  countyNumbers?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  openOnly?: boolean | null;
}

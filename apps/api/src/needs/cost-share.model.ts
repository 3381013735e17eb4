import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';

@ObjectType('CostShare', { description: "One organisation's suggested part of a pooled need's cost" })
export class CostShare {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => Int, {
    nullable: true,
    description: 'Null for an organisation without one (it counts with the mean of the others)',
  })
  population: number | null;

  @Field(() => Float, {
    description: 'Two decimals, by population among the owner and its partners; the hundredths sum to 10,000',
  })
  percent: number;

  @Field(() => Int, { nullable: true, description: 'Percent of totalNok, when given; the amounts sum to it' })
  amountNok: number | null;
}

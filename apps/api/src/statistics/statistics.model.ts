import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MonthCount', { description: 'How many of something fell in one calendar month' })
export class MonthCount {
  @Field({ description: 'The month, e.g. "2026-11"' })
  month: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('CountyCount', { description: 'How many of something belong to one county' })
export class CountyCount {
  @Field({ description: 'Two digits, e.g. "46"' })
  countyNumber: string;

  @Field({ description: 'The short bokmål name, e.g. "Troms"' })
  countyName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('MunicipalityReuse', { description: 'What one municipality shares and reuses' })
export class MunicipalityReuse {
  @Field({ description: 'Four digits, e.g. "4601"' })
  municipalityNumber: string;

  @Field({ description: 'The short bokmål name, e.g. "Bergen"' })
  name: string;

  @Field(() => Int, { description: 'Its published solutions' })
  sharedSolutions: number;

  @Field(() => Int, { description: 'Published solutions it has a counting adoption of' })
  reusedSolutions: number;
}

@ObjectType('Statistics', {
  description: 'What reuse has gained the country, computed at most once a minute',
})
export class Statistics {
  @Field(() => Int)
  publishedSolutions: number;

  @Field(() => Int, { description: 'Organisations with a published solution' })
  organizationsSharing: number;

  @Field(() => Int, { description: 'Organisations with a counting adoption of a published solution' })
  organizationsReusing: number;

  @Field(() => Int, { description: 'Counting adoptions at IN_USE of published solutions' })
  adoptionsInUse: number;

  @Field(() => Int, { description: "The sum of the published solutions' hoursSavedPerYear" })
  hoursSavedPerYear: number;

  @Field(() => Float, { description: "The sum of the published solutions' savingsNokPerYear" })
  savingsNokPerYear: number;

  @Field(() => [MonthCount], {
    description:
      'Counting adoptions by the month of confirmedAt (Europe/Oslo), oldest first; months between without any count 0',
  })
  adoptionsByMonth: MonthCount[];

  @Field(() => [CountyCount], {
    description: "Counting adoptions by the adopter's county, every county, the most first",
  })
  adoptionsByCounty: CountyCount[];
}

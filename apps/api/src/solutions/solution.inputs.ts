import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SolutionProfileInput } from './solution-profile';
import { SolutionStatus } from './solution-status';

/** Every optional field: omitted, it gets its default on create and keeps its value on update; null clears it. */
@InputType()
export class SolutionInput extends SolutionProfileInput {
  @Field({ description: 'At most 200 characters' })
  title: string;

  @Field({ description: 'At most 500 characters' })
  summary: string;

  @Field({ description: 'Markdown, at most 50,000 characters' })
  description: string;

  @Field()
  serviceArea: string;

  @Field(() => [String], { nullable: true, description: 'At most 20 tags of at most 50 characters' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use licenseId, an SPDX expression' })
  license?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use links, with a link labelled "Kildekode"' })
  sourceCodeUrl?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use contact' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Benefits realised, in the owner’s words' })
  benefits?: string | null;

  @Field(() => Int, { nullable: true })
  annualSavingsNok?: number | null;
}

@InputType()
export class SolutionListFilter {
  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => [SolutionStatus], { nullable: true, description: 'Default: PUBLISHED only' })
  statuses?: SolutionStatus[] | null;

  @Field(() => [String], { nullable: true })
  serviceAreas?: string[] | null;
}

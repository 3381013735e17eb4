import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SolutionStatus } from './solution-status';

@InputType()
export class SolutionInput {
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

  @Field(() => String, { nullable: true, description: 'e.g. "MIT", "EUPL-1.2", "Proprietary"' })
  license?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) link to the source code or product page' })
  sourceCodeUrl?: string | null;

  @Field(() => String, { nullable: true })
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

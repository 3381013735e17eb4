import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContactPersonInput } from '../common/contact-person';
import { SolutionLinkInput } from '../solutions/solution-profile';
import { ProcurementProcedure } from './procurement-procedure';

@InputType()
export class ProcurementNoticeInput {
  @Field({ description: 'At most 200 characters' })
  title: string;

  @Field({ description: 'Markdown, at most 20,000 characters' })
  description: string;

  @Field(() => ProcurementProcedure)
  procedure: ProcurementProcedure;

  @Field(() => [String], { description: 'Full CPV 2008 codes with check digit, e.g. "72000000-5"; 1 to 20' })
  cpvCodes: string[];

  @Field({
    description: 'At least one hour ahead when the notice is created or the deadline is changed',
  })
  deadline: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Before the deadline; at least one hour ahead when changed',
  })
  questionDeadline?: Date | null;

  @Field(() => ContactPersonInput, { nullable: true })
  contact?: ContactPersonInput | null;

  @Field(() => [SolutionLinkInput], { nullable: true, description: 'Tender documents; at most 20' })
  links?: SolutionLinkInput[] | null;

  @Field(() => Int, { nullable: true })
  estimatedValueNok?: number | null;

  @Field(() => String, { nullable: true, description: 'The official notice (http or https), e.g. on Doffin' })
  externalUrl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A need your organisation owns or has joined; it moves to IN_PROCUREMENT',
  })
  needId?: string | null;

  @Field(() => String, { nullable: true, description: "A ServiceArea id; default: the linked need's" })
  serviceArea?: string | null;
}

@InputType()
export class ProcurementNoticeFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only notices with a future deadline, not cancelled' })
  openOnly?: boolean | null;

  @Field(() => [ProcurementProcedure], { nullable: true })
  procedures?: ProcurementProcedure[] | null;

  @Field(() => [String], { nullable: true, description: 'Two-digit CPV divisions, e.g. "72"' })
  cpvDivisions?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Full CPV codes at any level, at most 20: a notice matches with one of its codes or a narrower one (72000000-5 matches every 72xxxxxx code, 72200000-7 every 722xxxxx code)',
  })
  cpvCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Two-digit county numbers of the buyer, e.g. "46"' })
  countyNumbers?: string[] | null;

  @Field(() => ID, { nullable: true })
  buyerId?: string | null;

  @Field(() => ID, { nullable: true })
  needId?: string | null;
}

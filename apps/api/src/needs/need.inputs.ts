import { Field, ID, InputType } from '@nestjs/graphql';
import { ContactPersonInput } from '../common/contact-person';
import { NeedStatus } from './need-status';

@InputType()
export class NeedInput {
  @Field({ description: 'At most 200 characters' })
  title: string;

  @Field({ description: 'Markdown, at most 20,000 characters' })
  description: string;

  @Field()
  serviceArea: string;

  @Field(() => ContactPersonInput, {
    nullable: true,
    description:
      'Whom suppliers the owner shortlisted may call. On create, default: you; on update, omitted keeps it',
  })
  contact?: ContactPersonInput | null;
}

@InputType()
export class NeedListFilter {
  @Field(() => [NeedStatus], { nullable: true, description: 'Default: every status' })
  statuses?: NeedStatus[] | null;

  @Field(() => [String], { nullable: true })
  serviceAreas?: string[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Needs this organisation has joined' })
  participantId?: string | null;
}

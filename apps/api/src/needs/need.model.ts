import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactPerson, type ContactPersonValue } from '../common/contact-person';
import { Paginated } from '../graphql/paginated';
import { Organization } from '../organizations/organization.model';
import type { NeedEntity, NeedResponseEntity } from './need.entity';
import type { NeedQuestionEntity } from './need-question.entity';
import { NeedResponseStatus, NeedStatus } from './need-status';

@ObjectType('Need')
export class Need {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field({ description: 'A ServiceArea id' })
  serviceArea: string;

  @Field(() => NeedStatus)
  status: NeedStatus;

  @Field(() => Organization)
  owner?: Organization;

  @Field(() => [Organization], { description: 'Other organisations that share the need' })
  participants?: Organization[];

  @Field(() => Int)
  participantCount: number;

  @Field(() => Int)
  responseCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  ownerId: string;
  /** Read through the resolver, which shows it only to those who may call. */
  storedContact: ContactPersonValue | null;

  static from(entity: NeedEntity): Need {
    const { id, title, description, serviceArea, status, ownerId, contact } = entity;
    const { participantCount, responseCount, createdAt, updatedAt } = entity;
    return Object.assign(new Need(), {
      id,
      title,
      description,
      serviceArea,
      status,
      ownerId,
      storedContact: contact,
      participantCount,
      responseCount,
      createdAt,
      updatedAt,
    });
  }
}

@ObjectType('NeedResponse')
export class NeedResponse {
  @Field(() => ID)
  id: string;

  @Field(() => Need)
  need?: Need;

  @Field(() => Organization)
  organization?: Organization;

  @Field()
  pitch: string;

  @Field(() => NeedResponseStatus)
  status: NeedResponseStatus;

  @Field(() => ContactPerson, {
    description: "Whom to call about the answer; shown to the need's owner and partners",
  })
  contact: ContactPersonValue;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  needId: string;
  organizationId: string;

  static from(entity: NeedResponseEntity): NeedResponse {
    const { id, needId, organizationId, pitch, status, contact, createdAt, updatedAt } = entity;
    return Object.assign(new NeedResponse(), {
      id,
      needId,
      organizationId,
      pitch,
      status,
      contact,
      createdAt,
      updatedAt,
    });
  }
}

@ObjectType()
export class NeedPage extends Paginated(Need) {}

@ObjectType()
export class NeedResponsePage extends Paginated(NeedResponse) {}

@ObjectType('NeedQuestion', { description: 'A public clarification question; who asked is never shown' })
export class NeedQuestion {
  @Field(() => ID)
  id: string;

  @Field()
  question: string;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field()
  createdAt: Date;

  needId: string;

  static from(entity: NeedQuestionEntity): NeedQuestion {
    const { id, needId, question, answer, answeredAt, createdAt } = entity;
    return Object.assign(new NeedQuestion(), { id, needId, question, answer, answeredAt, createdAt });
  }
}

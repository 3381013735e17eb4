import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';
import type { NeedEntity, NeedResponseEntity } from './need.entity';
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

  static from(entity: NeedEntity): Need {
    const { id, title, description, serviceArea, status, ownerId } = entity;
    const { participantCount, responseCount, createdAt, updatedAt } = entity;
    return Object.assign(new Need(), {
      id,
      title,
      description,
      serviceArea,
      status,
      ownerId,
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

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  needId: string;
  organizationId: string;

  static from(entity: NeedResponseEntity): NeedResponse {
    const { id, needId, organizationId, pitch, status, createdAt, updatedAt } = entity;
    return Object.assign(new NeedResponse(), {
      id,
      needId,
      organizationId,
      pitch,
      status,
      createdAt,
      updatedAt,
    });
  }
}

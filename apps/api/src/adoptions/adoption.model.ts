import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { Organization } from '../organizations/organization.model';
import { Solution } from '../solutions/solution.model';
import type { AdoptionEntity } from './adoption.entity';
import { AdoptionStage } from './adoption-stage';

@ObjectType('Adoption')
export class Adoption {
  @Field(() => ID)
  id: string;

  @Field(() => Organization)
  organization?: Organization;

  @Field(() => Solution, {
    nullable: true,
    description: 'Null when the solution is no longer visible to you',
  })
  solution?: Solution | null;

  @Field(() => AdoptionStage)
  stage: AdoptionStage;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organizationId: string;
  solutionId: string;

  static from(entity: AdoptionEntity): Adoption {
    const { id, organizationId, solutionId, stage, createdAt, updatedAt } = entity;
    return Object.assign(new Adoption(), { id, organizationId, solutionId, stage, createdAt, updatedAt });
  }
}

@ObjectType()
export class AdoptionPage extends Paginated(Adoption) {}

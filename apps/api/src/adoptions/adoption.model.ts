import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContactPerson } from '../common/contact-person';
import { Paginated } from '../graphql/paginated';
import { Organization } from '../organizations/organization.model';
import { Solution } from '../solutions/solution.model';
import type { AdoptionEntity } from './adoption.entity';
import { confirmationDueAt } from './adoption-confirmation';
import { AdoptionStage } from './adoption-stage';
import { ReuseStory } from './reuse-story.model';

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

  @Field({ description: 'When the organisation started (evaluating, piloting or using) the solution' })
  startedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: "Null while an owner's proposal waits for the adopter to confirm",
  })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'A year after confirmedAt' })
  confirmationDueAt: Date | null;

  @Field({ description: "True while the owner's proposal waits for the adopting organisation" })
  awaitingConfirmation: boolean;

  @Field(() => ReuseStory, { nullable: true })
  story: ReuseStory | null;

  /** Resolved by AdoptionResolver.contact, for signed-in users only. */
  contact: ContactPerson | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organizationId: string;
  solutionId: string;

  static from(entity: AdoptionEntity): Adoption {
    const { id, organizationId, solutionId, stage, startedAt, confirmedAt, createdAt, updatedAt } = entity;
    return Object.assign(new Adoption(), {
      id,
      organizationId,
      solutionId,
      stage,
      startedAt,
      confirmedAt,
      confirmationDueAt: confirmationDueAt(confirmedAt),
      awaitingConfirmation: confirmedAt === null,
      story: storyOf(entity),
      contact: contactOf(entity),
      createdAt,
      updatedAt,
    });
  }
}

function storyOf(entity: AdoptionEntity): ReuseStory | null {
  if (!entity.storyUpdatedAt) return null;
  return {
    hoursSavedPerYear: entity.storyHoursSavedPerYear,
    savingsNokPerYear: entity.storySavingsNokPerYear,
    adaptations: entity.storyAdaptations,
    rating: entity.storyRating,
    review: entity.storyReview,
    updatedAt: entity.storyUpdatedAt,
  };
}

function contactOf(entity: AdoptionEntity): ContactPerson | null {
  if (!entity.contactName || !entity.contactEmail) return null;
  return {
    name: entity.contactName,
    role: entity.contactRole,
    email: entity.contactEmail,
    phone: entity.contactPhone,
  };
}

@ObjectType()
export class AdoptionPage extends Paginated(Adoption) {}

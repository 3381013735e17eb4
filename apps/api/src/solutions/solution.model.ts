import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { Organization } from '../organizations/organization.model';
import type { SolutionEntity } from './solution.entity';
import { SOLUTION_PROFILE_INPUT_FIELDS, SolutionProfile } from './solution-profile';
import { SolutionStatus } from './solution-status';

/** The label the migration gave the old source code link; the deprecated sourceCodeUrl reads it. */
const SOURCE_CODE_LABELS = ['kildekode', 'source code'];

@ObjectType('Solution')
export class Solution extends SolutionProfile {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'Markdown; sanitise when rendering' })
  description: string;

  @Field({ description: 'A ServiceArea id' })
  serviceArea: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true, deprecationReason: 'Use licenseId' })
  license: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use links' })
  sourceCodeUrl: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use contact' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Benefits realised (gevinstrealisering)' })
  benefits: string | null;

  @Field(() => Int, { nullable: true })
  annualSavingsNok: number | null;

  @Field(() => SolutionStatus)
  status: SolutionStatus;

  @Field(() => Organization)
  owner?: Organization;

  @Field(() => Int, {
    description: 'Adoptions that count (Adoption.counts) by organisations other than the owner',
  })
  reuseCount: number;

  @Field(() => Int, { description: 'Counting adoptions at IN_USE' })
  inUseCount: number;

  @Field(() => Int, { description: 'Counting adoptions at PILOTING' })
  pilotingCount: number;

  @Field(() => Int, { description: 'Counting adoptions at EVALUATING' })
  evaluatingCount: number;

  @Field(() => Int, { description: "The sum over counting adoptions' stories" })
  hoursSavedPerYear: number;

  @Field(() => Float, {
    description: "The sum over counting adoptions' stories (a Float: sums can pass 2^31)",
  })
  savingsNokPerYear: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => [String], {
    description:
      'Organisations its publiccode.yml names in usedBy, shown as «oppgitt i publiccode.yml»: never counted as adoptions',
  })
  declaredUsers: string[];

  /** The BCP 47 language of title, summary and description; null is bokmål. */
  textLanguage: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  ownerId: string;

  static from(entity: SolutionEntity): Solution {
    const { id, title, summary, description, serviceArea, tags, license, sourceCodeUrl, contactEmail } =
      entity;
    const { benefits, annualSavingsNok, status, ownerId, reuseCount, publishedAt, createdAt, updatedAt } =
      entity;
    const profile = Object.fromEntries(SOLUTION_PROFILE_INPUT_FIELDS.map((field) => [field, entity[field]]));
    const sourceLink = entity.links.find((link) => SOURCE_CODE_LABELS.includes(link.label.toLowerCase()));
    return Object.assign(new Solution(), {
      ...profile,
      openSource: entity.openSource,
      id,
      title,
      summary,
      description,
      serviceArea,
      tags,
      // The deprecated fields read the new ones, so they stay true after an edit.
      license: entity.licenseId ?? license,
      sourceCodeUrl: sourceLink?.url ?? sourceCodeUrl,
      contactEmail: entity.contact?.email ?? contactEmail,
      benefits,
      annualSavingsNok,
      status,
      ownerId,
      reuseCount,
      ...reuseCountsOf(entity),
      publishedAt,
      declaredUsers: entity.declaredUsers,
      textLanguage: entity.textLanguage,
      createdAt,
      updatedAt,
    });
  }
}

/** The stored reuse counters (see AdoptionRepository.recount). */
function reuseCountsOf(entity: SolutionEntity) {
  const { inUseCount, pilotingCount, evaluatingCount, hoursSavedPerYear } = entity;
  return {
    inUseCount,
    pilotingCount,
    evaluatingCount,
    hoursSavedPerYear,
    savingsNokPerYear: Number(entity.savingsNokPerYear),
  };
}

@ObjectType()
export class SolutionPage extends Paginated(Solution) {}

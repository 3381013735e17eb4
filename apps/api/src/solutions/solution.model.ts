import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { Organization } from '../organizations/organization.model';
import type { SolutionEntity } from './solution.entity';
import { SolutionStatus } from './solution-status';

@ObjectType('Solution')
export class Solution {
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

  @Field(() => String, { nullable: true })
  license: string | null;

  @Field(() => String, { nullable: true })
  sourceCodeUrl: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Benefits realised (gevinstrealisering)' })
  benefits: string | null;

  @Field(() => Int, { nullable: true })
  annualSavingsNok: number | null;

  @Field(() => SolutionStatus)
  status: SolutionStatus;

  @Field(() => Organization)
  owner?: Organization;

  @Field(() => Int, { description: 'Distinct organisations other than the owner with an adoption' })
  reuseCount: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

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
    return Object.assign(new Solution(), {
      id,
      title,
      summary,
      description,
      serviceArea,
      tags,
      license,
      sourceCodeUrl,
      contactEmail,
      benefits,
      annualSavingsNok,
      status,
      ownerId,
      reuseCount,
      publishedAt,
      createdAt,
      updatedAt,
    });
  }
}

@ObjectType()
export class SolutionPage extends Paginated(Solution) {}

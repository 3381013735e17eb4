import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactPerson } from '../common/contact-person';
import { Paginated } from '../graphql/paginated';
import { Need } from '../needs/need.model';
import { Organization } from '../organizations/organization.model';
import { Solution } from '../solutions/solution.model';
import { SolutionLink } from '../solutions/solution-profile';
import type { ProcurementNoticeEntity } from './procurement-notice.entity';
import { ProcurementProcedure } from './procurement-procedure';

@ObjectType('ProcurementNotice')
export class ProcurementNotice {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => ProcurementProcedure)
  procedure: ProcurementProcedure;

  @Field(() => [String], { description: 'Full CPV codes with check digit, e.g. "72000000-5"' })
  cpvCodes: string[];

  @Field({ description: 'A ServiceArea id' })
  serviceArea: string;

  @Field()
  deadline: Date;

  @Field(() => Date, { nullable: true, description: 'The last moment to ask questions; before the deadline' })
  questionDeadline: Date | null;

  @Field(() => ContactPerson, { nullable: true, description: "The buyer's contact person for the tender" })
  contact: ContactPerson | null;

  @Field(() => [SolutionLink], { description: 'Tender documents, each with a label' })
  links: SolutionLink[];

  @Field(() => Int, { nullable: true })
  estimatedValueNok: number | null;

  @Field(() => String, { nullable: true, description: 'The official notice, e.g. on Doffin' })
  externalUrl: string | null;

  @Field(() => Organization)
  buyer?: Organization;

  @Field(() => Need, { nullable: true })
  need?: Need | null;

  @Field(() => Solution, { nullable: true, description: 'The reusable solution the procurement produced' })
  resultingSolution?: Solution | null;

  @Field({ description: 'Deadline in the future and not cancelled' })
  isOpen: boolean;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  buyerId: string;
  needId: string | null;
  resultingSolutionId: string | null;

  static from(entity: ProcurementNoticeEntity, now = new Date()): ProcurementNotice {
    const { id, title, description, procedure, cpvCodes, serviceArea, deadline, estimatedValueNok } = entity;
    const { externalUrl, buyerId, needId, resultingSolutionId, cancelledAt, createdAt, updatedAt } = entity;
    const { questionDeadline, contact, links } = entity;
    return Object.assign(new ProcurementNotice(), {
      id,
      title,
      description,
      procedure,
      cpvCodes,
      serviceArea,
      deadline,
      questionDeadline,
      contact,
      links,
      estimatedValueNok,
      externalUrl,
      buyerId,
      needId,
      resultingSolutionId,
      cancelledAt,
      createdAt,
      updatedAt,
      isOpen: cancelledAt === null && deadline > now,
    });
  }
}

@ObjectType()
export class ProcurementNoticePage extends Paginated(ProcurementNotice) {}

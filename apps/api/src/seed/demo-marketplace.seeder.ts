import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { NeedRepository } from '../needs/need.repository';
import { NeedQuestionRepository } from '../needs/need-question.repository';
import { NeedResponseRepository } from '../needs/need-response.repository';
import { OrganizationRepository } from '../organizations/organization.repository';
import { ProcurementNoticeRepository } from '../procurement/procurement-notice.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { SolutionRepository } from '../solutions/solution.repository';
import { SolutionSort, SolutionStatus } from '../solutions/solution-status';
import { UserRepository } from '../users/user.repository';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS } from './demo-accounts';
import { DEMO_NEEDS, type DemoNeed, type DemoNotice } from './demo-marketplace';

const DAY_MS = 86_400_000;

/** Adds the demo needs, answers, questions and tenders once; a database that has them is left alone. */
@Injectable()
export class DemoMarketplaceSeeder {
  private readonly logger = new Logger(DemoMarketplaceSeeder.name);

  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly solutions: SolutionRepository,
    private readonly needs: NeedRepository,
    private readonly responses: NeedResponseRepository,
    private readonly questions: NeedQuestionRepository,
    private readonly notices: ProcurementNoticeRepository,
    private readonly outbox: SearchOutboxRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async seed(): Promise<void> {
    const firstOwner = await this.organizationId(DEMO_NEEDS[0].owner);
    if (await this.needs.existsWithTitle(firstOwner, DEMO_NEEDS[0].title)) return;
    await this.transactions.run(async (unitOfWork) => {
      for (const demo of DEMO_NEEDS) await this.insertNeed(unitOfWork, demo);
    });
    this.logger.log(`Added demo marketplace: ${DEMO_NEEDS.length} needs with answers and tenders`);
  }

  private async insertNeed(unitOfWork: UnitOfWork, demo: DemoNeed): Promise<void> {
    const { owner, participants, partners = [], responses, questions, notice, ...fields } = demo;
    const ownerId = await this.organizationId(owner);
    const need = await this.needs.insert(unitOfWork, { ...fields, ownerId });
    for (const participant of participants) {
      const participantId = await this.organizationId(participant);
      await this.needs.addParticipant(unitOfWork, need.id, participantId);
      if (partners.includes(participant)) {
        await this.needs.setPartnerSince(unitOfWork, need.id, participantId, new Date());
      }
    }
    for (const response of responses) {
      const saved = await this.responses.upsert(
        unitOfWork,
        need.id,
        await this.organizationId(response.organization),
        response.pitch,
      );
      await this.responses.setStatus(unitOfWork, saved.response.id, response.status);
    }
    const askerUserId = await this.startupUserId();
    for (const { question, answer } of questions) {
      const saved = await this.questions.insert(unitOfWork, { needId: need.id, askerUserId, question });
      if (answer) await this.questions.answer(unitOfWork, saved.id, answer);
    }
    if (notice) await this.insertNotice(unitOfWork, notice, need.id, ownerId, fields.serviceArea);
    await this.outbox.enqueue(unitOfWork, 'NEED', need.id);
  }

  private async insertNotice(
    unitOfWork: UnitOfWork,
    { deadlineInDays, resultingSolutionTitle, ...fields }: DemoNotice,
    needId: string,
    buyerId: string,
    serviceArea: string,
  ): Promise<void> {
    const notice = await this.notices.insert(unitOfWork, {
      ...fields,
      serviceArea,
      needId,
      buyerId,
      deadline: new Date(Date.now() + deadlineInDays * DAY_MS),
    });
    if (resultingSolutionTitle) {
      const solutionId = await this.solutionId(buyerId, resultingSolutionTitle);
      await this.notices.update(unitOfWork, notice.id, { resultingSolutionId: solutionId });
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solutionId);
    }
    await this.outbox.enqueue(unitOfWork, 'PROCUREMENT_NOTICE', notice.id);
  }

  private async organizationId(key: string): Promise<string> {
    const demo = DEMO_ORGANIZATIONS.find((organization) => organization.key === key);
    const organization = demo
      ? await this.organizations.findByOrganizationNumber(demo.organizationNumber)
      : await this.organizations.findByMunicipalityNumber(key);
    if (!organization) throw new Error(`Demo marketplace names organisation ${key}, which is not seeded`);
    return organization.id;
  }

  private async startupUserId(): Promise<string> {
    const email = DEMO_ACCOUNTS.find((account) => account.organization === 'startup')?.email ?? '';
    const user = await this.users.findForLogin(email);
    if (!user) throw new Error(`Demo account ${email} is not seeded`);
    return user.id;
  }

  private async solutionId(ownerId: string, title: string): Promise<string> {
    const page = await this.solutions.list(
      {
        viewerOrganizationId: ownerId,
        ownerId,
        statuses: [SolutionStatus.PUBLISHED],
        sort: SolutionSort.NEWEST,
      },
      { limit: 100, offset: 0 },
    );
    const solution = page.items.find((s) => s.title === title);
    if (!solution) throw new Error(`Demo marketplace names solution "${title}", which is not seeded`);
    return solution.id;
  }
}

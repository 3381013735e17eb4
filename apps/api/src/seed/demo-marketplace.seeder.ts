import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { NeedSeeding } from '../needs/need-seeding';
import { OrganizationService } from '../organizations/organization.service';
import { ProcurementNoticeSeeding } from '../procurement/procurement-notice-seeding';
import { SolutionService } from '../solutions/solution.service';
import { SolutionSort } from '../solutions/solution-status';
import { UserService } from '../users/user.service';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS } from './demo-accounts';
import { DEMO_NEEDS, type DemoNeed, type DemoNotice } from './demo-marketplace';

const DAY_MS = 86_400_000;

/** Adds the demo needs, answers, questions and tenders once; a database that has them is left alone. */
@Injectable()
export class DemoMarketplaceSeeder {
  private readonly logger = new Logger(DemoMarketplaceSeeder.name);

  constructor(
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly solutions: SolutionService,
    private readonly needs: NeedSeeding,
    private readonly notices: ProcurementNoticeSeeding,
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
    const askerUserId = await this.startupUserId();
    const need = await this.needs.insert(unitOfWork, {
      ...fields,
      ownerId,
      participants: await Promise.all(
        participants.map(async (key) => ({
          organizationId: await this.organizationId(key),
          partner: partners.includes(key),
        })),
      ),
      responses: await Promise.all(
        responses.map(async ({ organization, ...response }) => ({
          ...response,
          organizationId: await this.organizationId(organization),
        })),
      ),
      questions: questions.map((question) => ({ ...question, askerUserId })),
    });
    if (notice) await this.insertNotice(unitOfWork, notice, need.id, ownerId, fields.serviceArea);
  }

  private async insertNotice(
    unitOfWork: UnitOfWork,
    { deadlineInDays, resultingSolutionTitle, ...fields }: DemoNotice,
    needId: string,
    buyerId: string,
    serviceArea: string,
  ): Promise<void> {
    const resultingSolutionId = resultingSolutionTitle
      ? await this.solutionId(buyerId, resultingSolutionTitle)
      : null;
    await this.notices.insert(
      unitOfWork,
      { ...fields, serviceArea, needId, buyerId, deadline: new Date(Date.now() + deadlineInDays * DAY_MS) },
      resultingSolutionId,
    );
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
    const page = await this.solutions.list(null, { ownerId }, SolutionSort.NEWEST, 100, 0);
    const solution = page.items.find((s) => s.title === title);
    if (!solution) throw new Error(`Demo marketplace names solution "${title}", which is not seeded`);
    return solution.id;
  }
}

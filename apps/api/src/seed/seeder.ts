import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdoptionRepository } from '../adoptions/adoption.repository';
import { InputCheck } from '../common/input-validation';
import { whileHoldingStartupLock } from '../database/data-source';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { OrganizationRepository } from '../organizations/organization.repository';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SolutionRepository } from '../solutions/solution.repository';
import { validateSolutionProfile } from '../solutions/solution-profile.validation';
import { SolutionStatus } from '../solutions/solution-status';
import { PasswordHasher } from '../users/password-hasher';
import { UserRepository } from '../users/user.repository';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-accounts';
import { DemoMarketplaceSeeder } from './demo-marketplace.seeder';
import { ALL_DEMO_SOLUTIONS, demoProfile } from './demo-solution-profiles';
import { referenceOrganizations } from './reference-organizations';

type OrganizationIdOf = (municipalityNumberOrDemoKey: string) => Promise<string>;

/**
 * Fills the database: reference organisations always, demo data when asked. Safe to run at every
 * start, and in replicas starting together: each step runs under the startup lock.
 */
@Injectable()
export class Seeder {
  private readonly logger = new Logger(Seeder.name);

  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly solutions: SolutionRepository,
    private readonly adoptions: AdoptionRepository,
    private readonly outbox: SearchOutboxRepository,
    private readonly passwords: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly marketplace: DemoMarketplaceSeeder,
    private readonly dataSource: DataSource,
  ) {}

  seedReferenceData(): Promise<void> {
    return whileHoldingStartupLock(this.dataSource, async () => {
      const added = await this.organizations.insertMissingByMunicipalityOrCounty(referenceOrganizations());
      if (added) this.logger.log(`Added ${added} municipalities and county municipalities`);
    });
  }

  /** Adds the demo accounts, solutions and marketplace once each; what exists is left alone. */
  seedDemo(): Promise<void> {
    return whileHoldingStartupLock(this.dataSource, async () => {
      await this.seedDemoAccountsAndSolutions();
      await this.marketplace.seed();
    });
  }

  private async seedDemoAccountsAndSolutions(): Promise<void> {
    if (await this.users.emailExists(DEMO_ACCOUNTS[0].email)) return;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.transactions.run(async (unitOfWork) => {
      const organizationIds = await this.demoOrganizationIds(unitOfWork);
      for (const { organization, ...account } of DEMO_ACCOUNTS) {
        await this.users.insert(
          { ...account, passwordHash, organizationId: await organizationIds(organization) },
          unitOfWork,
        );
      }
      for (const demo of ALL_DEMO_SOLUTIONS) await this.insertDemoSolution(unitOfWork, demo, organizationIds);
    });
    this.logger.log(`Added demo data: ${DEMO_ACCOUNTS.length} accounts (password "${DEMO_PASSWORD}")`);
  }

  /** Resolves a municipality number or demo organisation key to an organisation id. */
  private async demoOrganizationIds(unitOfWork: UnitOfWork): Promise<OrganizationIdOf> {
    const ids = new Map<string, string>();
    for (const { key, ...organization } of DEMO_ORGANIZATIONS) {
      const existing = await this.organizations.findByOrganizationNumber(organization.organizationNumber);
      const saved =
        existing ??
        (await this.organizations.insert(
          { ...organization, municipalityNumber: null, countyNumber: null },
          unitOfWork,
        ));
      ids.set(key, saved.id);
    }
    return async (key) => {
      const id = ids.get(key) ?? (await this.organizations.findByMunicipalityNumber(key))?.id;
      if (id) return id;
      throw new Error(`Demo data names municipality ${key}, which is not seeded`);
    };
  }

  private async insertDemoSolution(
    unitOfWork: UnitOfWork,
    { ownerMunicipality, adopters, sourceCodeUrl, ...fields }: (typeof ALL_DEMO_SOLUTIONS)[number],
    organizationIds: OrganizationIdOf,
  ): Promise<void> {
    const check = new InputCheck();
    const profile = validateSolutionProfile(check, demoProfile(fields.title));
    check.done();
    const solution = await this.solutions.insert(unitOfWork, {
      ...fields,
      ...profile,
      sourceCodeUrl: sourceCodeUrl ?? null,
      ownerId: await organizationIds(ownerMunicipality),
      status: SolutionStatus.PUBLISHED,
    });
    await this.solutions.update(unitOfWork, solution.id, { publishedAt: solution.createdAt });
    const now = new Date();
    for (const [municipality, stage] of adopters) {
      await this.adoptions.upsert(unitOfWork, solution.id, await organizationIds(municipality), stage, now);
    }
    await this.adoptions.recount(unitOfWork, solution.id, now);
    await this.outbox.enqueue(unitOfWork, 'SOLUTION', solution.id);
  }
}

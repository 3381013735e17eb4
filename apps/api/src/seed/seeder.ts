import { Injectable, Logger } from '@nestjs/common';
import { AdoptionSeeding } from '../adoptions/adoption-seeding';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { OrganizationService } from '../organizations/organization.service';
import { SolutionSeeding } from '../solutions/solution-seeding';
import { PasswordHasher } from '../users/password-hasher';
import { UserService } from '../users/user.service';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-accounts';
import { DemoMarketplaceSeeder } from './demo-marketplace.seeder';
import { DEMO_SOLUTIONS } from './demo-solutions';
import { referenceOrganizations } from './reference-organizations';

type OrganizationIdOf = (municipalityNumberOrDemoKey: string) => Promise<string>;

/** Fills the database: reference organisations always, demo data when asked. Safe to run at every start. */
@Injectable()
export class Seeder {
  private readonly logger = new Logger(Seeder.name);

  constructor(
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly solutions: SolutionSeeding,
    private readonly adoptions: AdoptionSeeding,
    private readonly passwords: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly marketplace: DemoMarketplaceSeeder,
  ) {}

  async seedReferenceData(): Promise<void> {
    const added = await this.organizations.insertMissingByMunicipalityOrCounty(referenceOrganizations());
    if (added) this.logger.log(`Added ${added} municipalities and county municipalities`);
  }

  /** Adds the demo accounts, solutions and marketplace once each; what exists is left alone. */
  async seedDemo(): Promise<void> {
    await this.seedDemoAccountsAndSolutions();
    await this.marketplace.seed();
  }

  private async seedDemoAccountsAndSolutions(): Promise<void> {
    if (await this.users.findForLogin(DEMO_ACCOUNTS[0].email)) return;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.transactions.run(async (unitOfWork) => {
      const organizationIds = await this.demoOrganizationIds(unitOfWork);
      for (const { organization, ...account } of DEMO_ACCOUNTS) {
        await this.users.insert(
          { ...account, passwordHash, organizationId: await organizationIds(organization) },
          unitOfWork,
        );
      }
      for (const demo of DEMO_SOLUTIONS) await this.insertDemoSolution(unitOfWork, demo, organizationIds);
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
    { ownerMunicipality, adopters, sourceCodeUrl, ...fields }: (typeof DEMO_SOLUTIONS)[number],
    organizationIds: OrganizationIdOf,
  ): Promise<void> {
    const solution = await this.solutions.insertPublished(unitOfWork, {
      ...fields,
      sourceCodeUrl: sourceCodeUrl ?? null,
      ownerId: await organizationIds(ownerMunicipality),
    });
    for (const [municipality, stage] of adopters) {
      await this.adoptions.setStage(unitOfWork, solution.id, await organizationIds(municipality), stage);
    }
  }
}

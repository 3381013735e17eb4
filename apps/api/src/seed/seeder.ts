import { Injectable, Logger } from '@nestjs/common';
import { AdoptionSeeding } from '../adoptions/adoption-seeding';
import { InputCheck } from '../common/input-validation';
import { StartupLock, TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { LandscapeSeeding } from '../landscapes/landscape-seeding';
import { OrganizationService } from '../organizations/organization.service';
import { validateSolutionProfile } from '../solutions/solution-profile.validation';
import { SolutionSeeding } from '../solutions/solution-seeding';
import { PasswordHasher } from '../users/password-hasher';
import { UserService } from '../users/user.service';
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_LANDSCAPES } from './demo-landscapes';
import { DemoMarketplaceSeeder } from './demo-marketplace.seeder';
import { demoReuseHistory } from './demo-reuse-history';
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
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly solutions: SolutionSeeding,
    private readonly adoptions: AdoptionSeeding,
    private readonly landscapes: LandscapeSeeding,
    private readonly passwords: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly marketplace: DemoMarketplaceSeeder,
    private readonly startupLock: StartupLock,
  ) {}

  seedReferenceData(): Promise<void> {
    return this.startupLock.run(async () => {
      const added = await this.organizations.insertMissingByMunicipalityOrCounty(referenceOrganizations());
      if (added) this.logger.log(`Added ${added} municipalities and county municipalities`);
    });
  }

  /** Adds the demo accounts, solutions and marketplace once each; what exists is left alone. */
  seedDemo(): Promise<void> {
    return this.startupLock.run(async () => {
      await this.seedDemoAccountsAndSolutions();
      await this.marketplace.seed();
    });
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
      for (const demo of ALL_DEMO_SOLUTIONS) await this.insertDemoSolution(unitOfWork, demo, organizationIds);
      for (const [municipality, systemIds] of Object.entries(DEMO_LANDSCAPES))
        await this.landscapes.setSystems(unitOfWork, await organizationIds(municipality), systemIds);
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
    const solution = await this.solutions.insertPublished(unitOfWork, {
      ...fields,
      ...profile,
      sourceCodeUrl: sourceCodeUrl ?? null,
      ownerId: await organizationIds(ownerMunicipality),
    });
    const now = new Date();
    const stages = [];
    for (const [index, [municipality, stage]] of adopters.entries()) {
      const history = demoReuseHistory(fields.title, index, stage, now);
      stages.push({ organizationId: await organizationIds(municipality), stage, ...history });
    }
    await this.adoptions.setStages(unitOfWork, solution.id, stages, now);
  }
}

import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../clock/clock';
import { ContactPerson } from '../common/contact-person';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import { firstOf, ListLimit } from '../graphql/list-limit';
import { groupByKeys, loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { Notification } from '../notifications/notification.model';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { OrganizationKind } from '../organizations/organization-kind';
import { loadVisibleSolution } from '../solutions/solution.loader';
import { Solution } from '../solutions/solution.model';
import { SolutionService } from '../solutions/solution.service';
import { Adoption, AdoptionPage } from './adoption.model';
import { AdoptionService } from './adoption.service';
import { adoptionCounts } from './adoption-confirmation';
import { AdoptionStage } from './adoption-stage';
import { ReuseStoryInput } from './reuse-story.model';

@Resolver(() => Adoption)
export class AdoptionResolver {
  constructor(
    private readonly adoptionService: AdoptionService,
    private readonly organizationService: OrganizationService,
    private readonly solutionService: SolutionService,
    private readonly clock: Clock,
  ) {}

  @Authenticated()
  @Mutation(() => Adoption, { description: 'Idempotent per organisation; a repeat updates the stage' })
  async adoptSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
    @Args('stage', { type: () => AdoptionStage, nullable: true, defaultValue: AdoptionStage.EVALUATING })
    stage: AdoptionStage | null,
  ): Promise<Adoption> {
    return Adoption.from(
      await this.adoptionService.adopt(viewer, solutionId, stage ?? AdoptionStage.EVALUATING),
    );
  }

  @Authenticated()
  @Mutation(() => Adoption, {
    description:
      'The owner names an adopter; it shows as awaiting confirmation and counts once that organisation confirms',
  })
  async proposeAdopter(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('stage', { type: () => AdoptionStage, nullable: true, defaultValue: AdoptionStage.IN_USE })
    stage: AdoptionStage | null,
  ): Promise<Adoption> {
    return Adoption.from(
      await this.adoptionService.propose(viewer, solutionId, organizationId, stage ?? AdoptionStage.IN_USE),
    );
  }

  @Authenticated()
  @Mutation(() => Adoption, { description: 'The adopter: still at this stage; due again a year later' })
  async confirmAdoption(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
  ): Promise<Adoption> {
    return Adoption.from(await this.adoptionService.confirm(viewer, solutionId));
  }

  @Authenticated()
  @Mutation(() => Adoption, { description: 'The adopter tells how it went' })
  async setReuseStory(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
    @Args('input') input: ReuseStoryInput,
  ): Promise<Adoption> {
    return Adoption.from(await this.adoptionService.setStory(viewer, solutionId, input));
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description:
      "True when your organisation's adoption was taken back (deleted: for one made by mistake; STOPPED keeps the history)",
  })
  withdrawAdoption(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
  ): Promise<boolean> {
    return this.adoptionService.withdraw(viewer, solutionId);
  }

  @Public()
  @Query(() => AdoptionPage, { description: "An organisation's adoptions of published solutions" })
  async organizationAdoptions(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AdoptionPage> {
    const page = await this.adoptionService.listByOrganization(organizationId, limit, offset);
    return { items: page.items.map(Adoption.from), totalCount: page.totalCount };
  }

  @ResolveField(() => Boolean, {
    description: 'Confirmed, not STOPPED, and not overdue past the grace period',
  })
  counts(@Parent() adoption: Adoption): boolean {
    return adoptionCounts(adoption.stage, adoption.confirmedAt, this.clock.now());
  }

  @ResolveField(() => ContactPerson, {
    nullable: true,
    description: 'Who at the adopter can tell how it went; for signed-in users only',
  })
  contact(@Parent() adoption: Adoption, @OptionalViewer() viewer: Viewer | null): ContactPerson | null {
    return viewer ? adoption.contact : null;
  }

  @ResolveField(() => Organization)
  organization(@Parent() adoption: Adoption, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, adoption.organizationId);
  }

  @ResolveField(() => Solution, { nullable: true })
  solution(@Parent() adoption: Adoption, @Context() context: RequestContext): Promise<Solution | null> {
    return loadVisibleSolution(context, this.solutionService, adoption.solutionId);
  }
}

/** The adoption fields of Solution live here, beside the rest of adoption. */
@Resolver(() => Solution)
export class SolutionAdoptionsResolver {
  constructor(
    private readonly adoptionService: AdoptionService,
    private readonly organizationService: OrganizationService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'True when every organisation counted in inUseCount is a municipality: the headline says "kommuner", else "organisasjoner"',
  })
  async inUseByMunicipalitiesOnly(
    @Parent() solution: Solution,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    const now = this.clock.now();
    const inUse = (await this.adoptionsOf(context, solution.id)).filter(
      (a) => a.stage === AdoptionStage.IN_USE && adoptionCounts(a.stage, a.confirmedAt, now),
    );
    const organizations = await Promise.all(
      inUse.map((a) => loadOrganization(context, this.organizationService, a.organizationId)),
    );
    return organizations.every((organization) => organization.kind === OrganizationKind.MUNICIPALITY);
  }

  @ResolveField(() => Int, {
    description:
      'Organisations with an adoption that is not STOPPED (proposals awaiting confirmation included): those told when the solution is archived',
  })
  async adopterCount(@Parent() solution: Solution, @Context() context: RequestContext): Promise<number> {
    return (await this.adoptionsOf(context, solution.id)).filter((a) => a.stage !== AdoptionStage.STOPPED)
      .length;
  }

  @ResolveField(() => [Adoption])
  async adoptions(
    @Parent() solution: Solution,
    @Context() context: RequestContext,
    @ListLimit() limit: number,
  ): Promise<Adoption[]> {
    return firstOf(await this.adoptionsOf(context, solution.id), limit);
  }

  @ResolveField(() => Adoption, {
    nullable: true,
    description: "The viewer's organisation's adoption, if any",
  })
  async viewerAdoption(
    @Parent() solution: Solution,
    @Context() context: RequestContext,
  ): Promise<Adoption | null> {
    const organizationId = context.viewer?.organizationId;
    if (!organizationId) return null;
    return (
      (await this.adoptionsOf(context, solution.id)).find((a) => a.organizationId === organizationId) ?? null
    );
  }

  private adoptionsOf(context: RequestContext, solutionId: string): Promise<Adoption[]> {
    return loaderFor(context, 'adoptionsBySolutionId', async (ids) =>
      groupByKeys(
        ids,
        (await this.adoptionService.findBySolutionIds(ids)).map(Adoption.from),
        (a) => a.solutionId,
      ),
    ).load(solutionId);
  }
}

/** The field of Notification that only adoptions can type: the stage an adoption event quotes. */
@Resolver(() => Notification)
export class AdoptionNotificationResolver {
  @ResolveField(() => AdoptionStage, {
    nullable: true,
    description: 'Adoption events: the stage of the adoption after the change',
  })
  adoptionStage(@Parent() notification: Notification): AdoptionStage | null {
    const { params } = notification;
    return 'stage' in params ? AdoptionStage[params.stage] : null;
  }
}

/** "Kommuner som ligner på dere": reuse among an organisation's neighbours lives beside adoption. */
@Resolver(() => Organization)
export class OrganizationNeighboursResolver {
  constructor(private readonly adoptionService: AdoptionService) {}

  @ResolveField(() => [Organization], {
    description:
      'Other municipalities in the same county or population band (under 5,000; 5,000–20,000; ' +
      '20,000–50,000; 50,000–100,000; over 100,000) that use a solution; those alike in both first',
  })
  similarOrganizations(
    @Parent() organization: Organization,
    @ListLimit() limit: number,
  ): Promise<Organization[]> {
    return this.adoptionService.similarTo(organization, limit);
  }
}

import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { validatePage } from '../common/input-validation';
import { Authenticated, Context, CurrentViewer, Public } from '../graphql/access.decorators';
import { firstOf, ListLimit } from '../graphql/list-limit';
import { loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { loadNeed } from '../needs/need.loader';
import { Need } from '../needs/need.model';
import { NeedService } from '../needs/need.service';
import { NotificationService } from '../notifications/notification.service';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { SearchKind } from '../search/search-kind';
import { loadVisibleSolution } from '../solutions/solution.loader';
import { Solution } from '../solutions/solution.model';
import { SolutionService } from '../solutions/solution.service';
import { type CpvEntry, checkCpvCodes, cpvChildren, cpvEntry, searchCpv } from './cpv';
import { CpvCode } from './cpv-code.model';
import { ProcurementNoticeFilter, ProcurementNoticeInput } from './procurement-notice.inputs';
import { loadNoticesOfNeed, loadNoticesOfSolution } from './procurement-notice.loader';
import { ProcurementNotice, ProcurementNoticePage } from './procurement-notice.model';
import { ProcurementNoticeService } from './procurement-notice.service';

@Resolver(() => ProcurementNotice)
export class ProcurementNoticeResolver {
  constructor(
    private readonly noticeService: ProcurementNoticeService,
    private readonly needService: NeedService,
    private readonly solutionService: SolutionService,
    private readonly organizationService: OrganizationService,
    private readonly notificationService: NotificationService,
  ) {}

  @Public()
  @Query(() => ProcurementNotice, { nullable: true })
  async procurementNotice(@Args('id', { type: () => ID }) id: string): Promise<ProcurementNotice | null> {
    const notice = await this.noticeService.findById(id);
    return notice && ProcurementNotice.from(notice);
  }

  @Public()
  @Query(() => ProcurementNoticePage, { description: 'Every notice, newest first' })
  async procurementNotices(
    @Args('filter', { type: () => ProcurementNoticeFilter, nullable: true })
    filter: ProcurementNoticeFilter | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<ProcurementNoticePage> {
    const page = await this.noticeService.list(filter, limit, offset);
    return { items: page.items.map((n) => ProcurementNotice.from(n)), totalCount: page.totalCount };
  }

  @Public()
  @Query(() => [CpvCode], {
    description: 'CPV 2008 codes by number prefix ("722") or words of the Norwegian or English label',
  })
  cpvCodes(
    @Args('search', { defaultValue: '' }) search: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): CpvCode[] {
    return searchCpv(search, validatePage(limit, 0).limit);
  }

  @Public()
  @Query(() => [CpvCode], {
    description:
      'One level of the CPV tree, in code order: without parent the 45 divisions, under a division its groups, under a group its classes (and so on down)',
  })
  cpvTree(
    @Args('parent', { type: () => String, nullable: true, description: 'A full code, e.g. "72000000-5"' })
    parent: string | null,
  ): CpvCode[] {
    return cpvChildren(parent ?? null);
  }

  @Public()
  @Query(() => [CpvCode], {
    description: 'The given full codes with their labels (at most 20), in the given order',
  })
  cpvCodesByCode(@Args('codes', { type: () => [String] }) codes: string[]): CpvCode[] {
    return checkCpvCodes('codes', codes).map((code) => cpvEntry(code) as CpvEntry);
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice, { description: 'Public organisations only' })
  async createProcurementNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProcurementNoticeInput,
  ): Promise<ProcurementNotice> {
    return ProcurementNotice.from(await this.noticeService.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice, { description: 'Members of the buyer only; not once cancelled' })
  async updateProcurementNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProcurementNoticeInput,
  ): Promise<ProcurementNotice> {
    return ProcurementNotice.from(await this.noticeService.update(viewer, id, input));
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice, { description: 'Members of the buyer only; idempotent' })
  async cancelProcurementNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcurementNotice> {
    return ProcurementNotice.from(await this.noticeService.cancel(viewer, id));
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice, {
    description:
      "Members of the buyer, after the deadline: the published solution the procurement produced, the buyer's own or one of the need's owner or partners",
  })
  async linkResultingSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('noticeId', { type: () => ID }) noticeId: string,
    @Args('solutionId', { type: () => ID }) solutionId: string,
  ): Promise<ProcurementNotice> {
    return ProcurementNotice.from(
      await this.noticeService.linkResultingSolution(viewer, noticeId, solutionId),
    );
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice, {
    description: 'Be told when the notice changes, is cancelled or names its result',
  })
  async followProcurementNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcurementNotice> {
    const notice = await this.noticeService.getById(id);
    await this.notificationService.follow(viewer, SearchKind.PROCUREMENT_NOTICE, notice.id);
    return ProcurementNotice.from(notice);
  }

  @Authenticated()
  @Mutation(() => ProcurementNotice)
  async unfollowProcurementNotice(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProcurementNotice> {
    const notice = await this.noticeService.getById(id);
    await this.notificationService.unfollow(viewer, SearchKind.PROCUREMENT_NOTICE, notice.id);
    return ProcurementNotice.from(notice);
  }

  @ResolveField(() => Boolean, { description: 'False when not logged in' })
  viewerFollows(@Parent() notice: ProcurementNotice, @Context() context: RequestContext): Promise<boolean> {
    return loaderFor(context, 'viewerFollowsNotice', async (ids) => {
      const followed = await this.notificationService.followedAmong(
        context.viewer,
        SearchKind.PROCUREMENT_NOTICE,
        ids,
      );
      return ids.map((id) => followed.has(id));
    }).load(notice.id);
  }

  @ResolveField(() => [CpvCode], { description: 'The CPV codes with their Norwegian and English labels' })
  cpvLabels(@Parent() notice: ProcurementNotice): CpvCode[] {
    return notice.cpvCodes.map(cpvEntry).filter((entry): entry is CpvEntry => entry !== null);
  }

  @ResolveField(() => Organization)
  buyer(@Parent() notice: ProcurementNotice, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, notice.buyerId);
  }

  @ResolveField(() => Need, { nullable: true })
  need(@Parent() notice: ProcurementNotice, @Context() context: RequestContext): Promise<Need | null> {
    return notice.needId ? loadNeed(context, this.needService, notice.needId) : Promise.resolve(null);
  }

  @ResolveField(() => Solution, {
    nullable: true,
    description: 'The reusable solution the procurement produced',
  })
  resultingSolution(
    @Parent() notice: ProcurementNotice,
    @Context() context: RequestContext,
  ): Promise<Solution | null> {
    if (!notice.resultingSolutionId) return Promise.resolve(null);
    return loadVisibleSolution(context, this.solutionService, notice.resultingSolutionId);
  }
}

/** Need → its procurement notices, beside the rest of procurement. */
@Resolver(() => Need)
export class NeedProcurementResolver {
  constructor(private readonly noticeService: ProcurementNoticeService) {}

  @ResolveField(() => [ProcurementNotice], { description: 'Notices that procure this need, oldest first' })
  async procurementNotices(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @ListLimit() limit: number,
  ): Promise<ProcurementNotice[]> {
    return firstOf(await loadNoticesOfNeed(context, this.noticeService, need.id), limit);
  }
}

/** Solution → the procurement it came from, so the chain is visible from the solution too. */
@Resolver(() => Solution)
export class SolutionProcurementResolver {
  constructor(private readonly noticeService: ProcurementNoticeService) {}

  @ResolveField(() => ProcurementNotice, {
    nullable: true,
    description: 'The procurement notice whose procurement produced this solution',
  })
  async originNotice(@Parent() solution: Solution, @Context() context: RequestContext) {
    return (await loadNoticesOfSolution(context, this.noticeService, solution.id))[0] ?? null;
  }
}

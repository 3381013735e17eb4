import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ContactPerson, type ContactPersonValue } from '../common/contact-person';
import { optionalNonNegativeInt } from '../common/input-validation';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import { firstOf, ListLimit } from '../graphql/list-limit';
import { groupByKeys, loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { SearchKind } from '../search/search-kind';
import { CostShare } from './cost-share.model';
import { splitCost } from './cost-shares';
import type { NeedParticipantEntity } from './need.entity';
import { NeedInput, NeedListFilter } from './need.inputs';
import { Need, NeedPage, NeedQuestion } from './need.model';
import { nextNeedStatuses, ownsNeed } from './need.rules';
import { NeedService } from './need.service';
import { NeedQuestionService } from './need-question.service';
import { NeedResponseService } from './need-response.service';
import { isOwnerOrPartner, NeedRole, needRoleOf } from './need-role';
import { NeedStatus } from './need-status';

@Resolver(() => Need)
export class NeedResolver {
  constructor(
    private readonly needService: NeedService,
    private readonly questionService: NeedQuestionService,
    private readonly organizationService: OrganizationService,
    private readonly notificationService: NotificationService,
    private readonly responseService: NeedResponseService,
  ) {}

  @Public()
  @Query(() => Need, { nullable: true })
  async need(@Args('id', { type: () => ID }) id: string): Promise<Need | null> {
    const need = await this.needService.findById(id);
    return need && Need.from(need);
  }

  @Public()
  @Query(() => NeedPage, { description: 'Every need, newest first' })
  async needs(
    @Args('filter', { type: () => NeedListFilter, nullable: true }) filter: NeedListFilter | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<NeedPage> {
    const page = await this.needService.list(filter, limit, offset);
    return { items: page.items.map(Need.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Query(() => NeedPage, { description: 'Needs your organisation owns or has joined, newest first' })
  async myNeeds(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<NeedPage> {
    const page = await this.needService.listMine(viewer, limit, offset);
    return { items: page.items.map(Need.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'Municipalities, county municipalities and state agencies' })
  async createNeed(@CurrentViewer() viewer: Viewer, @Args('input') input: NeedInput): Promise<Need> {
    return Need.from(await this.needService.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'Members of the owner only' })
  async updateNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedInput,
  ): Promise<Need> {
    return Need.from(await this.needService.update(viewer, id, input));
  }

  @Authenticated()
  @Mutation(() => Need, {
    description: 'Members of the owner only. Allowed: OPEN → IN_PROCUREMENT → SOLVED or CLOSED',
  })
  async changeNeedStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => NeedStatus }) status: NeedStatus,
  ): Promise<Need> {
    return Need.from(await this.needService.changeStatus(viewer, id, status));
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'Another public organisation shares the need; idempotent' })
  async joinNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
  ): Promise<Need> {
    return Need.from(await this.needService.join(viewer, needId));
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'Idempotent' })
  async leaveNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
  ): Promise<Need> {
    return Need.from(await this.needService.leave(viewer, needId));
  }

  @Authenticated()
  @Mutation(() => Need, {
    description:
      "Members of the need's owner accept an organisation that joined it as a partner: it then reads the supplier answers and may link notices; idempotent",
  })
  async acceptNeedPartner(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<Need> {
    return Need.from(await this.needService.acceptPartner(viewer, needId, organizationId));
  }

  @Authenticated()
  @Mutation(() => Need, {
    description:
      "Members of the need's owner remove a partner, or a partner's members step down; it stays joined. Idempotent",
  })
  async removeNeedPartner(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<Need> {
    return Need.from(await this.needService.removePartner(viewer, needId, organizationId));
  }

  @Authenticated()
  @Mutation(() => Need, { description: 'Notifies you of answers, questions and notices on the need' })
  async followNeed(@CurrentViewer() viewer: Viewer, @Args('needId', { type: () => ID }) needId: string) {
    const need = await this.needService.getById(needId, 'needId');
    await this.notificationService.follow(viewer, SearchKind.NEED, need.id);
    return Need.from(need);
  }

  @Authenticated()
  @Mutation(() => Need)
  async unfollowNeed(@CurrentViewer() viewer: Viewer, @Args('needId', { type: () => ID }) needId: string) {
    const need = await this.needService.getById(needId, 'needId');
    await this.notificationService.unfollow(viewer, SearchKind.NEED, need.id);
    return Need.from(need);
  }

  @Authenticated()
  @Mutation(() => NeedQuestion, { description: 'Anyone logged in; shown to everyone without the asker' })
  async askNeedQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('question') question: string,
  ): Promise<NeedQuestion> {
    return NeedQuestion.from(await this.questionService.ask(viewer, needId, question));
  }

  @Authenticated()
  @Mutation(() => NeedQuestion, { description: "Members of the need's owner only" })
  async answerNeedQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('answer') answer: string,
  ): Promise<NeedQuestion> {
    return NeedQuestion.from(await this.questionService.answer(viewer, questionId, answer));
  }

  @ResolveField(() => Organization)
  owner(@Parent() need: Need, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, need.ownerId);
  }

  @ResolveField(() => [Organization], { description: 'Other organisations that share the need' })
  async participants(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @ListLimit() limit: number,
  ): Promise<Organization[]> {
    return this.organizationsOf(context, firstOf(await this.participationsOf(context, need.id), limit));
  }

  @ResolveField(() => [Organization], {
    description: 'Joined organisations the owner accepted: they see the answers and may link notices',
  })
  async partners(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @ListLimit() limit: number,
  ): Promise<Organization[]> {
    const partners = (await this.participationsOf(context, need.id)).filter((p) => p.acceptedAt);
    return this.organizationsOf(context, firstOf(partners, limit));
  }

  @ResolveField(() => [CostShare], {
    description:
      'A suggested split of a cost among the owner and its partners by population, owner first; ' +
      'for the owner and partners only (an empty list for anyone else)',
  })
  async costShares(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
    @Args('totalNok', { type: () => Int, nullable: true }) totalNok: number | null,
  ): Promise<CostShare[]> {
    const total = optionalNonNegativeInt('totalNok', totalNok);
    if (!isOwnerOrPartner(await this.viewerRole(need, context, viewer))) return [];
    const partners = (await this.participationsOf(context, need.id)).filter((p) => p.acceptedAt);
    const organizations = await Promise.all(
      [need.ownerId, ...partners.map((p) => p.organizationId)].map((id) =>
        loadOrganization(context, this.organizationService, id),
      ),
    );
    const { hundredths, amounts } = splitCost(
      organizations.map((o) => o.population),
      total,
    );
    return organizations.map((organization, i) => ({
      organization,
      population: organization.population,
      percent: hundredths[i] / 100,
      amountNok: amounts?.[i] ?? null,
    }));
  }

  @ResolveField(() => [NeedQuestion], { description: 'Public clarification questions, oldest first' })
  async questions(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @ListLimit() limit: number,
  ): Promise<NeedQuestion[]> {
    const questions = await loaderFor(context, 'questionsByNeedId', async (ids) =>
      groupByKeys(
        ids,
        (await this.questionService.findByNeedIds(ids)).map(NeedQuestion.from),
        (q) => q.needId,
      ),
    ).load(need.id);
    return firstOf(questions, limit);
  }

  @ResolveField(() => Boolean, { description: "True when the viewer belongs to the need's owner" })
  viewerCanEdit(@Parent() need: Need, @OptionalViewer() viewer: Viewer | null): boolean {
    return ownsNeed(viewer, need);
  }

  @ResolveField(() => [NeedStatus], {
    description:
      "The statuses changeNeedStatus accepts from the viewer now: for members of the need's owner, " +
      'what its status allows (OPEN → IN_PROCUREMENT → SOLVED or CLOSED); empty for everyone else',
  })
  nextStatuses(@Parent() need: Need, @OptionalViewer() viewer: Viewer | null): readonly NeedStatus[] {
    return nextNeedStatuses(viewer, need);
  }

  @ResolveField(() => Boolean, { description: "True when the viewer's organisation has joined the need" })
  async viewerHasJoined(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    const role = await this.viewerRole(need, context, viewer);
    return role === NeedRole.PARTNER || role === NeedRole.PARTICIPANT;
  }

  @ResolveField(() => NeedRole, {
    description: "What the viewer's organisation is to the need (NONE when not logged in)",
  })
  async viewerRole(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<NeedRole> {
    if (!viewer) return NeedRole.NONE;
    const participations = await this.participationsOf(context, need.id);
    const own = participations.find((p) => p.organizationId === viewer.organizationId);
    return needRoleOf(need, viewer.organizationId, own);
  }

  @ResolveField(() => ContactPerson, {
    nullable: true,
    description:
      'Whom to call about the need: shown to its owner and partners, and to suppliers whose answer it shortlisted',
  })
  async contact(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<ContactPersonValue | null> {
    if (!viewer || !need.storedContact) return null;
    const role = await this.viewerRole(need, context, viewer);
    if (isOwnerOrPartner(role)) return need.storedContact;
    const shortlisted = await loaderFor(context, 'viewerShortlistedOnNeed', async (ids) => {
      const needIds = await this.responseService.shortlistedAmong(viewer.organizationId, ids);
      return ids.map((id) => needIds.has(id));
    }).load(need.id);
    return shortlisted ? need.storedContact : null;
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer follows the need' })
  viewerFollows(@Parent() need: Need, @Context() context: RequestContext): Promise<boolean> {
    return loaderFor(context, 'viewerFollowsNeed', async (ids) => {
      const followed = await this.notificationService.followedAmong(context.viewer, SearchKind.NEED, ids);
      return ids.map((id) => followed.has(id));
    }).load(need.id);
  }

  private participationsOf(context: RequestContext, needId: string): Promise<NeedParticipantEntity[]> {
    return loaderFor(context, 'participationsByNeedId', async (ids) =>
      groupByKeys(ids, await this.needService.findParticipants(ids), (p) => p.needId),
    ).load(needId);
  }

  private organizationsOf(
    context: RequestContext,
    participations: NeedParticipantEntity[],
  ): Promise<Organization[]> {
    return Promise.all(
      participations.map((p) => loadOrganization(context, this.organizationService, p.organizationId)),
    );
  }
}

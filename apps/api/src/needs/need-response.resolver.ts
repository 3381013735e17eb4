import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ContactPersonInput } from '../common/contact-person';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import { firstOf, ListLimit } from '../graphql/list-limit';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { Notification } from '../notifications/notification.model';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { loadNeed } from './need.loader';
import { Need, NeedResponse, NeedResponsePage } from './need.model';
import { NeedService } from './need.service';
import { NeedResponseService } from './need-response.service';
import { NeedResponseStatus } from './need-status';

@Resolver(() => NeedResponse)
export class NeedResponseResolver {
  constructor(
    private readonly responseService: NeedResponseService,
    private readonly needService: NeedService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Authenticated()
  @Mutation(() => NeedResponse, {
    description: 'COMPANY organisations, OPEN needs only; one response per organisation, a repeat updates it',
  })
  async respondToNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('pitch') pitch: string,
    @Args('contact', {
      type: () => ContactPersonInput,
      nullable: true,
      description: "Whom the need's owner and partners call; default: you (a repeat keeps the earlier one)",
    })
    contact: ContactPersonInput | null,
  ): Promise<NeedResponse> {
    return NeedResponse.from(await this.responseService.respond(viewer, needId, { pitch, contact }));
  }

  @Public()
  @Query(() => [NeedResponse], {
    description:
      "The need's owner and the partners it accepted see every answer, a responder its own; anyone else gets an empty list",
  })
  async needResponses(
    @OptionalViewer() viewer: Viewer | null,
    @Args('needId', { type: () => ID }) needId: string,
    @ListLimit() limit: number,
  ): Promise<NeedResponse[]> {
    return firstOf(await this.responseService.listForNeed(viewer, needId), limit).map(NeedResponse.from);
  }

  @Authenticated()
  @Query(() => NeedResponsePage, { description: "Your organisation's answers to needs, latest first" })
  async myNeedResponses(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<NeedResponsePage> {
    const page = await this.responseService.listMine(viewer, limit, offset);
    return { items: page.items.map(NeedResponse.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Mutation(() => NeedResponse, {
    description: "The need's owner and partners mark an answer SHORTLISTED or DECLINED",
  })
  async setNeedResponseStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('status', { type: () => NeedResponseStatus }) status: NeedResponseStatus,
  ): Promise<NeedResponse> {
    return NeedResponse.from(await this.responseService.setStatus(viewer, responseId, status));
  }

  @ResolveField(() => Need)
  async need(@Parent() response: NeedResponse, @Context() context: RequestContext): Promise<Need> {
    const need = await loadNeed(context, this.needService, response.needId);
    if (!need) throw new Error(`Need ${response.needId} is referenced but missing`);
    return need;
  }

  @ResolveField(() => Organization)
  organization(@Parent() response: NeedResponse, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, response.organizationId);
  }
}

/** The field of Notification that only needs can type: what became of an answer. */
@Resolver(() => Notification)
export class NeedResponseNotificationResolver {
  @ResolveField(() => NeedResponseStatus, {
    nullable: true,
    description: 'NEED_RESPONSE_STATUS: SHORTLISTED or DECLINED',
  })
  responseStatus(@Parent() notification: Notification): NeedResponseStatus | null {
    const { params } = notification;
    return 'responseStatus' in params ? NeedResponseStatus[params.responseStatus] : null;
  }
}

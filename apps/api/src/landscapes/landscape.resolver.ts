import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer } from '../graphql/access.decorators';
import { loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { System } from '../systems/system.model';
import { systemById } from '../systems/system-catalogue';
import { LandscapeService } from './landscape.service';

/** One query per request for every organisation's systems. */
export function systemIdsLoader(context: RequestContext, landscapes: LandscapeService) {
  return loaderFor(context, 'organizationSystemIds', (ids) => landscapes.systemIdsOf(ids));
}

export const systemsOf = (ids: string[]): System[] => ids.flatMap((id) => systemById(id) ?? []);

@Resolver(() => Organization)
export class LandscapeResolver {
  constructor(
    private readonly landscapes: LandscapeService,
    private readonly organizations: OrganizationService,
  ) {}

  @ResolveField(() => [System], {
    description:
      'Its system landscape: for its own members and public organisations; an empty list for anyone else',
  })
  async systems(@Parent() organization: Organization, @Context() context: RequestContext): Promise<System[]> {
    if (!LandscapeService.mayRead(context.viewer, organization.id)) return [];
    return systemsOf(await systemIdsLoader(context, this.landscapes).load(organization.id));
  }

  @Authenticated()
  @Mutation(() => Organization, { description: "An ADMIN of the caller's organisation" })
  async setOrganizationSystems(
    @CurrentViewer() viewer: Viewer,
    @Args('systemIds', { type: () => [ID] }) systemIds: string[],
  ): Promise<Organization> {
    await this.landscapes.setSystems(viewer, systemIds);
    return Organization.from(await this.organizations.getById(viewer.organizationId));
  }
}

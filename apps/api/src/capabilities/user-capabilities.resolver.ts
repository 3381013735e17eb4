import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Context } from '../graphql/access.decorators';
import type { RequestContext } from '../graphql/request-context';
import { loadOrganization } from '../organizations/organization.loader';
import { OrganizationService } from '../organizations/organization.service';
import { User } from '../users/user.model';
import { UserCapabilities } from './user-capabilities.model';

@Resolver(() => User)
export class UserCapabilitiesResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @ResolveField(() => UserCapabilities, {
    description: 'What this user may do; `me { can { … } }` tells a client which actions to offer',
  })
  async can(@Parent() user: User, @Context() context: RequestContext): Promise<UserCapabilities> {
    const organization = await loadOrganization(context, this.organizationService, user.organizationId);
    return UserCapabilities.of({
      userId: user.id,
      organizationId: user.organizationId,
      organizationKind: organization.kind,
      role: user.role,
      isPlatformAdmin: user.isPlatformAdmin,
    });
  }
}

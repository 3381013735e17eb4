import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { validateUuid } from '../common/input-validation';
import { Authenticated, Context, CurrentViewer, OptionalViewer } from '../graphql/access.decorators';
import { firstOf, ListLimit } from '../graphql/list-limit';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { Language } from './language';
import { CreateUserInput } from './user.inputs';
import { User } from './user.model';
import { mayManageUsersOf } from './user.rules';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Authenticated()
  @Mutation(() => User, { description: 'Platform administrators, or an ADMIN of that organisation' })
  async createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<User> {
    return User.from(await this.userService.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => User, { description: 'The language the interface, mail and feeds speak to you' })
  async setLanguage(
    @CurrentViewer() viewer: Viewer,
    @Args('language', { type: () => Language }) language: Language,
  ): Promise<User> {
    return User.from(await this.userService.setLanguage(viewer, language));
  }

  @Authenticated()
  @Query(() => [User], {
    description: "An organisation's members; visible to its own members and platform admins",
  })
  async organizationMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @ListLimit() limit: number,
  ): Promise<User[]> {
    const members = await this.userService.listMembers(
      viewer,
      validateUuid('organizationId', organizationId),
    );
    return firstOf(members, limit).map(User.from);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      "When the user last signed in; only for the user, their organisation's ADMINs and platform admins",
  })
  lastLoginAt(@Parent() user: User, @OptionalViewer() viewer: Viewer | null): Date | null {
    if (!viewer) return null;
    return viewer.userId === user.id || mayManageUsersOf(viewer, user.organizationId)
      ? user.lastLoginAt
      : null;
  }

  @ResolveField(() => Organization)
  organization(@Parent() user: User, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, user.organizationId);
  }
}

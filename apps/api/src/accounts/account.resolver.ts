import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { Role } from '../users/role';
import { User } from '../users/user.model';
import { AccountService } from './account.service';
import { UserPage } from './user-page.model';

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Authenticated()
  @Query(() => UserPage, {
    description: "Platform admins: users by name, e-mail, or their organisation's name or number",
  })
  async users(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<UserPage> {
    const page = await this.accounts.search(viewer, search, limit, offset);
    return { items: page.items.map(User.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Mutation(() => User, {
    description:
      "An ADMIN of the user's organisation, or a platform admin; the organisation keeps at least one active ADMIN",
  })
  async setUserRole(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<User> {
    return User.from(await this.accounts.setRole(viewer, userId, role));
  }

  @Authenticated()
  @Mutation(() => User, {
    description:
      "An ADMIN of the user's organisation, or a platform admin: the user cannot sign in, and their sessions end at once",
  })
  async deactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<User> {
    return User.from(await this.accounts.deactivate(viewer, userId));
  }

  @Authenticated()
  @Mutation(() => User, { description: "An ADMIN of the user's organisation, or a platform admin" })
  async reactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<User> {
    return User.from(await this.accounts.reactivate(viewer, userId));
  }
}

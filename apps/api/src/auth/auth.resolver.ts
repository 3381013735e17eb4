import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { clientAddress } from '../rate-limit/client-address';
import { User } from '../users/user.model';
import { UserService } from '../users/user.service';
import { AuthService, type Session } from './auth.service';
import { AuthPayload } from './auth-payload.model';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly userService: UserService,
    private readonly passwordResets: PasswordResetService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null' })
  async me(@OptionalViewer() viewer: Viewer | null): Promise<User | null> {
    const user = viewer && (await this.userService.findById(viewer.userId));
    return user ? User.from(user) : null;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Context() context: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<AuthPayload> {
    return toPayload(await this.authService.login(email, password, clientAddress(context.req)));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Ends the caller's session on the server: its token stops working at once. With `everywhere`, every session of the user ends, on every device. False when there was none.",
  })
  logout(
    @OptionalViewer() viewer: Viewer | null,
    @Args('everywhere', { type: () => Boolean, nullable: true, defaultValue: false }) everywhere:
      | boolean
      | null,
  ): Promise<boolean> {
    return this.authService.logout(viewer, { everywhere: everywhere ?? false });
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: "Sets a new password after checking the current one; the user's other sessions end.",
  })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.authService.changePassword(viewer, currentPassword, newPassword);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true; mails a one-time link when the account exists' })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.passwordResets.request(email);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: "Sets a new password with a mailed link; the account's other sessions and links end",
  })
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
  ): Promise<AuthPayload> {
    return toPayload(await this.passwordResets.reset(token, newPassword));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Startups and other suppliers sign themselves up; a new COMPANY organisation is created with the caller as ADMIN.',
  })
  async registerCompany(
    @Args('name') name: string,
    @Args('organizationNumber') organizationNumber: string,
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('userName') userName: string,
  ): Promise<AuthPayload> {
    return toPayload(
      await this.authService.registerCompany({ name, organizationNumber, email, password, userName }),
    );
  }

  @Authenticated()
  @Query(() => Boolean, { description: 'True while the bearer token is valid' })
  sessionValid(): boolean {
    return true;
  }
}

function toPayload(session: Session): AuthPayload {
  return { token: session.token, user: User.from(session.user) };
}

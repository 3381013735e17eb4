import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, OptionalViewer, Public } from '../graphql/access.decorators';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { User } from '../users/user.model';
import { UserService } from '../users/user.service';
import { AuthService, type Session } from './auth.service';
import { AuthPayload } from './auth-payload.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly userService: UserService,
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
    return toPayload(await this.authService.login(email, password, context.req.ip ?? 'unknown'));
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

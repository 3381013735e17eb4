import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../graphql/access.decorators';
import { Organization } from '../../organizations/organization.model';
import { User } from '../../users/user.model';
import type { Session } from '../auth.service';
import { AuthPayload } from '../auth-payload.model';
import { AnsattportenSignIn, SignInOptions } from './ansattporten.models';
import { AnsattportenService } from './ansattporten.service';

@Resolver()
export class AnsattportenResolver {
  constructor(private readonly ansattporten: AnsattportenService) {}

  @Public()
  @Query(() => SignInOptions, { description: 'How one may sign in here' })
  signInOptions(): SignInOptions {
    return { ansattporten: this.ansattporten.enabled, ansattportenTest: this.ansattporten.isTestProvider };
  }

  @Public()
  @Mutation(() => AnsattportenSignIn, {
    description:
      'Redeems the one-time code (valid 60 s, once) that /auth/oidc/callback put in the redirect to the web app',
  })
  async redeemSignInCode(@Args('code') code: string): Promise<AnsattportenSignIn> {
    const result = await this.ansattporten.redeem(code);
    if ('session' in result) return { auth: toPayload(result.session), pending: null };
    const { ticket, organizations, name } = result.pending;
    return { auth: null, pending: { ticket, name, organizations: organizations.map(Organization.from) } };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Finishes a first Ansattporten sign-in: a MEMBER of the chosen organisation; a link confirming the e-mail is mailed',
  })
  async completeSignIn(
    @Args('ticket') ticket: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('name') name: string,
    @Args('email') email: string,
  ): Promise<AuthPayload> {
    return toPayload(await this.ansattporten.complete(ticket, organizationId, name, email));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms an e-mail address with the mailed link, once' })
  confirmEmail(@Args('token') token: string): Promise<boolean> {
    return this.ansattporten.confirmEmail(token);
  }
}

function toPayload(session: Session): AuthPayload {
  return { token: session.token, user: User.from(session.user) };
}

import { Field, ObjectType } from '@nestjs/graphql';
import { Organization } from '../../organizations/organization.model';
import { AuthPayload } from '../auth-payload.model';

@ObjectType('SignInOptions', { description: 'How one may sign in here; the web shows a button for each' })
export class SignInOptions {
  @Field({ description: 'Ansattporten (OIDC) is configured: show "Logg inn med Ansattporten"' })
  ansattporten: boolean;

  @Field({ description: "It is the demo's own test provider, never the real Ansattporten" })
  ansattportenTest: boolean;
}

@ObjectType('PendingSignIn', {
  description: 'A first Ansattporten sign-in: choose the organisation and give name and work e-mail',
})
export class PendingSignIn {
  @Field({ description: 'Finishes this sign-in with completeSignIn, for 15 minutes' })
  ticket: string;

  @Field(() => [Organization], { description: 'The public bodies the person may act for' })
  organizations: Organization[];

  @Field(() => String, { nullable: true, description: 'The name Ansattporten gave, if any' })
  name: string | null;
}

@ObjectType('AnsattportenSignIn', {
  description: 'Either signed in (auth) or a first sign-in to finish (pending)',
})
export class AnsattportenSignIn {
  @Field(() => AuthPayload, { nullable: true })
  auth: AuthPayload | null;

  @Field(() => PendingSignIn, { nullable: true })
  pending: PendingSignIn | null;
}

import { graphql } from '../../../generated';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      ansattporten
      ansattportenTest
    }
  }
`);

export const RedeemSignInCodeMutation = graphql(`
  mutation RedeemSignInCode($code: String!) {
    redeemSignInCode(code: $code) {
      auth {
        token
      }
      pending {
        ticket
        name
        organizations {
          id
          name
        }
      }
    }
  }
`);

export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($ticket: String!, $organizationId: ID!, $name: String!, $email: String!) {
    completeSignIn(ticket: $ticket, organizationId: $organizationId, name: $name, email: $email) {
      token
    }
  }
`);

export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);

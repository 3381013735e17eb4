import { graphql } from '../../../generated';

export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    role
    isPlatformAdmin
    language
    mustChangePassword
    organization {
      id
      name
      kind
    }
    can {
      postNeeds
      postNotices
      joinNeeds
      answerNeeds
      addMembers
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SetLanguageMutation = graphql(`
  mutation SetLanguage($language: Language!) {
    setLanguage(language: $language) {
      id
      language
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

export const RegisterCompanyMutation = graphql(`
  mutation RegisterCompany(
    $name: String!
    $organizationNumber: String!
    $email: String!
    $password: String!
    $userName: String!
  ) {
    registerCompany(
      name: $name
      organizationNumber: $organizationNumber
      email: $email
      password: $password
      userName: $userName
    ) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($everywhere: Boolean = false) {
    logout(everywhere: $everywhere)
  }
`);

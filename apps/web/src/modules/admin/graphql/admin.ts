import { graphql } from '../../../generated';

export const OrganizationsQuery = graphql(`
  query Organizations($text: String, $limit: Int!) {
    organizations(filter: { text: $text }, limit: $limit, offset: 0) {
      totalCount
      items {
        id
        name
        kind
        organizationNumber
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
      organizationNumber
      municipalityNumber
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
      role
      organization {
        id
        name
      }
    }
  }
`);

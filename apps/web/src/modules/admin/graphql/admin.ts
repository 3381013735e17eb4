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

export const OrganizationDirectoryQuery = graphql(`
  query OrganizationDirectory($text: String, $missingNumber: Boolean, $limit: Int!, $offset: Int!) {
    organizations(
      filter: { text: $text, missingOrganizationNumber: $missingNumber }
      limit: $limit
      offset: $offset
    ) {
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

export const SetOrganizationNumberMutation = graphql(`
  mutation SetOrganizationNumber($organizationId: ID!, $organizationNumber: String!) {
    setOrganizationNumber(organizationId: $organizationId, organizationNumber: $organizationNumber) {
      id
      organizationNumber
    }
  }
`);

export const UserDirectoryQuery = graphql(`
  query UserDirectory($search: String, $limit: Int!, $offset: Int!) {
    users(search: $search, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        name
        email
        role
        active
        organization {
          id
          name
        }
      }
    }
  }
`);

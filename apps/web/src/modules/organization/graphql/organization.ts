import { graphql } from '../../../generated';

export const OrganizationSolutionsQuery = graphql(`
  query OrganizationSolutions($ownerId: ID!) {
    solutions(
      filter: { ownerId: $ownerId, statuses: [DRAFT, PUBLISHED, ARCHIVED] }
      sort: NEWEST
      limit: 100
      offset: 0
    ) {
      totalCount
      items {
        ...SolutionCardFields
      }
    }
  }
`);

export const OrganizationAdoptionsQuery = graphql(`
  query OrganizationAdoptions($organizationId: ID!) {
    organizationAdoptions(organizationId: $organizationId, limit: 100, offset: 0) {
      totalCount
      items {
        id
        stage
        createdAt
        solution {
          id
          title
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const MemberFields = graphql(`
  fragment MemberFields on User {
    id
    name
    email
    role
    active
    createdAt
    lastLoginAt
  }
`);

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      ...MemberFields
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...MemberFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...MemberFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...MemberFields
    }
  }
`);

export const OrganizationNeedsQuery = graphql(`
  query OrganizationNeeds {
    myNeeds(limit: 100, offset: 0) {
      totalCount
      items {
        ...NeedCardFields
      }
    }
  }
`);

export const OrganizationNoticesQuery = graphql(`
  query OrganizationNotices($buyerId: ID!) {
    procurementNotices(filter: { buyerId: $buyerId }, limit: 100, offset: 0) {
      totalCount
      items {
        ...NoticeCardFields
      }
    }
  }
`);

export const PublicOrganizationQuery = graphql(`
  query PublicOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      countyNumber
      population
      similarOrganizations(limit: 6) {
        id
        name
        population
      }
    }
    solutions(filter: { ownerId: $id }, limit: 50, offset: 0) {
      items {
        id
        title
      }
    }
  }
`);

export const OrganizationUsesQuery = graphql(`
  query OrganizationUses($organizationId: ID!, $limit: Int!) {
    organizationAdoptions(organizationId: $organizationId, limit: $limit, offset: 0) {
      totalCount
      items {
        id
        stage
        startedAt
        solution {
          id
          title
        }
      }
    }
  }
`);

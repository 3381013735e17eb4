import { graphql } from '../../../generated';

export const SystemFields = graphql(`
  fragment SystemFields on System {
    id
    name
    vendor
    category
  }
`);

export const SystemCatalogueQuery = graphql(`
  query SystemCatalogue($search: String!) {
    systems(search: $search) {
      ...SystemFields
    }
  }
`);

export const OrganizationSystemsQuery = graphql(`
  query OrganizationSystems($id: ID!) {
    organization(id: $id) {
      id
      systems {
        ...SystemFields
      }
    }
  }
`);

export const SetOrganizationSystemsMutation = graphql(`
  mutation SetOrganizationSystems($systemIds: [ID!]!) {
    setOrganizationSystems(systemIds: $systemIds) {
      id
      systems {
        ...SystemFields
      }
    }
  }
`);

export const SolutionRequirementFields = graphql(`
  fragment SolutionRequirementFields on SolutionRequirement {
    description
    anyOf {
      ...SystemFields
    }
  }
`);

export const SolutionFitFields = graphql(`
  fragment SolutionFitFields on Solution {
    id
    requirements {
      ...SolutionRequirementFields
    }
    fit {
      runsHere
      met {
        description
        anyOf {
          id
        }
      }
      missing {
        description
        anyOf {
          id
        }
      }
    }
  }
`);

export const FitCountQuery = graphql(`
  query FitCount($query: String!, $filter: SearchFilter) {
    search(query: $query, filter: $filter, limit: 1, offset: 0) {
      totalCount
    }
  }
`);

import { graphql } from '../../../generated';

// Need and notice fields are listed, not spread from their card fragments: `status` differs in type
// between the union's members and may not be selected on two of them without an alias.

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $sort: SearchSort, $limit: Int!, $offset: Int!) {
    search(query: $query, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      totalCount
      facets {
        field
        values {
          value
          count
          cpv {
            code
            labelNb
            labelEn
          }
        }
      }
      hits {
        __typename
        ... on Solution {
          ...SolutionCardFields
        }
        ... on Need {
          id
          title
          description
          serviceArea
          responseCount
          owner {
            id
            name
          }
        }
        ... on ProcurementNotice {
          id
          title
          description
          deadline
          isOpen
          buyer {
            id
            name
          }
        }
      }
    }
  }
`);

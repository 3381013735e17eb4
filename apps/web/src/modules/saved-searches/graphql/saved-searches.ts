import { graphql } from '../../../generated';

export const SavedSearchFields = graphql(`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    query
    kinds
    serviceAreas
    procedures
    cpvDivisions
    countyNumbers
    openOnly
    feedUrl
    createdAt
  }
`);

export const MySavedSearchesQuery = graphql(`
  query MySavedSearches {
    mySavedSearches {
      ...SavedSearchFields
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SavedSearchInput!) {
    saveSearch(input: $input) {
      ...SavedSearchFields
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export const UpdateSavedSearchMutation = graphql(`
  mutation UpdateSavedSearch($id: ID!, $input: SavedSearchInput!) {
    updateSavedSearch(id: $id, input: $input) {
      ...SavedSearchFields
    }
  }
`);

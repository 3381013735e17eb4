import { graphql } from '../../../generated';

export const StatisticsQuery = graphql(`
  query Statistics {
    statistics {
      publishedSolutions
      organizationsSharing
      organizationsReusing
      adoptionsInUse
      hoursSavedPerYear
      savingsNokPerYear
      adoptionsByMonth {
        month
        count
      }
      adoptionsByCounty {
        countyNumber
        countyName
        count
      }
      mostReused(limit: 10) {
        id
        title
        inUseCount
        reuseCount
        owner {
          id
          name
        }
      }
    }
  }
`);

export const CountyMunicipalitiesQuery = graphql(`
  query CountyMunicipalities($countyNumber: String!) {
    statistics {
      municipalities(countyNumber: $countyNumber) {
        municipalityNumber
        name
        sharedSolutions
        reusedSolutions
      }
    }
  }
`);

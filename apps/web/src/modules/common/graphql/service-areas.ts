import { graphql } from '../../../generated';

export const ServiceAreasQuery = graphql(`
  query ServiceAreas {
    serviceAreas {
      id
      nameNb
      nameEn
    }
  }
`);

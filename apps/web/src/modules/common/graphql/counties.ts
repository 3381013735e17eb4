import { graphql } from '../../../generated';

export const CountiesQuery = graphql(`
  query Counties {
    counties {
      number
      name
    }
  }
`);

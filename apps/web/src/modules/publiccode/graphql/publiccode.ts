import { graphql } from '../../../generated';

export const PubliccodeProblemFields = graphql(`
  fragment PubliccodeProblemFields on PubliccodeProblem {
    severity
    key
    message
    line
    column
  }
`);

export const ValidatePubliccodeQuery = graphql(`
  query ValidatePubliccode($yaml: String!) {
    validatePubliccode(yaml: $yaml) {
      ...PubliccodeProblemFields
    }
  }
`);

export const ImportPubliccodeMutation = graphql(`
  mutation ImportPubliccode($yaml: String!) {
    importPubliccode(yaml: $yaml) {
      solution {
        id
      }
      problems {
        ...PubliccodeProblemFields
      }
    }
  }
`);

export const SolutionPubliccodeFields = graphql(`
  fragment SolutionPubliccodeFields on Solution {
    id
    status
    viewerCanEdit
    declaredUsers
    publiccodeYml
    publiccodeMissing
  }
`);

import { graphql } from '../../../generated';

export const SolutionCardFields = graphql(`
  fragment SolutionCardFields on Solution {
    id
    title
    summary
    serviceArea
    status
    kind
    maturity
    openSource
    reuseCount
    inUseCount
    inUseByMunicipalitiesOnly
    publishedAt
    updatedAt
    owner {
      id
      name
      kind
    }
  }
`);

export const AdoptionFields = graphql(`
  fragment AdoptionFields on Adoption {
    id
    stage
    createdAt
    startedAt
    confirmedAt
    confirmationDueAt
    counts
    awaitingConfirmation
    story {
      hoursSavedPerYear
      savingsNokPerYear
      adaptations
      rating
      review
      updatedAt
    }
    contact {
      name
      role
      email
      phone
    }
    organization {
      id
      name
    }
  }
`);

export const SolutionAdoptionState = graphql(`
  fragment SolutionAdoptionState on Solution {
    id
    status
    reuseCount
    inUseCount
    pilotingCount
    evaluatingCount
    inUseByMunicipalitiesOnly
    hoursSavedPerYear
    savingsNokPerYear
    viewerCanEdit
    viewerAdoption {
      ...AdoptionFields
    }
    adoptions {
      ...AdoptionFields
    }
  }
`);

export const SolutionQuery = graphql(`
  query Solution($id: ID!) {
    solution(id: $id) {
      id
      title
      summary
      description
      serviceArea
      tags
      status
      ...SolutionProfileFields
      benefits
      annualSavingsNok
      publishedAt
      createdAt
      updatedAt
      viewerFollows
      owner {
        id
        name
        kind
      }
      originNotice {
        id
        title
        need {
          id
          title
        }
      }
      ...SolutionAdoptionState
      ...SolutionPubliccodeFields
      ...SolutionFitFields
    }
  }
`);

export const SolutionsQuery = graphql(`
  query Solutions($filter: SolutionListFilter, $sort: SolutionSort!, $limit: Int!, $offset: Int!) {
    solutions(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...SolutionCardFields
      }
    }
  }
`);

export const SolutionProfileFields = graphql(`
  fragment SolutionProfileFields on Solution {
    id
    kind
    maturity
    lastReviewedOn
    licenseId
    openSource
    contact {
      name
      role
      email
      phone
    }
    links {
      label
      url
    }
    endpointUrl
    rpaPlatform {
      id
      name
      vendor
    }
    automatedProcess
    datasetFormat
    licenseCostNok
    yearlyRunningCostNok
    priceModel
    builtBy
    supplierName
    hosting
  }
`);

export const RpaPlatformsQuery = graphql(`
  query RpaPlatforms {
    systems(category: RPA_PLATFORM) {
      id
      name
      vendor
    }
  }
`);

export const SolutionFormFields = graphql(`
  fragment SolutionFormFields on Solution {
    id
    title
    summary
    description
    serviceArea
    tags
    status
    ...SolutionProfileFields
    benefits
    annualSavingsNok
    requirements {
      ...SolutionRequirementFields
    }
    viewerCanEdit
    updatedAt
  }
`);
export const SolutionForEditQuery = graphql(`
  query SolutionForEdit($id: ID!) {
    solution(id: $id) {
      ...SolutionFormFields
      adopterCount
    }
  }
`);

export const CreateSolutionMutation = graphql(`
  mutation CreateSolution($input: SolutionInput!) {
    createSolution(input: $input) {
      ...SolutionFormFields
    }
  }
`);

export const UpdateSolutionMutation = graphql(`
  mutation UpdateSolution($id: ID!, $input: SolutionInput!) {
    updateSolution(id: $id, input: $input) {
      ...SolutionFormFields
    }
  }
`);

export const PublishSolutionMutation = graphql(`
  mutation PublishSolution($id: ID!) {
    publishSolution(id: $id) {
      ...SolutionFormFields
    }
  }
`);

export const ArchiveSolutionMutation = graphql(`
  mutation ArchiveSolution($id: ID!) {
    archiveSolution(id: $id) {
      ...SolutionFormFields
    }
  }
`);

export const AdoptSolutionMutation = graphql(`
  mutation AdoptSolution($solutionId: ID!, $stage: AdoptionStage!) {
    adoptSolution(solutionId: $solutionId, stage: $stage) {
      ...AdoptionFields
      solution {
        ...SolutionAdoptionState
      }
    }
  }
`);

export const FollowSolutionMutation = graphql(`
  mutation FollowSolution($solutionId: ID!) {
    followSolution(solutionId: $solutionId)
  }
`);

export const UnfollowSolutionMutation = graphql(`
  mutation UnfollowSolution($solutionId: ID!) {
    unfollowSolution(solutionId: $solutionId)
  }
`);

export const WithdrawAdoptionMutation = graphql(`
  mutation WithdrawAdoption($solutionId: ID!) {
    withdrawAdoption(solutionId: $solutionId)
  }
`);

export const ConfirmAdoptionMutation = graphql(`
  mutation ConfirmAdoption($solutionId: ID!) {
    confirmAdoption(solutionId: $solutionId) {
      ...AdoptionFields
      solution {
        ...SolutionAdoptionState
      }
    }
  }
`);

export const SetReuseStoryMutation = graphql(`
  mutation SetReuseStory($solutionId: ID!, $input: ReuseStoryInput!) {
    setReuseStory(solutionId: $solutionId, input: $input) {
      ...AdoptionFields
      solution {
        ...SolutionAdoptionState
      }
    }
  }
`);

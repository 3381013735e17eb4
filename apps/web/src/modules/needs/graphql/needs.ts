import { graphql } from '../../../generated';

export const NeedCardFields = graphql(`
  fragment NeedCardFields on Need {
    id
    title
    description
    serviceArea
    status
    responseCount
    participantCount
    createdAt
    owner {
      id
      name
    }
  }
`);

export const NeedsQuery = graphql(`
  query Needs($filter: NeedListFilter, $limit: Int!, $offset: Int!) {
    needs(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...NeedCardFields
      }
    }
  }
`);

export const NeedResponseFields = graphql(`
  fragment NeedResponseFields on NeedResponse {
    id
    pitch
    status
    createdAt
    updatedAt
    organization {
      id
      name
    }
    contact {
      name
      role
      email
      phone
    }
  }
`);

export const NeedQuery = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      id
      title
      description
      serviceArea
      status
      createdAt
      updatedAt
      responseCount
      viewerCanEdit
      viewerHasJoined
      viewerRole
      viewerFollows
      nextStatuses
      contact {
        name
        role
        email
        phone
      }
owner {
        id
        name
        kind
      }
      participants {
        id
        name
      }
      partners {
        id
        name
      }
      questions {
        id
        question
        answer
        createdAt
        answeredAt
      }
      procurementNotices {
        id
        title
        deadline
        isOpen
        procedure
      }
      similarSolutions(limit: 3) {
        ...SolutionCardFields
      }
    }
    needResponses(needId: $id) {
      ...NeedResponseFields
    }
  }
`);

export const NeedFormFields = graphql(`
  fragment NeedFormFields on Need {
    id
    title
    description
    serviceArea
    status
    viewerCanEdit
    contact {
      name
      role
      email
      phone
    }
  }
`);

export const NeedForEditQuery = graphql(`
  query NeedForEdit($id: ID!) {
    need(id: $id) {
      ...NeedFormFields
    }
  }
`);

export const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: NeedInput!) {
    createNeed(input: $input) {
      ...NeedFormFields
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...NeedFormFields
    }
  }
`);

export const ChangeNeedStatusMutation = graphql(`
  mutation ChangeNeedStatus($id: ID!, $status: NeedStatus!) {
    changeNeedStatus(id: $id, status: $status) {
      id
      status
      nextStatuses
    }
  }
`);

export const JoinNeedMutation = graphql(`
  mutation JoinNeed($needId: ID!) {
    joinNeed(needId: $needId) {
      id
      viewerHasJoined
      viewerRole
      participants {
        id
        name
      }
      partners {
        id
        name
      }
    }
  }
`);

export const LeaveNeedMutation = graphql(`
  mutation LeaveNeed($needId: ID!) {
    leaveNeed(needId: $needId) {
      id
      viewerHasJoined
      viewerRole
      participants {
        id
        name
      }
      partners {
        id
        name
      }
    }
  }
`);

export const AcceptNeedPartnerMutation = graphql(`
  mutation AcceptNeedPartner($needId: ID!, $organizationId: ID!) {
    acceptNeedPartner(needId: $needId, organizationId: $organizationId) {
      id
      partners {
        id
        name
      }
    }
  }
`);

export const RemoveNeedPartnerMutation = graphql(`
  mutation RemoveNeedPartner($needId: ID!, $organizationId: ID!) {
    removeNeedPartner(needId: $needId, organizationId: $organizationId) {
      id
      partners {
        id
        name
      }
    }
  }
`);

export const FollowNeedMutation = graphql(`
  mutation FollowNeed($needId: ID!) {
    followNeed(needId: $needId) {
      id
      viewerFollows
    }
  }
`);

export const UnfollowNeedMutation = graphql(`
  mutation UnfollowNeed($needId: ID!) {
    unfollowNeed(needId: $needId) {
      id
      viewerFollows
    }
  }
`);

export const RespondToNeedMutation = graphql(`
  mutation RespondToNeed($needId: ID!, $pitch: String!, $contact: ContactPersonInput) {
    respondToNeed(needId: $needId, pitch: $pitch, contact: $contact) {
      ...NeedResponseFields
      need {
        id
        responseCount
      }
    }
  }
`);

export const SetNeedResponseStatusMutation = graphql(`
  mutation SetNeedResponseStatus($responseId: ID!, $status: NeedResponseStatus!) {
    setNeedResponseStatus(responseId: $responseId, status: $status) {
      id
      status
    }
  }
`);

export const AskNeedQuestionMutation = graphql(`
  mutation AskNeedQuestion($needId: ID!, $question: String!) {
    askNeedQuestion(needId: $needId, question: $question) {
      id
    }
  }
`);

export const AnswerNeedQuestionMutation = graphql(`
  mutation AnswerNeedQuestion($questionId: ID!, $answer: String!) {
    answerNeedQuestion(questionId: $questionId, answer: $answer) {
      id
      answer
      answeredAt
    }
  }
`);

export const SimilarSolutionsQuery = graphql(`
  query SimilarSolutions($text: String!) {
    similarSolutions(text: $text, limit: 3) {
      ...SolutionCardFields
    }
  }
`);

export const MyNeedResponsesQuery = graphql(`
  query MyNeedResponses {
    myNeedResponses(limit: 50, offset: 0) {
      totalCount
      items {
        ...NeedResponseFields
        need {
          id
          title
          status
        }
      }
    }
  }
`);

export const NeedCostSharesQuery = graphql(`
  query NeedCostShares($id: ID!, $totalNok: Int) {
    need(id: $id) {
      id
      costShares(totalNok: $totalNok) {
        organization {
          id
          name
        }
        population
        percent
        amountNok
      }
    }
  }
`);

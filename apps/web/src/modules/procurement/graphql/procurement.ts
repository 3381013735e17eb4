import { graphql } from '../../../generated';

export const NoticeCardFields = graphql(`
  fragment NoticeCardFields on ProcurementNotice {
    id
    title
    description
    procedure
    deadline
    isOpen
    cancelledAt
    serviceArea
    estimatedValueNok
    cpvCodes
    buyer {
      id
      name
    }
  }
`);

export const NoticesQuery = graphql(`
  query Notices($filter: ProcurementNoticeFilter, $limit: Int!, $offset: Int!) {
    procurementNotices(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...NoticeCardFields
      }
    }
  }
`);

export const NoticeQuery = graphql(`
  query Notice($id: ID!) {
    procurementNotice(id: $id) {
      ...NoticeCardFields
      createdAt
      externalUrl
      questionDeadline
      viewerFollows
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
      cpvLabels {
        code
        labelNb
        labelEn
      }
      need {
        id
        title
        status
      }
      resultingSolution {
        id
        title
        reuseCount
      }
    }
  }
`);

export const CpvCodesQuery = graphql(`
  query CpvCodes($search: String!) {
    cpvCodes(search: $search, limit: 8) {
      code
      labelNb
      labelEn
    }
  }
`);

export const CpvTreeQuery = graphql(`
  query CpvTree($parent: String) {
    cpvTree(parent: $parent) {
      code
      labelNb
      labelEn
    }
  }
`);

export const CpvCodesByCodeQuery = graphql(`
  query CpvCodesByCode($codes: [String!]!) {
    cpvCodesByCode(codes: $codes) {
      code
      labelNb
      labelEn
    }
  }
`);

export const CreateNoticeMutation = graphql(`
  mutation CreateNotice($input: ProcurementNoticeInput!) {
    createProcurementNotice(input: $input) {
      id
    }
  }
`);

export const MyNeedsForNoticeQuery = graphql(`
  query MyNeedsForNotice {
    myNeeds(limit: 100, offset: 0) {
      items {
        id
        title
        status
        viewerRole
      }
    }
  }
`);

export const NoticeForEditQuery = graphql(`
  query NoticeForEdit($id: ID!) {
    procurementNotice(id: $id) {
      id
      title
      description
      procedure
      deadline
      questionDeadline
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
      estimatedValueNok
      externalUrl
      serviceArea
      cancelledAt
      buyer {
        id
      }
      need {
        id
      }
      cpvLabels {
        code
        labelNb
        labelEn
      }
    }
  }
`);

export const UpdateNoticeMutation = graphql(`
  mutation UpdateNotice($id: ID!, $input: ProcurementNoticeInput!) {
    updateProcurementNotice(id: $id, input: $input) {
      id
    }
  }
`);

export const CancelNoticeMutation = graphql(`
  mutation CancelNotice($id: ID!) {
    cancelProcurementNotice(id: $id) {
      id
      cancelledAt
      isOpen
    }
  }
`);

export const LinkResultingSolutionMutation = graphql(`
  mutation LinkResultingSolution($noticeId: ID!, $solutionId: ID!) {
    linkResultingSolution(noticeId: $noticeId, solutionId: $solutionId) {
      id
      resultingSolution {
        id
        title
        reuseCount
      }
    }
  }
`);

export const PublishedSolutionsOfQuery = graphql(`
  query PublishedSolutionsOf($ownerId: ID!) {
    solutions(filter: { ownerId: $ownerId }, sort: NEWEST, limit: 100, offset: 0) {
      items {
        id
        title
      }
    }
  }
`);

export const FollowNoticeMutation = graphql(`
  mutation FollowNotice($id: ID!) {
    followProcurementNotice(id: $id) {
      id
      viewerFollows
    }
  }
`);

export const UnfollowNoticeMutation = graphql(`
  mutation UnfollowNotice($id: ID!) {
    unfollowProcurementNotice(id: $id) {
      id
      viewerFollows
    }
  }
`);

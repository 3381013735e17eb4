import { graphql } from '../../../generated';

export const UnreadCountQuery = graphql(`
  query UnreadNotifications {
    notifications(limit: 1, offset: 0, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(limit: 50, offset: 0) {
      totalCount
      unreadCount
      items {
        id
        event
        subjectTitle
        noticeTitle
        actorName
        adoptionStage
        responseStatus
        subjectKind
        subjectId
        savedSearchId
        read
        createdAt
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

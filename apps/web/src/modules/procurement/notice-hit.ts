import type { NoticeCardFieldsFragment } from '../../generated/graphql';
import { excerpt, type SearchHitView } from '../search/search-view';

export function noticeHit(notice: NoticeCardFieldsFragment): SearchHitView {
  return {
    kind: 'PROCUREMENT_NOTICE',
    id: notice.id,
    title: notice.title,
    summary: excerpt(notice.description),
    ownerName: notice.buyer.name,
    deadline: notice.deadline,
    isOpen: notice.isOpen,
  };
}

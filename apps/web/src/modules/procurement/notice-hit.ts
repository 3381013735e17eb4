import type { NoticeCardFieldsFragment } from '../../generated/graphql';
import { excerpt, type SearchHitView } from '../search/search-view';

type NoticeCard = Pick<NoticeCardFieldsFragment, 'id' | 'title' | 'description' | 'deadline' | 'isOpen'> & {
  buyer: { name: string };
};

export function noticeHit(notice: NoticeCard): SearchHitView {
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

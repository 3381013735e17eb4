import type { NeedCardFieldsFragment } from '../../generated/graphql';
import { excerpt, type SearchHitView } from '../search/search-view';

export function needHit(need: NeedCardFieldsFragment): SearchHitView {
  return {
    kind: 'NEED',
    id: need.id,
    title: need.title,
    summary: excerpt(need.description),
    ownerName: need.owner.name,
    serviceArea: need.serviceArea,
    responseCount: need.responseCount,
  };
}

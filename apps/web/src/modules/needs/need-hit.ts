import type { NeedCardFieldsFragment } from '../../generated/graphql';
import { excerpt, type SearchHitView } from '../search/search-view';

type NeedCard = Pick<
  NeedCardFieldsFragment,
  'id' | 'title' | 'description' | 'serviceArea' | 'responseCount'
> & {
  owner: { name: string };
};

export function needHit(need: NeedCard): SearchHitView {
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

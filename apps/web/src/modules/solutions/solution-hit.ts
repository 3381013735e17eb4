import type { SolutionCardFieldsFragment } from '../../generated/graphql';
import type { SearchHitView } from '../search/search-view';

export function solutionHit(solution: SolutionCardFieldsFragment): SearchHitView {
  return {
    kind: 'SOLUTION',
    id: solution.id,
    title: solution.title,
    summary: solution.summary,
    ownerName: solution.owner.name,
    serviceArea: solution.serviceArea,
    reuseCount: solution.reuseCount,
    inUseCount: solution.inUseCount,
    inUseByMunicipalitiesOnly: solution.inUseByMunicipalitiesOnly,
    bySupplier: solution.owner.kind === 'COMPANY',
  };
}

import type { SolutionCardFieldsFragment } from '../../generated/graphql';

export type SolutionHitProfile = Pick<SolutionCardFieldsFragment, 'kind' | 'maturity' | 'openSource'>;

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
    profile: { kind: solution.kind, maturity: solution.maturity, openSource: solution.openSource },
    inUseCount: solution.inUseCount,
    inUseByMunicipalitiesOnly: solution.inUseByMunicipalitiesOnly,
    bySupplier: solution.owner.kind === 'COMPANY',
  };
}

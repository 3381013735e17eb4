import { ResultCard } from '../../search/components/ResultCard';
import type { SearchHitView } from '../../search/search-view';
import { useServiceAreas } from '../hooks/useServiceAreas';

function useAreaName() {
  const { nameOf } = useServiceAreas();
  return (hit: SearchHitView) => ('serviceArea' in hit ? nameOf(hit.serviceArea) : undefined);
}

/** Cards in a responsive grid (front page and lists). */
export function HitGrid({ hits }: { hits: SearchHitView[] }) {
  const areaName = useAreaName();
  return (
    <ul className="card-grid">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <ResultCard hit={hit} areaName={areaName(hit)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Empty cards where cards are loading, so the page does not shift when they arrive (CLS); hidden
 * from assistive technology, which hears the section's aria-busy instead.
 */
export function CardPlaceholders({ count, grid = false }: { count: number; grid?: boolean }) {
  return (
    <ul className={grid ? 'card-grid' : 'result-list'} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the placeholders are all alike and never reorder
        <li key={i} className="card-placeholder" />
      ))}
    </ul>
  );
}

/** Cards one under another (search results and lists). */
export function HitList({
  hits,
  stale = false,
  headingLevel,
}: {
  hits: SearchHitView[];
  stale?: boolean;
  /** 2 when the list sits right under the page's h1. */
  headingLevel?: 2 | 3;
}) {
  const areaName = useAreaName();
  return (
    <ul className={stale ? 'result-list result-list--stale' : 'result-list'} data-testid="results">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <ResultCard hit={hit} areaName={areaName(hit)} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

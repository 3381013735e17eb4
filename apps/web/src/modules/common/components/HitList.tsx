import { ResultCard } from '../../search/components/ResultCard';
import type { SearchHitView } from '../../search/search-view';

/** Cards in a responsive grid (front page and lists). */
export function HitGrid({ hits }: { hits: SearchHitView[] }) {
  return (
    <ul className="card-grid">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <ResultCard hit={hit} />
        </li>
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
  return (
    <ul className={stale ? 'result-list result-list--stale' : 'result-list'} data-testid="results">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`}>
          <ResultCard hit={hit} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

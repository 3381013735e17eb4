import { paths } from '../../app/paths';
import type { SearchHitView } from './search-view';

export function hitPath(hit: SearchHitView): string {
  switch (hit.kind) {
    case 'SOLUTION':
      return paths.solution(hit.id);
    case 'NEED':
      return paths.need(hit.id);
    case 'PROCUREMENT_NOTICE':
      return paths.notice(hit.id);
  }
}

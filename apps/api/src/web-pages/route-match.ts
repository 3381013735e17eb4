import ROUTES from '@lokomotiv/web-routes/routes.json';
import type { RouteName } from '../common/web-paths';

export interface RouteMatch {
  route: RouteName;
  id?: string;
}

/** Static paths before those with `:id`, as the web's router ranks them ("losninger/ny" is no id). */
const PATTERNS = (Object.entries(ROUTES) as [RouteName, string][])
  .map(([route, pattern]) => ({
    route,
    dynamic: pattern.includes(':id'),
    regex: new RegExp(`^/${pattern.replace(':id', '([^/]+)')}$`),
  }))
  .sort((a, b) => Number(a.dynamic) - Number(b.dynamic));

/** The client route a path is, or null: the web's own 404 page. */
export function matchRoute(path: string): RouteMatch | null {
  const normalised = path.length > 1 ? path.replace(/\/$/, '') : path;
  for (const { route, regex } of PATTERNS) {
    const match = regex.exec(normalised);
    if (match) return match[1] === undefined ? { route } : { route, id: decodeURIComponent(match[1]) };
  }
  return null;
}

import ROUTES from '@lokomotiv/web-routes/routes.json';

export type RouteName = keyof typeof ROUTES;

/** The web app's path of a route (shared with its router), with its `:id` filled in. */
export function webPath(route: RouteName, id?: string): string {
  return `/${ROUTES[route].replace(':id', encodeURIComponent(id ?? ''))}`;
}

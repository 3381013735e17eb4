import ROUTES from '@lokomotiv/web-routes/routes.json';

/** A route's path from the table the router and the api share, with its `:id` filled in. */
function at(route: keyof typeof ROUTES, id?: string): string {
  return `/${ROUTES[route].replace(':id', id ?? '')}`;
}

/** Every route of the app in one place, so links and routes never disagree. */
export const paths = {
  home: at('home'),
  search: (params?: URLSearchParams | string) => {
    const query = params?.toString();
    return query ? `${at('search')}?${query}` : at('search');
  },
  /** The search's hits as CSV, served by the api. */
  searchCsv: (params: URLSearchParams) => `/sok.csv?${params}`,
  solution: (id: string) => at('solution', id),
  editSolution: (id: string) => at('editSolution', id),
  newSolution: at('newSolution'),
  importSolution: at('importSolution'),
  /** The solution's publiccode.yml, served by the api. */
  solutionPubliccode: (id: string) => `/losninger/${id}/publiccode.yml`,
  need: (id: string) => at('need', id),
  editNeed: (id: string) => at('editNeed', id),
  needs: at('needs'),
  newNeed: at('newNeed'),
  notice: (id: string) => at('notice', id),
  editNotice: (id: string) => at('editNotice', id),
  notices: at('notices'),
  newNotice: at('newNotice'),
  notifications: at('notifications'),
  savedSearches: at('savedSearches'),
  /** One saved search on the saved-searches page. */
  savedSearch: (id: string) => `/lagrede-sok#${savedSearchAnchor(id)}`,
  myOrganization: at('myOrganization'),
  login: at('login'),
  ansattportenSignIn: at('ansattportenSignIn'),
  confirmEmail: at('confirmEmail'),
  /** Starts the Ansattporten code flow: served by the api, so a full page load, not a client route. */
  ansattportenLogin: '/auth/oidc/login',
  register: at('register'),
  forgotPassword: at('forgotPassword'),
  resetPassword: at('resetPassword'),
  profile: at('profile'),
  admin: at('admin'),
  statistics: at('statistics'),
  organization: (id: string) => at('organization', id),
  about: at('about'),
  contact: at('contact'),
  privacy: at('privacy'),
  accessibility: at('accessibility'),
} as const;

/** The DOM id of a saved search on the saved-searches page, for links to it. */
export const savedSearchAnchor = (id: string) => `lagret-sok-${id}`;

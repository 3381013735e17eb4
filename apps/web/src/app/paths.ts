/** Every route of the app in one place, so links and routes never disagree. */
export const paths = {
  home: '/',
  search: (params?: URLSearchParams | string) => {
    const query = params?.toString();
    return query ? `/sok?${query}` : '/sok';
  },
  solution: (id: string) => `/losninger/${id}`,
  editSolution: (id: string) => `/losninger/${id}/rediger`,
  newSolution: '/losninger/ny',
  importSolution: '/losninger/importer',
  /** The solution's publiccode.yml, served by the api. */
  solutionPubliccode: (id: string) => `/losninger/${id}/publiccode.yml`,
  need: (id: string) => `/behov/${id}`,
  editNeed: (id: string) => `/behov/${id}/rediger`,
  needs: '/behov',
  newNeed: '/behov/nytt',
  notice: (id: string) => `/anbud/${id}`,
  editNotice: (id: string) => `/anbud/${id}/rediger`,
  notices: '/anbud',
  newNotice: '/anbud/ny',
  notifications: '/varsler',
  savedSearches: '/lagrede-sok',
  /** One saved search on the saved-searches page. */
  savedSearch: (id: string) => `/lagrede-sok#${savedSearchAnchor(id)}`,
  myOrganization: '/min-organisasjon',
  login: '/logg-inn',
  register: '/registrer',
  forgotPassword: '/glemt-passord',
  resetPassword: '/nytt-passord',
  profile: '/profil',
  admin: '/admin',
  about: '/om',
  contact: '/kontakt',
  privacy: '/personvern',
  accessibility: '/tilgjengelighetserklaering',
} as const;

/** The DOM id of a saved search on the saved-searches page, for links to it. */
export const savedSearchAnchor = (id: string) => `lagret-sok-${id}`;

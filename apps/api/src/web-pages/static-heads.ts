import type { RouteName } from '../common/web-paths';

export const SITE_DESCRIPTION = 'Lokomotiv – finn, gjenbruk og del digitale løsninger mellom kommuner';

/** The routes whose head comes from an item in the database, found by the `:id` in the path. */
export const ITEM_ROUTES = [
  'solution',
  'need',
  'notice',
  'organization',
] as const satisfies readonly RouteName[];
type ItemRoute = (typeof ITEM_ROUTES)[number];

interface StaticHead {
  title: string;
  description?: string;
  /** Behind a login, or a form: not for search engines. */
  private?: true;
}

/** Every other client route's title and description: a route added to the web without one fails typecheck. */
export const STATIC_HEADS: Record<Exclude<RouteName, ItemRoute>, StaticHead> = {
  home: { title: 'Lokomotiv', description: SITE_DESCRIPTION },
  search: {
    title: 'Søk i løsninger, behov og anbud',
    description:
      'Søk blant digitale løsninger, behov og anbud som kommuner og andre offentlige virksomheter deler.',
  },
  needs: {
    title: 'Behov',
    description: 'Behov kommuner har meldt, som andre kan slå seg sammen om eller svare på.',
  },
  notices: { title: 'Anbud', description: 'Anbud og konkurranser fra kommuner og offentlige virksomheter.' },
  newSolution: { title: 'Del en løsning', private: true },
  importSolution: { title: 'Importer fra publiccode.yml', private: true },
  editSolution: { title: 'Rediger løsning', private: true },
  newNeed: { title: 'Meld et behov', private: true },
  editNeed: { title: 'Rediger behov', private: true },
  newNotice: { title: 'Nytt anbud', private: true },
  editNotice: { title: 'Rediger anbud', private: true },
  myOrganization: { title: 'Min organisasjon', private: true },
  notifications: { title: 'Varsler', private: true },
  savedSearches: { title: 'Lagrede søk', private: true },
  profile: { title: 'Profil', private: true },
  forgotPassword: { title: 'Glemt passord', private: true },
  resetPassword: { title: 'Nytt passord', private: true },
  login: { title: 'Logg inn', private: true },
  ansattportenSignIn: { title: 'Logg inn med Ansattporten', private: true },
  confirmEmail: { title: 'Bekreft e-postadressen', private: true },
  register: { title: 'Registrer virksomhet', private: true },
  admin: { title: 'Administrasjon', private: true },
  about: {
    title: 'Om Lokomotiv',
    description: 'Hva Lokomotiv er, hvem som står bak, og hvordan kommuner deler løsninger her.',
  },
  contact: { title: 'Kontakt oss', description: 'Hvordan du når dem som driver Lokomotiv.' },
  privacy: {
    title: 'Personvern',
    description: 'Hvilke opplysninger Lokomotiv lagrer, hvorfor, hvor lenge, og hvem du kan spørre.',
  },
  accessibility: {
    title: 'Tilgjengelighetserklæring',
    description:
      'Hvordan Lokomotiv oppfyller kravene til universell utforming, og hva som ikke er på plass ennå.',
  },
  statistics: {
    title: 'Statistikk om gjenbruk',
    description:
      'Hvor mange løsninger som deles og gjenbrukes, hva gjenbruken sparer, per måned og per fylke.',
  },
};

export const NOT_FOUND_TITLE = 'Fant ikke siden';

import type { SolutionRequirementInput } from '../solutions/solution-profile';

/** The systems a few demo municipalities run, by municipality number: ids of the shipped catalogue. */
export const DEMO_LANDSCAPES: Record<string, string[]> = {
  // Bergen
  '4601': [
    'elements',
    'gerica',
    'uipath',
    'id-porten',
    'ansattporten',
    'entra-id',
    'unit4-erp',
    'frends',
    'fiks-svarut',
    'fiks-svarinn',
    'fiks-folkeregister',
    'altinn',
    'digipost',
    'kontakt-reservasjonsregisteret',
    'azure',
  ],
  // Oslo
  '0301': [
    'public-360',
    'gerica',
    'uipath',
    'id-porten',
    'ansattporten',
    'entra-id',
    'unit4-erp',
    'azure-integration-services',
    'fiks-svarut',
    'fiks-folkeregister',
    'altinn',
    'digipost',
    'kontakt-reservasjonsregisteret',
    'azure',
  ],
  // Trondheim
  '5001': [
    'elements',
    'profil',
    'blue-prism',
    'id-porten',
    'entra-id',
    'visma-enterprise',
    'biztalk',
    'fiks-svarut',
    'fiks-svarinn',
    'altinn',
  ],
  // Stavanger
  '1103': [
    'websak',
    'cosdoc',
    'power-automate',
    'id-porten',
    'visma-enterprise',
    'frends',
    'fiks-svarut',
    'altinn',
    'digipost',
  ],
  // Bærum
  '3201': [
    'public-360',
    'gerica',
    'uipath',
    'id-porten',
    'visma-enterprise',
    'fiks-svarut',
    'fiks-svarinn',
    'fiks-folkeregister',
    'altinn',
  ],
  // Drammen
  '3301': ['elements', 'profil', 'blue-prism', 'id-porten', 'visma-enterprise', 'fiks-svarut', 'altinn'],
};

const NOARK: SolutionRequirementInput = {
  description: 'Sak/arkiv med Noark 5-grensesnitt',
  anyOfSystemIds: ['elements', 'public-360', 'websak', 'ephorte'],
};
const ID_PORTEN: SolutionRequirementInput = {
  description: 'Innlogging med ID-porten',
  anyOfSystemIds: ['id-porten'],
};
const CARE_RECORDS: SolutionRequirementInput = {
  description: 'Elektronisk pasientjournal for pleie og omsorg',
  anyOfSystemIds: ['gerica', 'profil', 'cosdoc', 'visma-flyt-omsorg'],
};
const FOLKEREGISTER: SolutionRequirementInput = {
  description: 'Oppslag i Folkeregisteret via KS Fiks',
  anyOfSystemIds: ['fiks-folkeregister'],
};

/** What some demo solutions need, by title; the others need nothing and so run anywhere. */
export const DEMO_REQUIREMENTS: Record<string, SolutionRequirementInput[]> = {
  'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger': [
    { description: 'RPA-plattformen UiPath', anyOfSystemIds: ['uipath'] },
    { description: 'Gerica for pleie- og omsorgsmeldinger', anyOfSystemIds: ['gerica'] },
    NOARK,
  ],
  'Digital veileder for byggesøknad': [
    ID_PORTEN,
    NOARK,
    { description: 'Mottak av søknader gjennom KS Fiks SvarInn', anyOfSystemIds: ['fiks-svarinn'] },
  ],
  'Velferdsteknologisk alarmplattform': [CARE_RECORDS],
  'Samordnet opptak til barnehage': [ID_PORTEN, FOLKEREGISTER],
  'Automatisert fakturakontroll med robot': [
    { description: 'RPA-plattformen Blue Prism', anyOfSystemIds: ['blue-prism'] },
    { description: 'Økonomisystem med fakturamottak', anyOfSystemIds: ['visma-enterprise', 'unit4-erp'] },
  ],
  'Kommunal app for hjemmetjenesten med digital medisinliste': [
    {
      description: 'Pasientjournal med digital legemiddelliste',
      anyOfSystemIds: ['profil', 'visma-flyt-omsorg'],
    },
  ],
  'Selvbetjent søknad om startlån': [
    ID_PORTEN,
    NOARK,
    { description: 'Digital post til innbyggere', anyOfSystemIds: ['digipost', 'fiks-svarut'] },
  ],
  'Beredskapsvarsling til innbyggere på SMS': [
    {
      description: 'Kontaktopplysninger fra Kontakt- og reservasjonsregisteret',
      anyOfSystemIds: ['kontakt-reservasjonsregisteret'],
    },
  ],
};

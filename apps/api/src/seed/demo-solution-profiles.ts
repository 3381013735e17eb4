import { AdoptionStage } from '../adoptions/adoption-stage';
import {
  SolutionBuilder,
  SolutionHosting,
  SolutionKind,
  SolutionMaturity,
  type SolutionProfileInput,
} from '../solutions/solution-profile';
import { DEMO_REQUIREMENTS } from './demo-landscapes';
import { DEMO_SOLUTIONS, type DemoSolution } from './demo-solutions';

const { ROBOT, INTEGRATION, SERVICE, TEMPLATE, DATASET } = SolutionKind;
const { IN_HOUSE, BOUGHT, CO_DEVELOPED } = SolutionBuilder;
const { SAAS, ON_PREMISES } = SolutionHosting;

/** Demo solutions of the kinds the first list lacks: a service design, a template and a dataset. */
const MORE_DEMO_SOLUTIONS: DemoSolution[] = [
  {
    ownerMunicipality: '0301',
    title: 'Tjenestedesign for innflyttere: «Ny i kommunen»',
    summary: 'En arbeidsmåte og et sett med innsikt, reiser og prototyper for å ta imot nye innbyggere.',
    description: `Oslo kommune kartla hva nye innbyggere trenger de første ukene: fastlege, barnehage, parkering, renovasjon.

Pakken består av brukerreiser, intervjuguider og en mal for en velkomstside, klare til å tilpasses egen kommune.`,
    serviceArea: 'sosiale-tjenester',
    tags: ['tjenestedesign', 'innflyttere', 'brukerreise'],
    license: 'CC-BY-4.0',
    contactEmail: 'tjenestedesign@oslo.kommune.no',
    benefits: 'Færre henvendelser til servicetorget fra nye innbyggere.',
    annualSavingsNok: 250_000,
    adopters: [['3201', AdoptionStage.PILOTING]],
  },
  {
    ownerMunicipality: '1103',
    title: 'Mal for personvernkonsekvensvurdering (DPIA) av velferdsteknologi',
    summary: 'Ferdig utfylt DPIA-mal for trygghetsalarmer, sensorer og digitalt tilsyn, med risikovurdering.',
    description:
      'Malen dekker behandlingsgrunnlag, dataflyt, leverandørens rolle og tiltak, og er kvalitetssikret av personvernombudet.',
    serviceArea: 'helse-og-omsorg',
    tags: ['DPIA', 'personvern', 'velferdsteknologi', 'mal'],
    license: 'CC-BY-SA-4.0',
    contactEmail: 'personvern@stavanger.kommune.no',
    benefits: 'Sparer kommunen for om lag 80 timer per anskaffelse av velferdsteknologi.',
    annualSavingsNok: 150_000,
    adopters: [['5001', AdoptionStage.IN_USE]],
  },
  {
    ownerMunicipality: '5001',
    title: 'Åpne data om ledige barnehageplasser',
    summary: 'Daglig oppdatert datasett med ledige plasser, alder og åpningstider for alle barnehager.',
    description:
      'Datasettet publiseres hver natt og kan brukes i apper, kart og analyser. Formatet følger Felles datakatalog.',
    serviceArea: 'oppvekst-og-utdanning',
    tags: ['åpne data', 'barnehage', 'datasett'],
    license: 'NLOD-2.0',
    contactEmail: 'data@trondheim.kommune.no',
    benefits: 'Brukes av to private apper for foreldre.',
    annualSavingsNok: 0,
    adopters: [],
  },
];

/** Every demo solution: the first list and the kinds it lacks. */
export const ALL_DEMO_SOLUTIONS: DemoSolution[] = [...DEMO_SOLUTIONS, ...MORE_DEMO_SOLUTIONS];

const contact = (name: string, role: string, email: string, phone: string | null = null) => ({
  name,
  role,
  email,
  phone,
});

/** What each demo solution is, by title; the licence ids are the SPDX forms of the demo's licences. */
const DEMO_PROFILES: Record<string, SolutionProfileInput> = {
  'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger': {
    kind: ROBOT,
    rpaPlatformId: 'uipath',
    automatedProcess: 'Fordeling av pleie- og omsorgsmeldinger (PLO) fra Gerica til hjemmetjenestesonene',
    licenseId: 'MIT',
    lastReviewedOn: '2026-10-15',
    contact: contact(
      'Ingrid Haugland',
      'Produkteier RPA',
      'digitalisering@bergen.kommune.no',
      '+47 55 56 60 00',
    ),
    links: [
      { label: 'Kildekode', url: 'https://github.com/bergen-kommune/plo-robot' },
      { label: 'Brukerveiledning', url: 'https://github.com/bergen-kommune/plo-robot/wiki' },
    ],
    yearlyRunningCostNok: 350_000,
    priceModel: 'UiPath-lisens per robot betales av hver kommune; prosessen deles gratis.',
    builtBy: IN_HOUSE,
    hosting: ON_PREMISES,
  },
  'Digital veileder for byggesøknad': {
    licenseId: 'EUPL-1.2',
    lastReviewedOn: '2026-09-01',
    contact: contact('Per Lunde', 'Fagleder byggesak', 'byggesak@baerum.kommune.no'),
    builtBy: IN_HOUSE,
    hosting: SAAS,
  },
  'Velferdsteknologisk alarmplattform': {
    licenseId: 'LicenseRef-Proprietary',
    contact: contact('Siri Aune', 'Leder responssenter', 'velferdsteknologi@trondheim.kommune.no'),
    licenseCostNok: 1_200_000,
    yearlyRunningCostNok: 450_000,
    priceModel: 'Delt kommunal lisens: etableringskostnad og årlig drift per innbygger.',
    builtBy: CO_DEVELOPED,
    supplierName: 'Alarmsentralen AS',
    hosting: SAAS,
  },
  'Samordnet opptak til barnehage': {
    licenseId: 'MIT',
    links: [{ label: 'Kildekode', url: 'https://github.com/oslokommune/barnehageopptak' }],
    builtBy: IN_HOUSE,
    hosting: ON_PREMISES,
  },
  'Chatbot for innbyggerspørsmål': {
    maturity: SolutionMaturity.PILOT,
    licenseId: 'LicenseRef-Proprietary',
    yearlyRunningCostNok: 240_000,
    priceModel: 'Abonnement per måned, etter antall samtaler.',
    builtBy: BOUGHT,
    supplierName: 'Boost.ai',
    hosting: SAAS,
  },
  'Digital tilsynsløsning for skjenkekontroll': { licenseId: 'MIT', builtBy: IN_HOUSE, hosting: SAAS },
  'Automatisert fakturakontroll med robot': {
    kind: ROBOT,
    rpaPlatformId: 'blue-prism',
    automatedProcess: 'Kontroll av inngående fakturaer mot rammeavtaler før attestasjon',
    licenseId: 'Apache-2.0',
    builtBy: IN_HOUSE,
    hosting: ON_PREMISES,
  },
  'Sensorbasert vannmåling og lekkasjevarsling': {
    kind: INTEGRATION,
    endpointUrl: 'https://api.tromso.kommune.no/vann/v1',
    links: [{ label: 'Dokumentasjon', url: 'https://api.tromso.kommune.no/vann/docs' }],
    licenseId: 'MIT',
    builtBy: CO_DEVELOPED,
    supplierName: 'Disruptive Technologies',
    hosting: SAAS,
  },
  'Digital skoleskyss-søknad': { licenseId: 'EUPL-1.2', builtBy: IN_HOUSE, hosting: SAAS },
  'Beredskapsvarsling til innbyggere på SMS': {
    kind: INTEGRATION,
    endpointUrl: 'https://varsling.bodo.kommune.no/api',
    licenseId: 'LicenseRef-Proprietary',
    builtBy: BOUGHT,
    supplierName: 'UMS Alert',
    hosting: SAAS,
  },
  'Kommunal app for hjemmetjenesten med digital medisinliste': {
    maturity: SolutionMaturity.CONCEPT,
    licenseId: 'LicenseRef-Proprietary',
    builtBy: CO_DEVELOPED,
    hosting: SAAS,
  },
  'Selvbetjent søknad om startlån': { licenseId: 'MIT', builtBy: IN_HOUSE, hosting: SAAS },
  'Tjenestedesign for innflyttere: «Ny i kommunen»': {
    kind: SERVICE,
    maturity: SolutionMaturity.PILOT,
    licenseId: 'CC-BY-4.0',
    links: [
      {
        label: 'Brukerreiser og prototyper',
        url: 'https://www.oslo.kommune.no/tjenestedesign/ny-i-kommunen',
      },
    ],
    builtBy: IN_HOUSE,
  },
  'Mal for personvernkonsekvensvurdering (DPIA) av velferdsteknologi': {
    kind: TEMPLATE,
    licenseId: 'CC-BY-SA-4.0',
    contact: contact('Jon Strand', 'Personvernrådgiver', 'personvern@stavanger.kommune.no'),
    links: [
      { label: 'DPIA-mal (docx)', url: 'https://www.stavanger.kommune.no/dpia/velferdsteknologi-mal.docx' },
      { label: 'Veiledning', url: 'https://www.stavanger.kommune.no/dpia/veiledning' },
    ],
    builtBy: IN_HOUSE,
  },
  'Åpne data om ledige barnehageplasser': {
    kind: DATASET,
    datasetFormat: 'CSV, JSON',
    licenseId: 'NLOD-2.0',
    links: [{ label: 'Nedlasting', url: 'https://data.trondheim.kommune.no/barnehageplasser' }],
    builtBy: IN_HOUSE,
    hosting: SAAS,
  },
};

/** The profile of a demo solution with what it needs; the seeder validates it like any input. */
export function demoProfile(title: string): SolutionProfileInput {
  const profile = DEMO_PROFILES[title];
  if (!profile) throw new Error(`Demo solution ${title} has no profile`);
  return { ...profile, requirements: DEMO_REQUIREMENTS[title] ?? [] };
}

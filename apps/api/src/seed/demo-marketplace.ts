import type { ContactPersonValue } from '../common/contact-person';
import { NeedResponseStatus, NeedStatus } from '../needs/need-status';
import { ProcurementProcedure } from '../procurement/procurement-procedure';

/** A municipality number, or a key of DEMO_ORGANIZATIONS (e.g. 'startup'). */
type OrganizationKey = string;

export interface DemoNotice {
  title: string;
  description: string;
  procedure: ProcurementProcedure;
  cpvCodes: string[];
  /** Days from seeding; negative for a concluded procurement. */
  deadlineInDays: number;
  estimatedValueNok: number;
  externalUrl: string;
  /** Title of the demo solution the procurement produced (concluded procurements only). */
  resultingSolutionTitle?: string;
}

export interface DemoNeed {
  owner: OrganizationKey;
  title: string;
  description: string;
  serviceArea: string;
  status: NeedStatus;
  participants: OrganizationKey[];
  /** Those of the participants the owner accepted as partners. */
  partners?: OrganizationKey[];
  /** Whom shortlisted suppliers may call. */
  contact: ContactPersonValue | null;
  responses: {
    organization: OrganizationKey;
    pitch: string;
    status: NeedResponseStatus;
    contact: ContactPersonValue;
  }[];
  questions: { question: string; answer?: string }[];
  notice?: DemoNotice;
}

/** Needs, answers and tenders for the demo: the chain need → tender → solution → adoptions. */
export const DEMO_NEEDS: DemoNeed[] = [
  {
    owner: '0301',
    contact: {
      name: 'Ola Hansen',
      role: 'Innkjøpsrådgiver',
      email: 'innkjop@oslo.test',
      phone: '+47 21 80 21 80',
    },
    title: 'Digitalt nattilsyn i hjemmetjenesten',
    description: `Hjemmetjenesten i Oslo gjør over 3 000 tilsynsbesøk hver natt. Mange av dem er bare for å se at brukeren sover trygt, og besøket vekker ofte brukeren.

Vi trenger en løsning for digitalt nattilsyn (sensorer eller kamera med personvern) som varsler ved avvik, integreres med responssenteret og kan tas i bruk i flere bydeler.`,
    serviceArea: 'helse-og-omsorg',
    status: NeedStatus.IN_PROCUREMENT,
    participants: ['4601'],
    partners: ['4601'],
    responses: [
      {
        organization: 'startup',
        pitch:
          'Fjordkode har utviklet en sensorplattform for digitalt tilsyn som kjører pilot i to kommuner. Vi integrerer mot responssentre via åpne API-er og kan starte en pilot i én bydel innen tre måneder.',
        status: NeedResponseStatus.SHORTLISTED,
        contact: {
          name: 'Ingrid Berg',
          role: 'Daglig leder',
          email: 'post@startup.test',
          phone: '+47 99 88 77 66',
        },
      },
    ],
    questions: [
      {
        question: 'Hvilket fagsystem og hvilket responssenter må løsningen integreres med?',
        answer: 'Gerica som fagsystem, og Oslo kommunes eget responssenter for trygghetsalarmer.',
      },
    ],
    notice: {
      title: 'Innovasjonspartnerskap for digitalt nattilsyn',
      description:
        'Oslo kommune, sammen med Bergen kommune, inviterer leverandører til et innovasjonspartnerskap for å utvikle og teste digitalt nattilsyn i hjemmetjenesten.',
      procedure: ProcurementProcedure.INNOVATION_PARTNERSHIP,
      cpvCodes: ['72000000-5', '48000000-8', '33196200-2'],
      deadlineInDays: 45,
      estimatedValueNok: 12_000_000,
      externalUrl: 'https://www.doffin.no/',
    },
  },
  {
    owner: '4601',
    contact: {
      name: 'Kari Nordmann',
      role: 'Digitaliseringsleder',
      email: 'leder@bergen.test',
      phone: '+47 55 56 55 56',
    },
    title: 'Automatisk oversetting i skole-hjem-kommunikasjonen',
    description:
      'Mange foreldre forstår ikke beskjedene fra skolen. Vi trenger en løsning som oversetter meldinger i skole-hjem-kommunikasjonen til foreldrenes språk, med kvalitetssikring av faguttrykk.',
    serviceArea: 'oppvekst-og-utdanning',
    status: NeedStatus.OPEN,
    participants: ['5001'],
    responses: [],
    questions: [{ question: 'Hvilke språk er viktigst for dere?' }],
  },
  {
    owner: '5001',
    contact: null,
    title: 'Prediktivt vedlikehold av kommunale bygg',
    description:
      'Vi vil bruke sensordata og vedlikeholdshistorikk til å forutsi når tak, ventilasjon og varmeanlegg i skoler og sykehjem må vedlikeholdes, før det blir dyre akutte feil.',
    serviceArea: 'plan-bygg-og-eiendom',
    status: NeedStatus.OPEN,
    participants: ['1103'],
    responses: [],
    questions: [],
  },
  {
    owner: '4601',
    contact: {
      name: 'Kari Nordmann',
      role: 'Digitaliseringsleder',
      email: 'leder@bergen.test',
      phone: '+47 55 56 55 56',
    },
    title: 'Raskere fordeling av pleie- og omsorgsmeldinger',
    description:
      'Meldinger fra sykehus og fastleger ble fordelt manuelt til hjemmetjenestesonene. Vi trengte en løsning som fordeler dem automatisk døgnet rundt.',
    serviceArea: 'helse-og-omsorg',
    status: NeedStatus.SOLVED,
    participants: ['5001'],
    responses: [],
    questions: [],
    notice: {
      title: 'Anskaffelse av programvarerobot for meldingsfordeling',
      description:
        'Konkurranse med forhandling om utvikling av en programvarerobot (RPA) som fordeler pleie- og omsorgsmeldinger. Avsluttet; resultatet er delt som gjenbrukbar løsning.',
      procedure: ProcurementProcedure.COMPETITIVE_PROCEDURE_WITH_NEGOTIATION,
      cpvCodes: ['72212000-4', '48000000-8'],
      deadlineInDays: -900,
      estimatedValueNok: 2_500_000,
      externalUrl: 'https://www.doffin.no/',
      resultingSolutionTitle: 'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
    },
  },
];

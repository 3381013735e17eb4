import { AdoptionStage } from '../adoptions/adoption-stage';

export interface DemoSolution {
  ownerMunicipality: string;
  title: string;
  summary: string;
  description: string;
  serviceArea: string;
  tags: string[];
  license: string;
  sourceCodeUrl?: string;
  contactEmail: string;
  benefits: string;
  annualSavingsNok: number;
  adopters: [municipalityNumber: string, stage: AdoptionStage][];
}

const { EVALUATING, PILOTING, IN_USE } = AdoptionStage;

/** Realistic published solutions for the demo, written as municipalities write them. */
export const DEMO_SOLUTIONS: DemoSolution[] = [
  {
    ownerMunicipality: '4601',
    title: 'Saksbehandlingsrobot for fordeling av pleie- og omsorgsmeldinger',
    summary:
      'En programvarerobot (RPA) som leser innkommende meldinger fra sykehus og fastleger og fordeler dem til riktig hjemmetjenestesone døgnet rundt.',
    description: `## Hva løsningen gjør
Bergen kommune mottar over 400 elektroniske pleie- og omsorgsmeldinger hver dag. Tidligere satt en merkantil ansatt i hver sone og fordelte meldingene manuelt.

Roboten:
- leser meldingene i fagsystemet (Gerica) hvert femte minutt,
- finner pasientens sone ut fra folkeregistrert adresse,
- fordeler meldingen til riktig arbeidsliste og varsler ved hastemeldinger.

## Erfaringer
Roboten har gått i drift i alle åtte bydeler siden 2022. Saksbehandlerne bruker tiden på pasientene i stedet for på postfordeling.`,
    serviceArea: 'helse-og-omsorg',
    tags: ['RPA', 'robotisering', 'PLO-meldinger', 'hjemmetjeneste', 'automatisering'],
    license: 'MIT',
    sourceCodeUrl: 'https://github.com/bergen-kommune/plo-robot',
    contactEmail: 'digitalisering@bergen.kommune.no',
    benefits:
      'Frigjorde om lag 6 årsverk til pasientrettet arbeid og kortet ned svartiden på hastemeldinger fra timer til minutter.',
    annualSavingsNok: 4_200_000,
    adopters: [
      ['0301', PILOTING],
      ['5001', IN_USE],
      ['1103', IN_USE],
      ['4204', EVALUATING],
    ],
  },
  {
    ownerMunicipality: '3201',
    title: 'Digital veileder for byggesøknad',
    summary:
      'Veiviser som hjelper innbyggere å finne ut om tiltaket er søknadspliktig, og som fyller ut byggesøknaden riktig første gang.',
    description: `Veilederen stiller enkle spørsmål om tiltaket (garasje, tilbygg, terrasse, bruksendring) og forklarer reglene i plan- og bygningsloven på et språk folk forstår.

Når tiltaket er søknadspliktig, lages et utkast til byggesøknad med riktige vedlegg, klart til å sendes inn via Fellestjenester BYGG.`,
    serviceArea: 'plan-bygg-og-eiendom',
    tags: ['byggesak', 'byggesøknad', 'veileder', 'selvbetjening'],
    license: 'EUPL-1.2',
    contactEmail: 'byggesak@baerum.kommune.no',
    benefits: '35 % færre mangelfulle byggesøknader og 20 % færre telefoner til byggesaksavdelingen.',
    annualSavingsNok: 1_800_000,
    adopters: [
      ['3203', IN_USE],
      ['3205', PILOTING],
      ['3301', EVALUATING],
    ],
  },
  {
    ownerMunicipality: '5001',
    title: 'Velferdsteknologisk alarmplattform',
    summary:
      'Felles mottak for trygghetsalarmer, fallsensorer og digitale tilsyn, med responssenter og åpne integrasjoner.',
    description: `Plattformen samler alarmer fra trygghetsalarmer, dørsensorer, fallsensorer og kamera for digitalt tilsyn i én løsning for responssenteret.

Den bygger på Nasjonalt velferdsteknologiprogram sine anbefalinger og støtter standardene for alarmmottak. Nye sensorer kobles til gjennom et åpent API.`,
    serviceArea: 'helse-og-omsorg',
    tags: ['velferdsteknologi', 'trygghetsalarm', 'responssenter', 'digitalt tilsyn'],
    license: 'Proprietær, delt kommunal lisens',
    contactEmail: 'velferdsteknologi@trondheim.kommune.no',
    benefits: 'Færre unødvendige nattbesøk og raskere respons ved fall. Brukere kan bo lenger hjemme.',
    annualSavingsNok: 6_500_000,
    adopters: [
      ['5501', IN_USE],
      ['1804', PILOTING],
      ['3403', IN_USE],
      ['4203', EVALUATING],
      ['1108', PILOTING],
    ],
  },
  {
    ownerMunicipality: '0301',
    title: 'Samordnet opptak til barnehage',
    summary: 'Digital søknad om barnehageplass med automatisk tildeling etter kommunens opptakskriterier.',
    description: `Foreldre søker barnehageplass digitalt og får svar i samme løsning. Opptaksmodulen tildeler plasser i barnehagene etter kommunens vedtekter og prioriteringer, og saksbehandler godkjenner.

Løsningen håndterer både kommunale og private barnehager i samordnet opptak.`,
    serviceArea: 'oppvekst-og-utdanning',
    tags: ['barnehage', 'opptak', 'selvbetjening'],
    license: 'MIT',
    sourceCodeUrl: 'https://github.com/oslokommune/barnehageopptak',
    contactEmail: 'barnehage@oslo.kommune.no',
    benefits: 'Hovedopptaket tar to uker i stedet for seks, og foreldre får svar samtidig.',
    annualSavingsNok: 3_000_000,
    adopters: [
      ['4601', IN_USE],
      ['3201', IN_USE],
      ['1103', PILOTING],
    ],
  },
  {
    ownerMunicipality: '1103',
    title: 'Chatbot for innbyggerspørsmål',
    summary:
      'En chatbot på kommunens nettsider som svarer på vanlige spørsmål om avfall, skole, eiendomsskatt og gebyrer.',
    description:
      'Chatboten er trent på kommunens egne nettsider og svarer døgnet rundt. Spørsmål den ikke kan svare på sendes videre til servicetorget.',
    serviceArea: 'innbyggerdialog',
    tags: ['chatbot', 'kundeservice', 'servicetorg', 'KI'],
    license: 'Proprietær',
    contactEmail: 'digital@stavanger.kommune.no',
    benefits: 'Besvarer 60 % av henvendelsene uten at en saksbehandler må inn.',
    annualSavingsNok: 1_200_000,
    adopters: [['1108', IN_USE]],
  },
  {
    ownerMunicipality: '4204',
    title: 'Digital tilsynsløsning for skjenkekontroll',
    summary:
      'Mobilapp for skjenkekontrollører med skjema, bildebevis og automatisk rapport til saksbehandler.',
    description:
      'Kontrollørene fyller ut kontrollskjemaet på mobilen. Rapporten journalføres automatisk i sak- og arkivsystemet.',
    serviceArea: 'administrasjon-og-saksbehandling',
    tags: ['skjenkekontroll', 'tilsyn', 'mobil'],
    license: 'MIT',
    contactEmail: 'post@kristiansand.kommune.no',
    benefits: 'Rapporter er klare samme natt i stedet for etter en uke.',
    annualSavingsNok: 400_000,
    adopters: [['4203', IN_USE]],
  },
  {
    ownerMunicipality: '3301',
    title: 'Automatisert fakturakontroll med robot',
    summary: 'Robot som kontrollerer inngående fakturaer mot avtaler og bestillinger før attestasjon.',
    description:
      'Roboten sammenligner fakturalinjer med priser i rammeavtalene og flagger avvik til innkjøpsavdelingen.',
    serviceArea: 'okonomi-og-innkjop',
    tags: ['RPA', 'faktura', 'innkjøp', 'avtalelojalitet'],
    license: 'Apache-2.0',
    contactEmail: 'okonomi@drammen.kommune.no',
    benefits: 'Avdekket feilfakturering for 2,1 millioner kroner det første året.',
    annualSavingsNok: 2_100_000,
    adopters: [
      ['3201', EVALUATING],
      ['3105', PILOTING],
    ],
  },
  {
    ownerMunicipality: '5501',
    title: 'Sensorbasert vannmåling og lekkasjevarsling',
    summary: 'Smarte vannmålere og sensorer i ledningsnettet som varsler lekkasjer før de blir store.',
    description:
      'Sensorene måler trykk og gjennomstrømning. Avvik varsles til vakthavende, og data brukes i planlegging av fornyelse.',
    serviceArea: 'teknikk-vann-og-miljo',
    tags: ['IoT', 'vann og avløp', 'lekkasje', 'sensorer'],
    license: 'MIT',
    contactEmail: 'vann@tromso.kommune.no',
    benefits: 'Lekkasjetapet er redusert fra 32 % til 21 %.',
    annualSavingsNok: 2_800_000,
    adopters: [
      ['1804', IN_USE],
      ['5001', EVALUATING],
    ],
  },
  {
    ownerMunicipality: '3203',
    title: 'Digital skoleskyss-søknad',
    summary: 'Foreldre søker om skoleskyss digitalt, og avstand til skolen beregnes automatisk fra adressen.',
    description:
      'Søknaden henter elevens adresse og skole, regner ut gangavstand og gir vedtak direkte når vilkårene er oppfylt.',
    serviceArea: 'oppvekst-og-utdanning',
    tags: ['skoleskyss', 'automatisk vedtak', 'selvbetjening'],
    license: 'EUPL-1.2',
    contactEmail: 'skole@asker.kommune.no',
    benefits: '80 % av søknadene får automatisk vedtak samme dag.',
    annualSavingsNok: 650_000,
    adopters: [['3205', IN_USE]],
  },
  {
    ownerMunicipality: '1804',
    title: 'Beredskapsvarsling til innbyggere på SMS',
    summary: 'Varsling av innbyggere i et avgrenset område ved vannbrudd, flom eller stengte veier.',
    description:
      'Beredskapsleder tegner området i kartet og sender varsel på SMS og e-post til alle som bor eller har eiendom der.',
    serviceArea: 'beredskap',
    tags: ['beredskap', 'varsling', 'SMS', 'kart'],
    license: 'Proprietær',
    contactEmail: 'beredskap@bodo.kommune.no',
    benefits: 'Varsling tar minutter i stedet for timer.',
    annualSavingsNok: 300_000,
    adopters: [['5501', IN_USE]],
  },
  {
    ownerMunicipality: '3403',
    title: 'Kommunal app for hjemmetjenesten med digital medisinliste',
    summary: 'Ansatte i hjemmetjenesten får arbeidsliste, medisinliste og dokumentasjon på mobilen.',
    description:
      'Appen integrerer med fagsystemet og lar de ansatte dokumentere hos brukeren i stedet for på kontoret etterpå.',
    serviceArea: 'helse-og-omsorg',
    tags: ['hjemmetjeneste', 'mobil dokumentasjon', 'legemidler'],
    license: 'Proprietær',
    contactEmail: 'helse@hamar.kommune.no',
    benefits: 'Sparer 20 minutter dokumentasjon per ansatt per vakt.',
    annualSavingsNok: 1_500_000,
    adopters: [],
  },
  {
    ownerMunicipality: '1108',
    title: 'Selvbetjent søknad om startlån',
    summary: 'Digital søknad om startlån med automatisk innhenting av inntekt og gjeld.',
    description:
      'Søkeren logger inn med ID-porten, og opplysninger om inntekt og gjeld hentes med samtykke. Saksbehandler får en ferdig beregning.',
    serviceArea: 'sosiale-tjenester',
    tags: ['startlån', 'Husbanken', 'selvbetjening'],
    license: 'MIT',
    contactEmail: 'startlan@sandnes.kommune.no',
    benefits: 'Saksbehandlingstiden er halvert.',
    annualSavingsNok: 700_000,
    adopters: [
      ['1103', IN_USE],
      ['4204', PILOTING],
    ],
  },
];

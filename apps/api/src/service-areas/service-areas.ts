import { commonError } from '../common/domain-error';
import { requiredOneOf } from '../common/input-validation';

export interface ServiceAreaDefinition {
  id: string;
  nameNb: string;
  nameEn: string;
}

/** The municipal service areas (tjenesteområder) solutions, needs and tenders are filed under. */
export const SERVICE_AREAS: readonly ServiceAreaDefinition[] = [
  { id: 'helse-og-omsorg', nameNb: 'Helse og omsorg', nameEn: 'Health and care' },
  { id: 'oppvekst-og-utdanning', nameNb: 'Oppvekst og utdanning', nameEn: 'Childhood and education' },
  { id: 'sosiale-tjenester', nameNb: 'Sosiale tjenester og NAV', nameEn: 'Social services' },
  { id: 'plan-bygg-og-eiendom', nameNb: 'Plan, bygg og eiendom', nameEn: 'Planning, building and property' },
  {
    id: 'teknikk-vann-og-miljo',
    nameNb: 'Teknikk, vann og miljø',
    nameEn: 'Technical services, water and environment',
  },
  { id: 'kultur-og-fritid', nameNb: 'Kultur og fritid', nameEn: 'Culture and leisure' },
  { id: 'samferdsel-og-mobilitet', nameNb: 'Samferdsel og mobilitet', nameEn: 'Transport and mobility' },
  {
    id: 'innbyggerdialog',
    nameNb: 'Innbyggerdialog og kommunikasjon',
    nameEn: 'Citizen services and communication',
  },
  {
    id: 'administrasjon-og-saksbehandling',
    nameNb: 'Administrasjon og saksbehandling',
    nameEn: 'Administration and casework',
  },
  { id: 'okonomi-og-innkjop', nameNb: 'Økonomi og innkjøp', nameEn: 'Finance and procurement' },
  { id: 'digitalisering-og-it', nameNb: 'Digitalisering og IT', nameEn: 'Digitalisation and IT' },
  { id: 'naering-og-innovasjon', nameNb: 'Næring og innovasjon', nameEn: 'Business and innovation' },
  {
    id: 'beredskap',
    nameNb: 'Samfunnssikkerhet og beredskap',
    nameEn: 'Public safety and emergency preparedness',
  },
];

const SERVICE_AREA_IDS = SERVICE_AREAS.map((area) => area.id);

export function validateServiceArea(field: string, value: string | null | undefined): string {
  const id = (value ?? '').trim();
  if (!id) throw commonError('REQUIRED', `${field} must not be empty`, { field });
  return requiredOneOf(field, id, SERVICE_AREA_IDS);
}

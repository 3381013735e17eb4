import { plainExcerpt } from '../common/plain-excerpt';
import { webPath } from '../common/web-paths';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { SERVICE_AREAS } from '../service-areas/service-areas';
import type { SearchHitEntity } from './search.service';

export const CSV_HEADER = [
  'Type',
  'Tittel',
  'Sammendrag',
  'Eier',
  'Tjenesteområde',
  'Løsningstype',
  'Modenhet',
  'Lisens',
  'I bruk hos',
  'Frist',
  'Lenke',
];

const AREA_NAMES = new Map(SERVICE_AREAS.map((area) => [area.id, area.nameNb]));
const SUMMARY_LENGTH = 300;

/** One row of the CSV export per hit, in the columns of CSV_HEADER. */
export function exportRow(
  hit: SearchHitEntity,
  owners: Map<string, OrganizationEntity>,
  baseUrl: string,
): (string | number | null)[] {
  const area = AREA_NAMES.get(hit.entity.serviceArea) ?? hit.entity.serviceArea;
  switch (hit.kind) {
    case 'SOLUTION': {
      const s = hit.entity;
      const url = baseUrl + webPath('solution', s.id);
      return [
        'Løsning',
        s.title,
        s.summary,
        owners.get(s.ownerId)?.name ?? '',
        area,
        s.kind,
        s.maturity,
        s.licenseId,
        s.inUseCount,
        null,
        url,
      ];
    }
    case 'NEED': {
      const n = hit.entity;
      const url = baseUrl + webPath('need', n.id);
      return [
        'Behov',
        n.title,
        plainExcerpt(n.description, SUMMARY_LENGTH),
        owners.get(n.ownerId)?.name ?? '',
        area,
        null,
        null,
        null,
        null,
        null,
        url,
      ];
    }
    case 'PROCUREMENT_NOTICE': {
      const p = hit.entity;
      const deadline = p.deadline.toISOString().slice(0, 10);
      const url = baseUrl + webPath('notice', p.id);
      return [
        'Anbud',
        p.title,
        plainExcerpt(p.description, SUMMARY_LENGTH),
        owners.get(p.buyerId)?.name ?? '',
        area,
        null,
        null,
        null,
        null,
        deadline,
        url,
      ];
    }
  }
}

export function ownerIdOf(hit: SearchHitEntity): string {
  return hit.kind === 'PROCUREMENT_NOTICE' ? hit.entity.buyerId : hit.entity.ownerId;
}

import type { FacetField } from '@lokomotiv/contract';
import type { SolutionHitProfile } from '../solutions/solution-hit';
import type { SearchKind } from './search-params';

/** One result card's content, whatever kind the hit is. */
export type SearchHitView =
  | {
      kind: 'SOLUTION';
      id: string;
      title: string;
      summary: string;
      ownerName: string;
      serviceArea: string;
      reuseCount: number;
      /** What the solution is. */
      profile: SolutionHitProfile;
      /** Counting adoptions at IN_USE: the card's figure ("I bruk hos N"), none at 0. */
      inUseCount: number;
      inUseByMunicipalitiesOnly: boolean;
      /** Owned by a company: labelled "Leverandørløsning". */
      bySupplier: boolean;
    }
  | {
      kind: 'NEED';
      id: string;
      title: string;
      summary: string;
      ownerName: string;
      serviceArea: string;
      responseCount: number;
    }
  | {
      kind: 'PROCUREMENT_NOTICE';
      id: string;
      title: string;
      summary: string;
      ownerName: string;
      deadline: string;
      isOpen: boolean;
    };

export interface FacetValueView {
  value: string;
  count: number | null;
  /** The CPV facet's division with its labels. */
  cpv?: CpvLabels | null;
}

export interface CpvLabels {
  labelNb: string;
  labelEn: string;
}

export interface SearchView {
  totalCount: number;
  hits: SearchHitView[];
  /** Facet values by field ("kind", "serviceArea", ...); the names come from the contract. */
  facets: Partial<Record<FacetField, FacetValueView[]>>;
}

export function excerpt(text: string, max = 240): string {
  const plain = text
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}

export const KIND_ORDER: readonly SearchKind[] = ['SOLUTION', 'NEED', 'PROCUREMENT_NOTICE'];

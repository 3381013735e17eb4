import type { MockLink } from '@apollo/client/testing';
import type { SystemCategory } from '../../generated/graphql';
import { SystemCatalogueQuery } from './graphql/system-fit';

export const system = (id: string, name: string, vendor: string | null, category: SystemCategory) => ({
  __typename: 'System' as const,
  id,
  name,
  vendor,
  category,
});

export const ELEMENTS = system('elements', 'Elements', 'Sikri', 'CASE_MANAGEMENT');
export const PUBLIC_360 = system('public-360', 'Public 360°', 'Tietoevry', 'CASE_MANAGEMENT');
export const GERICA = system('gerica', 'Gerica', 'Tietoevry', 'HEALTH_CARE');
export const UIPATH = system('uipath', 'UiPath', 'UiPath', 'RPA_PLATFORM');
const CATALOGUE = [ELEMENTS, GERICA, PUBLIC_360, UIPATH];

/** The catalogue's answer to a search, as the api folds it: by name or vendor, any case. */
export const catalogueMock = (search: string): MockLink.MockedResponse => ({
  request: { query: SystemCatalogueQuery, variables: { search } },
  result: {
    data: {
      systems: CATALOGUE.filter((s) =>
        `${s.name} ${s.vendor ?? ''}`.toLowerCase().includes(search.toLowerCase()),
      ),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

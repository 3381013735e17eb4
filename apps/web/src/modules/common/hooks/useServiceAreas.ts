import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ServiceAreasQuery } from '../graphql/service-areas';

export interface ServiceAreaOption {
  id: string;
  name: string;
}

/** The service areas from the api, named in the current language. */
export function useServiceAreas() {
  const { language } = useI18n();
  const { data, loading } = useQuery(ServiceAreasQuery);
  const areas: ServiceAreaOption[] = useMemo(
    () =>
      (data?.serviceAreas ?? []).map((area) => ({
        id: area.id,
        name: language === 'en' ? area.nameEn : area.nameNb,
      })),
    [data, language],
  );
  const nameOf = useCallback((id: string) => areas.find((area) => area.id === id)?.name ?? id, [areas]);
  return { areas, nameOf, loading };
}

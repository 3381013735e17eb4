import { useMemo } from 'react';
import type { ProcurementProcedure, SolutionKind, SolutionMaturity } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useCounties } from '../../common/hooks/useCounties';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import type { SearchKind } from '../search-params';
import type { CpvLabels } from '../search-view';

/** How each filter value of a search is named to the user, in the current language. */
export function useFilterLabels() {
  const { t, language } = useI18n();
  const { nameOf } = useServiceAreas();
  const counties = useCounties();
  return useMemo(
    () => ({
      kind: (kind: SearchKind) => t(`kind.${kind}`),
      serviceArea: nameOf,
      procedure: (procedure: ProcurementProcedure) => t(`procedure.${procedure}`),
      cpvDivision: (code: string, cpv?: CpvLabels | null) =>
        cpv
          ? t('filters.cpvDivisionNamed', { code, label: language === 'en' ? cpv.labelEn : cpv.labelNb })
          : t('filters.cpvDivisionValue', { code }),
      county: (number: string) => counties.nameOf(number) ?? t('filters.countyValue', { number }),
      solutionKind: (kind: SolutionKind) => t(`solutionKind.${kind}`),
      maturity: (maturity: SolutionMaturity) => t(`maturity.${maturity}`),
      licenseId: (id: string) => (id === 'LicenseRef-Proprietary' ? t('licenseId.proprietary') : id),
    }),
    [t, language, nameOf, counties.nameOf],
  );
}

import { useMemo } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { ProfileField } from '../solution-profile-values';

/** The visible label of every profile field of the form; a template's documentation link names its documents. */
export function useProfileLabels(kind: string): Record<ProfileField, string> {
  const { t } = useI18n();
  return useMemo(
    () => ({
      kind: t('solutionForm.kind'),
      rpaPlatformId: t('solutionForm.rpaPlatformId'),
      automatedProcess: t('solutionForm.automatedProcess'),
      endpointUrl: t('solutionForm.endpointUrl'),
      datasetFormat: t('solutionForm.datasetFormat'),
      maturity: t('solutionForm.maturity'),
      lastReviewedOn: t('solutionForm.lastReviewedOn'),
      licenseId: t('solutionForm.licenseId'),
      'contact.name': t('solutionForm.contactName'),
      'contact.role': t('solutionForm.contactRole'),
      'contact.email': t('solutionForm.contactEmail'),
      'contact.phone': t('solutionForm.contactPhone'),
      'link.userGuide': t('solutionForm.linkUserGuide'),
      'link.sourceCode': t('solutionForm.linkSourceCode'),
      'link.demo': t('solutionForm.linkDemo'),
      'link.documentation': t(
        kind === 'TEMPLATE' ? 'solutionForm.linkDocumentationTemplate' : 'solutionForm.linkDocumentation',
      ),
      licenseCostNok: t('solutionForm.licenseCostNok'),
      yearlyRunningCostNok: t('solutionForm.yearlyRunningCostNok'),
      priceModel: t('solutionForm.priceModel'),
      builtBy: t('solutionForm.builtBy'),
      supplierName: t('solutionForm.supplierName'),
      hosting: t('solutionForm.hosting'),
    }),
    [t, kind],
  );
}

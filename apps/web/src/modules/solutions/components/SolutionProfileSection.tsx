import { useQuery } from '@apollo/client/react';
import { Fieldset } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { RpaPlatformsQuery } from '../graphql/solution';
import type { SolutionField, SolutionFormValues } from '../solution-form-values';
import {
  BUILDERS,
  fitsKind,
  HOSTINGS,
  hasSupplier,
  MATURITIES,
  SOLUTION_KINDS,
} from '../solution-profile-values';

export type TextField = (
  field: SolutionField,
  extra?: {
    multiline?: boolean;
    rows?: number;
    type?: 'url' | 'email' | 'tel' | 'date';
    description?: string;
  },
) => ReactNode;
export type ChoiceField = (
  field: SolutionField,
  options: readonly { value: string; name: string }[],
  empty?: string,
) => ReactNode;

interface SolutionProfileSectionProps {
  values: SolutionFormValues;
  text: TextField;
  choice: ChoiceField;
}

/**
 * The publish form's part about what a solution is: its kind with the fields that fit it, maturity,
 * licence, contact person, links, costs, who built it and how it runs.
 */
export function SolutionProfileSection({ values, text, choice }: SolutionProfileSectionProps) {
  const { t } = useI18n();
  const { data } = useQuery(RpaPlatformsQuery);
  const platforms = (data?.systems ?? []).map((system) => ({ value: system.id, name: system.name }));
  const options = <T extends string>(values: readonly T[], key: (value: T) => Parameters<typeof t>[0]) =>
    values.map((value) => ({ value, name: t(key(value)) }));
  const forKind = (field: SolutionField, node: ReactNode) =>
    fitsKind(field as never, values.kind) ? node : null;
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('solutionForm.profileHeading')}</Fieldset.Legend>
        {choice(
          'kind',
          options(SOLUTION_KINDS, (kind) => `solutionKind.${kind}`),
        )}
        {forKind('rpaPlatformId', choice('rpaPlatformId', platforms, t('solutionForm.chooseRpaPlatform')))}
        {forKind('automatedProcess', text('automatedProcess', { multiline: true, rows: 2 }))}
        {forKind('endpointUrl', text('endpointUrl', { type: 'url' }))}
        {forKind(
          'datasetFormat',
          text('datasetFormat', { description: t('solutionForm.datasetFormatHelp') }),
        )}
        {choice(
          'maturity',
          options(MATURITIES, (maturity) => `maturity.${maturity}`),
        )}
        {text('lastReviewedOn', { type: 'date' })}
        {text('licenseId', { description: t('solutionForm.licenseIdHelp') })}
        {choice(
          'builtBy',
          options(BUILDERS, (builder) => `builtBy.${builder}`),
          t('solutionForm.notGiven'),
        )}
        {hasSupplier(values.builtBy) && text('supplierName')}
        {choice(
          'hosting',
          options(HOSTINGS, (hosting) => `hosting.${hosting}`),
          t('solutionForm.notGiven'),
        )}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('solutionForm.contactHeading')}</Fieldset.Legend>
        {text('contact.name')}
        {text('contact.role')}
        {text('contact.email', { type: 'email' })}
        {text('contact.phone', { type: 'tel' })}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('solutionForm.linksHeading')}</Fieldset.Legend>
        {text('link.userGuide', { type: 'url' })}
        {text('link.sourceCode', { type: 'url' })}
        {text('link.demo', { type: 'url' })}
        {text('link.documentation', { type: 'url' })}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('solutionForm.costsHeading')}</Fieldset.Legend>
        {text('licenseCostNok')}
        {text('yearlyRunningCostNok')}
        {text('priceModel', { multiline: true, rows: 2 })}
      </Fieldset>
    </>
  );
}

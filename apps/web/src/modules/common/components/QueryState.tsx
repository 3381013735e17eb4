import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { apiErrorsOf } from '../api-errors';
import { describeApiError } from '../error-messages';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading">
      <Spinner aria-label={label ?? t('common.loading')} data-size="lg" />
    </div>
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  const i18n = useI18n();
  const [first] = apiErrorsOf(error);
  if (!first) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{describeApiError(i18n, first)}</Paragraph>
    </Alert>
  );
}

import { ErrorSummary } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SummaryItem } from '../hooks/useFormErrors';

/** Lists a form's errors at its top; Designsystemet moves focus here so the errors are announced. */
export function FormErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one submit's errors, replaced as a whole
          <ErrorSummary.Item key={index}>
            {item.targetId ? (
              <ErrorSummary.Link href={`#${item.targetId}`} onClick={focusTarget(item.targetId)}>
                {item.message}
              </ErrorSummary.Link>
            ) : (
              item.message
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** Moves focus into the field itself; a bare #hash link would only scroll in a client-routed page. */
function focusTarget(targetId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  };
}

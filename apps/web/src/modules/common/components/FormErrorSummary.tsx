import { ErrorSummary } from '@digdir/designsystemet-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { FormErrors } from '../hooks/useFormErrors';

/**
 * Lists a form's errors at its top and takes focus after every failed submit (the same errors
 * again too), so that a screen reader announces them each time. A new attempt mounts a new
 * summary: Designsystemet's element focuses itself when it connects, and the effect makes sure.
 */
export function FormErrorSummary({ errors }: { errors: Pick<FormErrors, 'summary' | 'attempt'> }) {
  const { t } = useI18n();
  const { summary: items, attempt } = errors;
  const ref = useRef<HTMLElementTagNameMap['ds-error-summary']>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (items.length === 0) return null;
  return (
    <ErrorSummary key={attempt} ref={ref} tabIndex={-1}>
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

import { Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { parseMoney } from '../money';

export interface MoneyFieldProps {
  id: string;
  label: string;
  /** Help of the field's own; the default says the amount is in whole kroner. */
  description?: string;
  value: string;
  onChange(event: { target: { value: string } }): void;
  error?: string;
  required?: boolean;
}

/**
 * A field for an amount in kroner that takes it as people write it ("1 800 000 kr", "1800000",
 * "1 800 000,00"; see parseMoney) and, once left, shows it with the language's thousands spaces.
 * Check it with moneyProblems and send moneyOrNull.
 */
export function MoneyField({ description, onChange, ...field }: MoneyFieldProps) {
  const { t, formatNumber } = useI18n();
  const tidy = () => {
    const parsed = parseMoney(field.value);
    if (parsed.ok && parsed.kroner !== null) onChange({ target: { value: formatNumber(parsed.kroner) } });
  };
  return (
    <Textfield
      {...field}
      description={description ?? t('money.help')}
      inputMode="numeric"
      autoComplete="off"
      onChange={onChange}
      onBlur={tidy}
    />
  );
}

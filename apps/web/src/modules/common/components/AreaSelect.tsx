import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useServiceAreas } from '../hooks/useServiceAreas';

/** Pick one service area, or all. */
export function AreaSelect({ value, onChange }: { value: string; onChange(area: string): void }) {
  const { t } = useI18n();
  const { areas } = useServiceAreas();
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{t('filters.serviceArea')}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} width="auto">
        <Select.Option value="">{t('filters.allAreas')}</Select.Option>
        {areas.map((area) => (
          <Select.Option key={area.id} value={area.id}>
            {area.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

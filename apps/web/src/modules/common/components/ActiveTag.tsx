import { Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';

/** Whether a user may sign in: active, or deactivated by an administrator. */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <Tag data-size="sm" data-color={active ? 'success' : 'neutral'}>
      {t(active ? 'members.active' : 'members.deactivated')}
    </Tag>
  );
}

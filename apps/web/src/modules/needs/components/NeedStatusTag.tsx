import { Tag } from '@digdir/designsystemet-react';
import type { NeedStatus } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

const COLORS: Record<NeedStatus, 'success' | 'info' | 'neutral' | 'warning'> = {
  OPEN: 'success',
  IN_PROCUREMENT: 'info',
  SOLVED: 'neutral',
  CLOSED: 'warning',
};

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={COLORS[status]} data-size="sm">
      {t(`needStatus.${status}`)}
    </Tag>
  );
}

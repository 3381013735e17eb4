import { Tag } from '@digdir/designsystemet-react';
import type { SolutionStatus } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';

const COLORS: Record<SolutionStatus, 'warning' | 'success' | 'neutral'> = {
  DRAFT: 'warning',
  PUBLISHED: 'success',
  ARCHIVED: 'neutral',
};

export function StatusTag({ status }: { status: SolutionStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={COLORS[status]} data-size="sm">
      {t(`status.${status}`)}
    </Tag>
  );
}

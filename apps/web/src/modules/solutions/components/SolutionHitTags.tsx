import { Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SolutionHitProfile } from '../solution-hit';

/** A result card's note of what a solution is: its kind, its maturity, and open source when it is. */
export function SolutionHitTags({ profile }: { profile: SolutionHitProfile }) {
  const { t } = useI18n();
  return (
    <div className="tag-list result-card__tags">
      <Tag data-size="sm" variant="outline">
        {t(`solutionKind.${profile.kind}`)}
      </Tag>
      <Tag data-size="sm" variant="outline">
        {t(`maturity.${profile.maturity}`)}
      </Tag>
      {profile.openSource && (
        <Tag data-size="sm" data-color="success" variant="outline">
          {t('openSource.yes')}
        </Tag>
      )}
    </div>
  );
}

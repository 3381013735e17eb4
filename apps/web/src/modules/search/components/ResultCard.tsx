import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { daysLeftText } from '../../common/deadline';
import { SolutionHitTags } from '../../solutions/components/SolutionHitTags';
import { hitPath } from '../hit-path';
import type { SearchHitView } from '../search-view';

const KIND_COLORS = { SOLUTION: 'brand1', NEED: 'brand2', PROCUREMENT_NOTICE: 'brand3' } as const;

/** One search result: kind, title (the link), owner, service area, and reuse count or deadline. */
interface ResultCardProps {
  hit: SearchHitView;
  /** The hit's service area, named in the user's language (looked up once per list, not per card). */
  areaName?: string;
  headingLevel?: 2 | 3;
}

export const ResultCard = memo(function ResultCard({ hit, areaName, headingLevel = 3 }: ResultCardProps) {
  const { t } = useI18n();
  return (
    <Card data-color="neutral" className="result-card">
      <Card.Block>
        <div className="result-card__top">
          <Tag data-color={KIND_COLORS[hit.kind]} data-size="sm">
            {t(`kind.${hit.kind}`)}
          </Tag>
          <HitFigure hit={hit} />
        </div>
        <Heading level={headingLevel} data-size="xs">
          <RouterLink to={hitPath(hit)} className="result-card__link">
            {hit.title}
          </RouterLink>
        </Heading>
        <Paragraph data-size="sm" className="result-card__summary">
          {hit.summary}
        </Paragraph>
        <Paragraph data-size="sm" className="result-card__meta">
          <span>{hit.ownerName}</span>
          {areaName && <span>{areaName}</span>}
        </Paragraph>
        {hit.kind === 'SOLUTION' && <SolutionHitTags profile={hit.profile} />}
      </Card.Block>
    </Card>
  );
});

function HitFigure({ hit }: { hit: SearchHitView }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  switch (hit.kind) {
    case 'SOLUTION':
      return (
        <span className="result-card__figure">
          {t(hit.reuseCount === 1 ? 'card.reusedOne' : 'card.reusedOther', { count: hit.reuseCount })}
        </span>
      );
    case 'NEED':
      return (
        <span className="result-card__figure">
          {t(hit.responseCount === 1 ? 'card.responsesOne' : 'card.responsesOther', {
            count: hit.responseCount,
          })}
        </span>
      );
    case 'PROCUREMENT_NOTICE':
      return (
        <span className="result-card__figure">
          {t('card.deadline', { date: formatDate(hit.deadline) })}
          {' · '}
          {daysLeftText(i18n, hit.deadline, hit.isOpen)}
        </span>
      );
  }
}

import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { Authored } from '../../../i18n/content-language';
import { type PluralKeys, useI18n } from '../../../i18n/I18nProvider';
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
  const location = useLocation();
  // From the search page, the hit's "Tilbake til søket" returns to this very search.
  const state =
    location.pathname === paths.search()
      ? { searchUrl: `${location.pathname}${location.search}` }
      : undefined;
  return (
    <Card data-color="neutral" className="result-card">
      <Card.Block>
        <div className="result-card__top">
          <Tag data-color={KIND_COLORS[hit.kind]} data-size="sm">
            {t(`kind.${hit.kind}`)}
          </Tag>
          {hit.kind === 'SOLUTION' && hit.bySupplier && (
            <Tag data-color="warning" data-size="sm">
              {t('reuse.supplierSolution')}
            </Tag>
          )}
          <HitFigure hit={hit} />
        </div>
        <Heading level={headingLevel} data-size="xs">
          <RouterLink to={hitPath(hit)} state={state} className="result-card__link">
            <Authored>{hit.title}</Authored>
          </RouterLink>
        </Heading>
        <Paragraph data-size="sm" className="result-card__summary">
          <Authored>{hit.summary}</Authored>
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
  const { t, plural, formatDate } = i18n;
  switch (hit.kind) {
    case 'SOLUTION':
      if (hit.inUseCount === 0) return null;
      return (
        <span className="result-card__figure" data-testid="in-use-figure">
          {plural(inUseCardKeys(hit.inUseByMunicipalitiesOnly), hit.inUseCount)}
        </span>
      );
    case 'NEED':
      return (
        <span className="result-card__figure">
          {plural({ one: 'card.responsesOne', other: 'card.responsesOther' }, hit.responseCount)}
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

function inUseCardKeys(municipalitiesOnly: boolean): PluralKeys {
  return municipalitiesOnly
    ? { one: 'card.inUseMunicipalitiesOne', other: 'card.inUseMunicipalities' }
    : { one: 'card.inUseOrganizationsOne', other: 'card.inUseOrganizations' };
}

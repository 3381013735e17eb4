import { Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { hasFilters, NO_FILTERS, type SearchState } from '../search-params';

const SUGGESTED_QUERIES = ['robot', 'byggesøknad', 'chatbot', 'velferdsteknologi'];

/** No hits: say so plainly and offer ways forward. */
export function EmptyResults({
  state,
  onChange,
}: {
  state: SearchState;
  onChange(change: Partial<SearchState>): void;
}) {
  const { t } = useI18n();
  return (
    <div className="empty-results">
      <Heading level={3} data-size="xs">
        {state.query ? t('empty.headingWithQuery', { query: state.query }) : t('empty.heading')}
      </Heading>
      <Paragraph>{t('empty.suggestionsIntro')}</Paragraph>
      <List.Unordered>
        <List.Item>{t('empty.checkSpelling')}</List.Item>
        <List.Item>{t('empty.fewerWords')}</List.Item>
        {hasFilters(state) && (
          <List.Item>
            <Button variant="tertiary" data-size="sm" onClick={() => onChange(NO_FILTERS)}>
              {t('empty.clearFilters')}
            </Button>
          </List.Item>
        )}
      </List.Unordered>
      <Paragraph>{t('empty.tryThese')}</Paragraph>
      <ul className="suggestion-list">
        {SUGGESTED_QUERIES.map((query) => (
          <li key={query}>
            <Button variant="secondary" data-size="sm" onClick={() => onChange({ query })}>
              {query}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

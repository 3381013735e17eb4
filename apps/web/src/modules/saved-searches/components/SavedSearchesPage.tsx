import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { paths, savedSearchAnchor } from '../../../app/paths';
import type { SavedSearchFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink, ButtonLink } from '../../common/components/AppLink';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { toSearchParams } from '../../search/search-params';
import { DeleteSavedSearchMutation, MySavedSearchesQuery } from '../graphql/saved-searches';
import { searchStateOf } from '../saved-search-state';
import { EditSavedSearch } from './EditSavedSearch';
import { SearchSummary } from './SearchSummary';

const headingId = (id: string) => `${savedSearchAnchor(id)}-heading`;

/** Focuses a saved search's heading, or the page's heading when there is none left. */
function focusHeading(id: string | undefined) {
  const target = id ? document.getElementById(headingId(id)) : document.querySelector('.page-heading');
  (target as HTMLElement | null)?.focus();
}

/** The viewer's saved searches: what each one finds, its feed address, editing and deleting it. */
export function SavedSearchesPage() {
  const { t } = useI18n();
  const { hash } = useLocation();
  // Saved on the search page without touching the cache, so the list is fetched on every visit.
  const { data, loading, error } = useQuery(MySavedSearchesQuery, { fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const searches = data?.mySavedSearches ?? [];

  // A link to one saved search (from a notification) scrolls to it and moves focus there.
  const linked = hash.startsWith('#') ? hash.slice(1) : '';
  const hasLinked = searches.some((search) => savedSearchAnchor(search.id) === linked);
  useEffect(() => {
    if (!hasLinked) return;
    const heading = document.getElementById(`${linked}-heading`);
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'start' });
  }, [hasLinked, linked]);

  /** After a deletion focus goes to the next search's heading (or the one before, or the page's). */
  const onDeleted = (search: SavedSearchFieldsFragment, index: number) => {
    setAnnouncement(t('savedSearches.deleted', { name: search.name }));
    const rest = searches.filter((s) => s.id !== search.id);
    const next = rest[Math.min(index, rest.length - 1)];
    requestAnimationFrame(() => focusHeading(next?.id));
  };

  return (
    <div className="list-page saved-searches">
      <PageHeading>{t('savedSearches.heading')}</PageHeading>
      <Paragraph>{t('savedSearches.intro')}</Paragraph>
      <div role="status">{announcement && <Paragraph>{announcement}</Paragraph>}</div>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {data && searches.length === 0 && (
        <section className="empty-state" aria-labelledby="saved-searches-none">
          <Heading level={2} data-size="sm" id="saved-searches-none">
            {t('savedSearches.none')}
          </Heading>
          <Paragraph>{t('savedSearches.noneHelp')}</Paragraph>
          <ButtonLink to={paths.search()} variant="secondary">
            {t('savedSearches.goToSearch')}
          </ButtonLink>
        </section>
      )}
      {searches.length > 0 && (
        <ul className="result-list saved-searches__list">
          {searches.map((search, index) => (
            <li key={search.id} id={savedSearchAnchor(search.id)}>
              <SavedSearchCard
                search={search}
                onSaved={(name) => setAnnouncement(t('savedSearches.updated', { name }))}
                onDeleted={() => onDeleted(search, index)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface SavedSearchCardProps {
  search: SavedSearchFieldsFragment;
  onSaved(name: string): void;
  onDeleted(): void;
}

function SavedSearchCard({ search, onSaved, onDeleted }: SavedSearchCardProps) {
  const { t, formatDate } = useI18n();
  return (
    <Card data-color="neutral" className="result-card">
      <Card.Block>
        <Heading level={2} data-size="xs" id={headingId(search.id)} tabIndex={-1}>
          {search.name}
        </Heading>
        <SearchSummary criteria={search} />
        <Paragraph data-size="sm" className="meta">
          {t('savedSearches.savedOn', { date: formatDate(search.createdAt) })}
        </Paragraph>
        <Paragraph>
          <AppLink to={paths.search(toSearchParams(searchStateOf(search)))}>
            {t('savedSearches.open')}
            <span className="visually-hidden"> – {search.name}</span>
          </AppLink>
        </Paragraph>
        <FeedAddress search={search} />
        <EditSavedSearch search={search} onSaved={onSaved} />
        <DeleteSavedSearch search={search} onDeleted={onDeleted} />
      </Card.Block>
    </Card>
  );
}

/** The feed URL, read-only, with a copy button; the note says why it should stay private. */
function FeedAddress({ search }: { search: SavedSearchFieldsFragment }) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(search.feedUrl);
      setCopied('copied');
    } catch {
      // No clipboard (an insecure page or a refusal): select the text for the user to copy.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied('failed');
    }
  };
  return (
    <div className="feed-address">
      <Textfield
        ref={inputRef}
        id={`${savedSearchAnchor(search.id)}-feed`}
        label={t('savedSearches.feedLabel')}
        description={t('savedSearches.feedPrivate')}
        value={search.feedUrl}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-size="sm"
      />
      <div className="button-row">
        <Button variant="secondary" data-size="sm" onClick={copy}>
          {t('savedSearches.copy')}
          <span className="visually-hidden"> – {search.name}</span>
        </Button>
        <span role="status" className="feed-address__status">
          {copied === 'copied' && t('savedSearches.copied')}
          {copied === 'failed' && t('savedSearches.copyFailed')}
        </span>
      </div>
    </div>
  );
}

/** Deleting asks first; focus moves to the question, and back to the button on "no". */
function DeleteSavedSearch({ search, onDeleted }: { search: SavedSearchFieldsFragment; onDeleted(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const [remove, { loading, error }] = useMutation(DeleteSavedSearchMutation, {
    variables: { id: search.id },
    update: (cache, { data }) => {
      if (!data?.deleteSavedSearch) return;
      cache.evict({ id: cache.identify({ __typename: 'SavedSearch', id: search.id }) });
      cache.gc();
    },
  });
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButtonRef.current?.focus());
  };
  if (!confirming) {
    return (
      <div className="button-row">
        <Button
          ref={deleteButtonRef}
          variant="secondary"
          data-color="danger"
          data-size="sm"
          onClick={() => setConfirming(true)}
        >
          {t('savedSearches.delete')}
          <span className="visually-hidden"> {search.name}</span>
        </Button>
      </div>
    );
  }
  return (
    <div className="inline-form">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {t('savedSearches.deleteConfirm', { name: search.name })}
      </Paragraph>
      <Button
        data-color="danger"
        data-size="sm"
        aria-busy={loading || undefined}
        onClick={() => {
          if (!loading) remove().then(onDeleted, () => {});
        }}
      >
        {t('savedSearches.deleteYes')}
      </Button>
      <Button variant="secondary" data-size="sm" onClick={keep}>
        {t('savedSearches.deleteNo')}
      </Button>
      <ErrorAlert error={error} />
    </div>
  );
}

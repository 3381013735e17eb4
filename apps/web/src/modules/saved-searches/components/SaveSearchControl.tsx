import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { type SearchState, toSearchParams } from '../../search/search-params';
import { SaveSearchMutation } from '../graphql/saved-searches';
import { hasUnsavableFilters, savedSearchInputOf } from '../saved-search-state';
import { SearchSummary } from './SearchSummary';

/**
 * "Lagre søket" on the search page: saves the current query and filters, with an optional name,
 * so the user is notified of new matches. Not logged in, it is a link to log in and come back.
 */
export function SaveSearchControl({ state }: { state: SearchState }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const { pathname, search } = useLocation();
  if (!viewer) {
    return (
      <Paragraph data-size="sm" className="save-search">
        <AppLink to={`${paths.login}?neste=${encodeURIComponent(pathname + search)}`}>
          {t('saveSearch.login')}
        </AppLink>
      </Paragraph>
    );
  }
  return <SaveSearchForm state={state} />;
}

function SaveSearchForm({ state }: { state: SearchState }) {
  const { t } = useI18n();
  const buttonId = useId();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const labels = useMemo(() => ({ name: t('saveSearch.name') }), [t]);
  const errors = useFormErrors('save-search', labels);
  // The saved-searches page fetches its list anew each visit, so nothing in the cache is updated.
  const [save, { loading }] = useMutation(SaveSearchMutation);

  // The confirmation is about the search that was saved; a new search clears it.
  const searchKey = toSearchParams({ ...state, page: 1 }).toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the search changes
  useEffect(() => setSaved(null), [searchKey]);
  useEffect(() => {
    if (open) nameRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setName('');
    errors.clear();
    requestAnimationFrame(() => openButtonRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    try {
      const { data } = await save({ variables: { input: savedSearchInputOf(state, name) } });
      if (!data) return;
      setSaved(data.saveSearch.name);
      close();
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="save-search">
      <Button
        ref={openButtonRef}
        id={buttonId}
        variant="secondary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          if (open) return close();
          setSaved(null);
          setOpen(true);
        }}
      >
        {t('saveSearch.open')}
      </Button>
      {open && (
        <form
          id={formId}
          onSubmit={submit}
          noValidate
          className="form save-search__form"
          aria-labelledby={buttonId}
        >
          <FormErrorSummary errors={errors} />
          <div>
            <Paragraph data-size="sm" className="save-search__what">
              {t('saveSearch.whatIsSaved')}
            </Paragraph>
            <SearchSummary criteria={state} />
            {hasUnsavableFilters(state) && (
              <Paragraph data-size="sm">{t('saveSearch.organizationsNotSaved')}</Paragraph>
            )}
          </div>
          <Textfield
            ref={nameRef}
            id={errors.id('name')}
            label={labels.name}
            description={t('saveSearch.nameHelp', { name: state.query || t('saveSearch.defaultName') })}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fieldError('name')}
            data-size="sm"
          />
          <div className="button-row">
            <BusyButton type="submit" data-size="sm" busy={loading}>
              {t('saveSearch.submit')}
            </BusyButton>
            <Button type="button" variant="secondary" data-size="sm" onClick={close}>
              {t('saveSearch.cancel')}
            </Button>
          </div>
        </form>
      )}
      <div role="status">
        {saved && (
          <Alert data-color="success" data-size="sm">
            <Paragraph data-size="sm">
              {t('saveSearch.saved', { name: saved })}{' '}
              <AppLink to={paths.savedSearches}>{t('saveSearch.seeAll')}</AppLink>
            </Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}

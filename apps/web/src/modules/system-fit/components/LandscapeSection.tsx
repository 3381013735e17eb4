import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import type { SystemFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { OrganizationSystemsQuery, SetOrganizationSystemsMutation } from '../graphql/system-fit';
import { forgetFit } from '../public-organization';
import { groupByCategory, systemLabel } from '../system-categories';
import { SystemPicker } from './SystemPicker';

interface LandscapeSectionProps {
  organizationId: string;
  /** An ADMIN edits the list; other members read it. */
  editable: boolean;
}

/** "Min organisasjon": the systems the organisation runs, which fit on solution pages is told from. */
export function LandscapeSection({ organizationId, editable }: LandscapeSectionProps) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(OrganizationSystemsQuery, { variables: { id: organizationId } });
  const systems = data?.organization?.systems;
  return (
    <section aria-labelledby="landscape-heading" className="org-section landscape">
      <Heading level={2} data-size="sm" id="landscape-heading">
        {t('landscape.heading')}
      </Heading>
      <Paragraph>{t('landscape.intro')}</Paragraph>
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      {systems && (editable ? <LandscapeEditor initial={systems} /> : <LandscapeList systems={systems} />)}
    </section>
  );
}

/** The landscape read-only, by category. */
export function LandscapeList({ systems }: { systems: readonly SystemFieldsFragment[] }) {
  const { t } = useI18n();
  if (systems.length === 0) return <Paragraph>{t('landscape.none')}</Paragraph>;
  return (
    <>
      <dl className="landscape__list">
        {groupByCategory(systems).map(([category, group]) => (
          <div key={category}>
            <dt>{t(`systemCategory.${category}`)}</dt>
            <dd>{group.map(systemLabel).join(', ')}</dd>
          </div>
        ))}
      </dl>
      <Paragraph data-size="sm" className="meta">
        {t('landscape.readOnlyNote')}
      </Paragraph>
    </>
  );
}

/** An ADMIN picks the systems and saves them all at once; the outcome is announced. */
export function LandscapeEditor({ initial }: { initial: readonly SystemFieldsFragment[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<SystemFieldsFragment[]>([...initial]);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SetOrganizationSystemsMutation, {
    update: forgetFit,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    reset();
    try {
      await save({ variables: { systemIds: chosen.map((system) => system.id) } });
      setSaved(true);
    } catch {
      // The error is shown from the mutation's state.
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form landscape__form">
      <SystemPicker
        id="landscape-systems"
        legend={t('landscape.legend')}
        value={chosen}
        onChange={(next) => {
          setChosen(next);
          setSaved(false);
        }}
      />
      <div role="status">{saved && <Alert data-color="success">{t('landscape.saved')}</Alert>}</div>
      <ErrorAlert error={error} />
      <div className="button-row">
        <BusyButton type="submit" busy={loading}>
          {t('landscape.save')}
        </BusyButton>
      </div>
    </form>
  );
}

import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { searchVariables } from '../../search/hooks/useSearchResults';
import type { SearchState } from '../../search/search-params';
import { FitCountQuery } from '../graphql/system-fit';
import { isPublicBody } from '../public-organization';

interface FitFilterProps {
  state: SearchState;
  onChange(change: Partial<SearchState>): void;
}

/**
 * "Kan kjøres på våre systemer", for members of public organisations, with how many of the
 * search's solutions run on their systems (the same search with the filter on).
 */
export function FitFilter({ state, onChange }: FitFilterProps) {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer || !isPublicBody(viewer.organization.kind)) return null;
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('filters.systems')}</Fieldset.Legend>
      <Checkbox
        label={t('filters.runsOnOurSystems')}
        checked={state.runsOnOurSystems}
        onChange={() => onChange({ runsOnOurSystems: !state.runsOnOurSystems })}
      />
      <FitCount state={state} />
    </Fieldset>
  );
}

function FitCount({ state }: { state: SearchState }) {
  const { plural } = useI18n();
  const { query, filter } = searchVariables({ ...state, runsOnOurSystems: true, page: 1 });
  const { data } = useQuery(FitCountQuery, { variables: { query, filter } });
  if (!data) return null;
  return (
    <Paragraph data-size="sm" className="fit-count" data-testid="fit-count">
      {plural({ one: 'filters.fitCountOne', other: 'filters.fitCountOther' }, data.search.totalCount)}
    </Paragraph>
  );
}

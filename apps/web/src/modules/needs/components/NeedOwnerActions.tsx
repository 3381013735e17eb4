import { useMutation } from '@apollo/client/react';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { paths } from '../../../app/paths';
import type { NeedStatus } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ButtonLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import {
  AcceptNeedPartnerMutation,
  ChangeNeedStatusMutation,
  RemoveNeedPartnerMutation,
} from '../graphql/needs';
import type { NeedData } from './NeedPage';

/** Where a need may go next (the api enforces the same rule). */
const NEXT: Record<NeedStatus, NeedStatus[]> = {
  OPEN: ['IN_PROCUREMENT'],
  IN_PROCUREMENT: ['SOLVED', 'CLOSED'],
  SOLVED: [],
  CLOSED: [],
};

export function NeedOwnerActions({ need }: { need: NeedData }) {
  const { t } = useI18n();
  const selectId = useId();
  const options = NEXT[need.status];
  const [status, setStatus] = useState<NeedStatus | ''>('');
  const [change, { loading, error }] = useMutation(ChangeNeedStatusMutation);
  return (
    <div className="owner-actions">
      <ButtonLink to={paths.editNeed(need.id)} variant="secondary" data-size="sm">
        {t('need.edit')}
      </ButtonLink>
      {options.length > 0 && (
        <div className="inline-form">
          <Field>
            <Label htmlFor={selectId}>{t('need.changeStatus')}</Label>
            <Select
              id={selectId}
              width="auto"
              value={status}
              onChange={(event) => setStatus(event.target.value as NeedStatus)}
            >
              <Select.Option value="">{t('admin.chooseOrganizationPlaceholder')}</Select.Option>
              {options.map((option) => (
                <Select.Option key={option} value={option}>
                  {t(`needStatus.${option}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {/* aria-disabled, not disabled, while no status is chosen: saving clears the choice
              while the focus is on this button. */}
          <BusyButton
            variant="secondary"
            data-size="sm"
            busy={loading}
            aria-disabled={!status || undefined}
            onClick={() => {
              if (!status || loading) return;
              change({ variables: { id: need.id, status } }).then(
                () => setStatus(''),
                () => {},
              );
            }}
          >
            {t('need.saveStatus')}
          </BusyButton>
        </div>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}

/**
 * The owner accepts an organisation that joined the need as a partner, which then reads the
 * supplier answers and may link notices, or removes it again. One button for both, so the focus
 * stays on it when accepting turns it into "remove".
 */
export function PartnerToggle({
  needId,
  organization,
  isPartner,
}: {
  needId: string;
  organization: { id: string; name: string };
  isPartner: boolean;
}) {
  const { t } = useI18n();
  const variables = { needId, organizationId: organization.id };
  const [accept, accepting] = useMutation(AcceptNeedPartnerMutation, { variables });
  const [remove, removing] = useMutation(RemoveNeedPartnerMutation, { variables });
  const busy = accepting.loading || removing.loading;
  const toggle = () => {
    if (busy) return;
    (isPartner ? remove() : accept()).catch(() => {});
  };
  return (
    <>
      <BusyButton variant={isPartner ? 'tertiary' : 'secondary'} data-size="sm" busy={busy} onClick={toggle}>
        {t(isPartner ? 'need.removePartner' : 'need.acceptPartner')}
        <span className="visually-hidden"> {organization.name}</span>
      </BusyButton>
      <ErrorAlert error={accepting.error ?? removing.error} />
    </>
  );
}

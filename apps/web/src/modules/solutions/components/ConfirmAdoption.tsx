import { useMutation } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import type { AdoptionFieldsFragment } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import { ConfirmAdoptionMutation } from '../graphql/solution';
import { needsConfirmation } from '../reuse-counts';

/** Asks the adopter to confirm: an owner's proposal, a confirmation due soon, or one that lapsed. */
export function ConfirmAdoption({
  solutionId,
  adoption,
}: {
  solutionId: string;
  adoption: AdoptionFieldsFragment;
}) {
  const { t, formatDate } = useI18n();
  const [confirm, confirmation] = useMutation(ConfirmAdoptionMutation, { variables: { solutionId } });
  if (!needsConfirmation(adoption)) {
    return adoption.confirmationDueAt ? (
      <Paragraph data-size="sm">
        {t('reuse.confirmedNext', { date: formatDate(adoption.confirmationDueAt) })}
      </Paragraph>
    ) : null;
  }
  const stage = t(`stage.${adoption.stage}`);
  const message = adoption.awaitingConfirmation
    ? t('reuse.confirmProposal', { owner: t('solution.owner'), stage })
    : adoption.counts
      ? t('reuse.confirmDue', { stage, date: formatDate(adoption.confirmationDueAt ?? '') })
      : t('reuse.confirmLapsed');
  return (
    <div className="adopt__confirm" data-testid="confirm-adoption">
      <Paragraph>{message}</Paragraph>
      <BusyButton
        variant="secondary"
        busy={confirmation.loading}
        onClick={() => {
          confirm().catch(() => {});
        }}
      >
        {t('reuse.confirm')}
      </BusyButton>
      <ErrorAlert error={confirmation.error} />
    </div>
  );
}

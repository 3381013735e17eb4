import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import { ArchiveSolutionMutation } from '../graphql/solution';

export interface ArchivableSolution {
  id: string;
  title: string;
  /** The organisations that use it and will be told. */
  adopterCount: number;
}

interface ArchiveSolutionProps {
  solution: ArchivableSolution;
  /** Another request of the page's is running (e.g. saving): archiving waits. */
  blocked?: boolean;
  /** Lists that show the solution, refetched once it is archived. */
  refetchQueries: string[];
  onArchived: () => void;
}

/**
 * "Arkiver" asks first, in a modal dialog that says how many organisations use the solution and
 * that they will be told. The focus goes to "Avbryt" when it opens and back to the button when it
 * closes without archiving.
 */
export function ArchiveSolution({ solution, blocked, refetchQueries, onArchived }: ArchiveSolutionProps) {
  const { t, plural } = useI18n();
  const headingId = useId();
  const textId = useId();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [archive, archiving] = useMutation(ArchiveSolutionMutation, { refetchQueries });

  // Runs after the Dialog's own effect has opened it, so the button can take the focus.
  useEffect(() => {
    if (open) cancelButton.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    archiving.reset();
    requestAnimationFrame(() => openButton.current?.focus());
  };
  const confirm = () => {
    if (archiving.loading) return;
    archive({ variables: { id: solution.id } }).then(
      () => {
        setOpen(false);
        onArchived();
      },
      () => {},
    );
  };

  return (
    <>
      <BusyButton
        ref={openButton}
        type="button"
        variant="tertiary"
        data-color="danger"
        onClick={() => setOpen(true)}
        aria-disabled={blocked || undefined}
        aria-haspopup="dialog"
      >
        {t('solutionForm.archive')}
      </BusyButton>
      <Dialog
        open={open}
        onClose={close}
        closeButton={t('archive.close')}
        aria-labelledby={headingId}
        aria-describedby={textId}
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id={headingId}>
            {t('archive.heading', { title: solution.title })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <div id={textId}>
            <Paragraph data-testid="archive-adopters">
              {solution.adopterCount > 0
                ? plural({ one: 'archive.usersOne', other: 'archive.usersOther' }, solution.adopterCount)
                : t('archive.noUsers')}
            </Paragraph>
            <Paragraph>{t('archive.consequence')}</Paragraph>
          </div>
          <ErrorAlert error={archiving.error} />
          <div className="button-row">
            <BusyButton type="button" data-color="danger" busy={archiving.loading} onClick={confirm}>
              {t('archive.confirm')}
            </BusyButton>
            <Button ref={cancelButton} type="button" variant="secondary" onClick={close}>
              {t('archive.cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type Language, toApiLanguage } from '../../../i18n/language';
import { SetLanguageMutation } from '../graphql/session';
import { useSession } from './SessionProvider';

/** Switches the interface's language and, for a logged-in user, stores it for mail and feeds too. */
export function useSwitchLanguage(): (language: Language) => void {
  const { setLanguage } = useI18n();
  const { viewer } = useSession();
  const [store] = useMutation(SetLanguageMutation);
  return useCallback(
    (language: Language) => {
      setLanguage(language);
      // The switch has happened already; failing to remember it is not worth interrupting the user.
      if (viewer) store({ variables: { language: toApiLanguage(language) } }).catch(() => {});
    },
    [setLanguage, viewer, store],
  );
}

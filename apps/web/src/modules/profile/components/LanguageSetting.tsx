import { Fieldset, Heading, Radio } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../../../i18n/language';
import { useSwitchLanguage } from '../../auth/hooks/useSwitchLanguage';

const LABELS = { nb: 'profile.languageNb', en: 'profile.languageEn' } as const;

/** The language the interface, mail and feeds speak to the viewer; switched as soon as it is chosen. */
export function LanguageSetting() {
  const { t, language } = useI18n();
  const switchLanguage = useSwitchLanguage();
  return (
    <section aria-labelledby="language-heading">
      <Heading level={2} data-size="sm" id="language-heading">
        {t('profile.languageHeading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('profile.language')}</Fieldset.Legend>
        <Fieldset.Description>{t('profile.languageHelp')}</Fieldset.Description>
        {LANGUAGES.map((choice: Language) => (
          <Radio
            key={choice}
            name="language"
            value={choice}
            lang={choice}
            label={t(LABELS[choice])}
            checked={language === choice}
            onChange={() => switchLanguage(choice)}
          />
        ))}
      </Fieldset>
    </section>
  );
}

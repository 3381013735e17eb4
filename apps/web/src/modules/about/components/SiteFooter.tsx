import { Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/nb';
import { AppLink } from '../../common/components/AppLink';

const LINKS: { to: string; label: MessageKey }[] = [
  { to: paths.about, label: 'footer.about' },
  { to: paths.contact, label: 'footer.contact' },
  { to: paths.privacy, label: 'footer.privacy' },
  { to: paths.accessibility, label: 'footer.accessibility' },
];

/** The site's footer: what Lokomotiv is, and the pages the law and habit expect. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <nav aria-label={t('footer.label')}>
        <ul className="site-footer__links">
          {LINKS.map((link) => (
            <li key={link.to}>
              <AppLink to={link.to}>{t(link.label)}</AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <Paragraph data-size="sm">{t('layout.footer')}</Paragraph>
    </footer>
  );
}

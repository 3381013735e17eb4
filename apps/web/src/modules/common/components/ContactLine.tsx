import { useI18n } from '../../../i18n/I18nProvider';

interface Contact {
  name: string;
  role?: string | null;
  email: string;
  phone?: string | null;
}

/** "Name (role), e-mail, phone", the e-mail a mailto link and the phone a tel link. */
export function ContactLine({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  return (
    <>
      {contact.role ? `${contact.name} (${contact.role})` : contact.name},{' '}
      <a href={`mailto:${contact.email}`}>{contact.email}</a>
      {contact.phone && (
        <>
          ,{' '}
          <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>
            {t('contact.phone', { phone: contact.phone })}
          </a>
        </>
      )}
    </>
  );
}

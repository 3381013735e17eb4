import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/nb';
import { PageHeading } from '../../common/components/PageHeading';
import { CONTACT_EMAIL } from '../contact';

type Section = { heading: MessageKey; text: MessageKey } | { heading: MessageKey; items: MessageKey[] };

interface InfoPageProps {
  heading: MessageKey;
  intro?: MessageKey;
  sections: Section[];
  footnote?: MessageKey;
}

/** A page of plain text: a heading, an optional lead and sections of paragraphs or a list. */
function InfoPage({ heading, intro, sections, footnote }: InfoPageProps) {
  const { t } = useI18n();
  return (
    <article className="page-text">
      <PageHeading>{t(heading)}</PageHeading>
      {intro && <Paragraph data-size="lg">{t(intro)}</Paragraph>}
      {sections.map((section) => (
        <section key={section.heading} aria-labelledby={section.heading}>
          <Heading level={2} data-size="sm" id={section.heading}>
            {t(section.heading)}
          </Heading>
          {'text' in section ? (
            <Paragraphs text={t(section.text)} />
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{t(item)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {footnote && <Paragraph data-size="sm">{t(footnote)}</Paragraph>}
    </article>
  );
}

function Paragraphs({ text }: { text: string }) {
  return text.split('\n\n').map((paragraph) => <Paragraph key={paragraph}>{paragraph}</Paragraph>);
}

export function AboutPage() {
  return (
    <InfoPage
      heading="about.heading"
      sections={[
        { heading: 'about.what.heading', text: 'about.what.text' },
        { heading: 'about.who.heading', text: 'about.who.text' },
      ]}
    />
  );
}

export function ContactPage() {
  const { t } = useI18n();
  return (
    <article className="page-text">
      <PageHeading>{t('contact.heading')}</PageHeading>
      <Paragraph>{t('contact.intro')}</Paragraph>
      <Paragraph>
        {t('contact.email')}
        <Link href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</Link>
      </Paragraph>
      <Paragraph>{t('contact.answer')}</Paragraph>
    </article>
  );
}

export function PrivacyPage() {
  return (
    <InfoPage
      heading="privacy.heading"
      sections={[
        { heading: 'privacy.stored.heading', text: 'privacy.stored.text' },
        { heading: 'privacy.why.heading', text: 'privacy.why.text' },
        { heading: 'privacy.howLong.heading', text: 'privacy.howLong.text' },
        { heading: 'privacy.rights.heading', text: 'privacy.rights.text' },
      ]}
    />
  );
}

export function AccessibilityPage() {
  return (
    <InfoPage
      heading="a11y.heading"
      intro="a11y.intro"
      sections={[
        { heading: 'a11y.status.heading', text: 'a11y.status.text' },
        {
          heading: 'a11y.known.heading',
          items: ['a11y.known.author', 'a11y.known.lang', 'a11y.known.pdf', 'a11y.known.manual'],
        },
        { heading: 'a11y.feedback.heading', text: 'a11y.feedback.text' },
      ]}
      footnote="a11y.updated"
    />
  );
}

import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import type { SearchDocumentKind } from '../search/search-kind';
import type { Language } from '../users/language';
import { MAIL_TEXTS, type MailedNotification, type Texts } from './mail-texts';
import type { OutgoingMail } from './mail-transport';
import { UnsubscribeTokens } from './unsubscribe-token';

/** Who a mail goes to. */
export interface Recipient {
  userId: string;
  email: string;
  name: string;
  language: Language;
}

const SUBJECT_PATHS: Record<SearchDocumentKind, string> = {
  SOLUTION: 'losninger',
  NEED: 'behov',
  PROCUREMENT_NOTICE: 'anbud',
};

export const PASSWORD_RESET_HOURS = 2;
export const EMAIL_CONFIRMATION_DAYS = 7;

interface Link {
  label: string;
  url: string;
}

interface Section {
  heading: string;
  links: Link[];
}

interface Body {
  lines: string[];
  sections?: Section[];
  links: Link[];
}

/** Renders each kind of mail in the recipient's language, as plain text and HTML, with absolute links. */
@Injectable()
export class MailComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribeTokens: UnsubscribeTokens,
  ) {}

  /** `<kind.key@host>`: the same for every attempt to send one message. */
  messageId(key: string): string {
    return `<${key}@${new URL(this.config.publicUrl).hostname}>`;
  }

  notification(to: Recipient, notification: MailedNotification, messageId: string): OutgoingMail {
    const texts = MAIL_TEXTS[to.language];
    const subject = texts.events[notification.event](notification);
    const responder = responderPart(texts, notification, subject);
    return this.withUnsubscribe(to, messageId, subject, {
      lines: [
        texts.greeting(to.name),
        subject,
        ...(notification.savedSearchName ? [texts.matchedSavedSearch(notification.savedSearchName)] : []),
        ...responder.lines,
      ],
      links: [{ label: texts.open, url: this.itemUrl(notification) }, ...responder.links],
    });
  }

  digest(
    to: Recipient,
    notifications: MailedNotification[],
    weekly: boolean,
    messageId: string,
  ): OutgoingMail {
    const texts = MAIL_TEXTS[to.language];
    return this.withUnsubscribe(to, messageId, texts.digestSubject(notifications.length, weekly), {
      lines: [texts.greeting(to.name), texts.digestIntro(weekly)],
      sections: digestGroups(notifications).map((group) => ({
        heading: group[0].savedSearchName
          ? texts.digestSavedSearch(group[0].savedSearchName)
          : texts.digestOthers,
        links: group.map((n) => ({ label: texts.events[n.event](n), url: this.itemUrl(n) })),
      })),
      links: [],
    });
  }

  passwordReset(to: Recipient, token: string, messageId: string): OutgoingMail {
    const texts = MAIL_TEXTS[to.language];
    const url = `${this.config.publicUrl}/nytt-passord?token=${encodeURIComponent(token)}`;
    return render(to, messageId, texts.resetSubject, {
      lines: [texts.greeting(to.name), texts.resetBody(PASSWORD_RESET_HOURS), texts.resetIgnore],
      links: [{ label: texts.resetAction, url }],
    });
  }

  emailConfirmation(to: Recipient, token: string, messageId: string): OutgoingMail {
    const texts = MAIL_TEXTS[to.language];
    const url = `${this.config.publicUrl}/bekreft-epost?token=${encodeURIComponent(token)}`;
    return render(to, messageId, texts.confirmSubject, {
      lines: [texts.greeting(to.name), texts.confirmBody(EMAIL_CONFIRMATION_DAYS), texts.confirmIgnore],
      links: [{ label: texts.confirmAction, url }],
    });
  }

  unsubscribeUrl(userId: string): string {
    return `${this.config.publicUrl}/mail/unsubscribe?token=${this.unsubscribeTokens.issue(userId)}`;
  }

  private itemUrl(n: MailedNotification): string {
    return `${this.config.publicUrl}/${SUBJECT_PATHS[n.subjectKind]}/${n.subjectId}`;
  }

  /** A notification mail: with RFC 8058 one-click unsubscribe, and the links to stop or change mail. */
  private withUnsubscribe(to: Recipient, messageId: string, subject: string, body: Body): OutgoingMail {
    const texts = MAIL_TEXTS[to.language];
    const unsubscribe = this.unsubscribeUrl(to.userId);
    const mail = render(to, messageId, subject, {
      ...body,
      lines: [...body.lines, texts.why],
      links: [
        ...body.links,
        { label: texts.settings, url: `${this.config.publicUrl}/profil` },
        { label: texts.unsubscribe, url: unsubscribe },
      ],
    });
    return {
      ...mail,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }
}

/** On a new answer: who answered, and a mailto link to its contact person. */
function responderPart(texts: Texts, n: MailedNotification, subject: string): Body {
  if (!('contact' in n.params) || !n.params.contact || !n.params.responderName)
    return { lines: [], links: [] };
  const { contact, responderName } = n.params;
  return {
    lines: [texts.responder(responderName, contact)],
    links: [
      { label: texts.contactSupplier, url: `mailto:${contact.email}?subject=${encodeURIComponent(subject)}` },
    ],
  };
}

/**
 * A digest's items by the saved search that matched them, in the order each search first matched;
 * the rest last. The fan-out gives an item matched by several of a user's searches one notification,
 * under the oldest search, so an item is in one group only.
 */
function digestGroups(notifications: MailedNotification[]): MailedNotification[][] {
  const groups = new Map<string | null, MailedNotification[]>();
  for (const n of [...notifications].sort((a, b) => Number(!a.savedSearchId) - Number(!b.savedSearchId)))
    groups.set(n.savedSearchId, [...(groups.get(n.savedSearchId) ?? []), n]);
  return [...groups.values()];
}

function render(
  to: Recipient,
  messageId: string,
  subject: string,
  { lines, sections = [], links }: Body,
): OutgoingMail {
  const textLinks = (list: Link[]) => list.map((link) => `${link.label}: ${link.url}`);
  const text = [
    ...lines,
    ...sections.flatMap((section) => ['', section.heading, ...textLinks(section.links)]),
    '',
    ...textLinks(links),
  ].join('\n');
  const htmlLinks = (list: Link[]) => [
    '<ul>',
    ...list.map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></li>`),
    '</ul>',
  ];
  const html = [
    `<!doctype html><html lang="${to.language === 'EN' ? 'en' : 'nb'}"><body>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...sections.flatMap((section) => [
      `<h2>${escapeHtml(section.heading)}</h2>`,
      ...htmlLinks(section.links),
    ]),
    ...htmlLinks(links),
    '</body></html>',
  ].join('\n');
  return { messageId, to: to.email, subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import type { ContactPersonValue } from '../common/contact-person';
import type {
  AdoptionStageName,
  AnyNotificationParams,
  NotificationEvent,
} from '../notifications/notification-events';
import type { SearchDocumentKind } from '../search/search-kind';
import { Language } from '../users/language';

/** A notification as a mail quotes it. */
export interface MailedNotification {
  event: NotificationEvent;
  subjectKind: SearchDocumentKind;
  subjectId: string;
  params: AnyNotificationParams;
  /** The saved search that matched it, while the user keeps it. */
  savedSearchId: string | null;
  savedSearchName: string | null;
}

type EventTexts = Record<NotificationEvent, (n: MailedNotification) => string>;

export interface Texts {
  events: EventTexts;
  greeting: (name: string) => string;
  open: string;
  digestSubject: (count: number, weekly: boolean) => string;
  digestIntro: (weekly: boolean) => string;
  /** A digest's heading over the items one saved search matched, and over all the others. */
  digestSavedSearch: (name: string) => string;
  digestOthers: string;
  /** Why a single mail about a saved search's match came. */
  matchedSavedSearch: (name: string) => string;
  why: string;
  settings: string;
  unsubscribe: string;
  resetSubject: string;
  resetBody: (hours: number) => string;
  resetIgnore: string;
  resetAction: string;
  confirmSubject: string;
  confirmBody: (days: number) => string;
  confirmIgnore: string;
  confirmAction: string;
  /** Who answered a need and whom to call, for the need's owner and partners. */
  responder: (organization: string, contact: ContactPersonValue) => string;
  contactSupplier: string;
}

/** "Name (role), e-mail, phone", leaving out what the contact did not give. */
export function contactLine(contact: ContactPersonValue, phoneLabel: string): string {
  const name = contact.role ? `${contact.name} (${contact.role})` : contact.name;
  return [name, contact.email, contact.phone && `${phoneLabel} ${contact.phone}`].filter(Boolean).join(', ');
}

const title = (n: MailedNotification) => n.params.subjectTitle;
const notice = (n: MailedNotification) => ('noticeTitle' in n.params ? n.params.noticeTitle : '');
const actor = (n: MailedNotification) => ('actorName' in n.params ? n.params.actorName : '');
const STAGES: Record<Language, Record<AdoptionStageName, string>> = {
  NB: { EVALUATING: 'Vurderer', PILOTING: 'Prøver ut', IN_USE: 'I bruk', STOPPED: 'Sluttet å bruke' },
  EN: { EVALUATING: 'Evaluating', PILOTING: 'Piloting', IN_USE: 'In use', STOPPED: 'Stopped using' },
};
const stage = (language: Language, n: MailedNotification) =>
  'stage' in n.params ? STAGES[language][n.params.stage] : '';
const status = (n: MailedNotification) => ('responseStatus' in n.params ? n.params.responseStatus : null);

/** The same messages the web app shows (apps/web/src/i18n), in each language mail speaks. */
export const MAIL_TEXTS: Record<Language, Texts> = {
  NB: {
    events: {
      SAVED_SEARCH_MATCH: (n) =>
        `${{ SOLUTION: 'Ny løsning', NEED: 'Nytt behov', PROCUREMENT_NOTICE: 'Ny kunngjøring' }[n.subjectKind]}: ${title(n)}`,
      NEW_NEED_RESPONSE: (n) => `Nytt svar på behovet: ${title(n)}`,
      NEED_RESPONSE_STATUS: (n) =>
        status(n) === 'SHORTLISTED'
          ? `Svaret ditt er satt på kortlisten: ${title(n)}`
          : `Svaret ditt ble ikke valgt: ${title(n)}`,
      NEW_NOTICE_FOR_NEED: (n) => `Ny kunngjøring for et behov du følger: ${title(n)}`,
      NEED_PARTNER_ACCEPTED: (n) => `Dere er godtatt som partner på behovet: ${title(n)}`,
      NEW_NEED_QUESTION: (n) => `Nytt spørsmål om behovet: ${title(n)}`,
      NEED_QUESTION_ANSWERED: (n) => `Spørsmål besvart på behovet: ${title(n)}`,
      RESULTING_SOLUTION_LINKED: (n) =>
        n.subjectKind === 'SOLUTION'
          ? `Anskaffelsen «${notice(n)}» ga løsningen: ${title(n)}`
          : `Anskaffelsen for et behov du følger er avsluttet: ${title(n)}`,
      NOTICE_CHANGED: (n) => `Kunngjøringen du følger er endret: ${title(n)}`,
      NOTICE_CANCELLED: (n) => `Kunngjøringen du følger er avlyst: ${title(n)}`,
      ADOPTION_CONFIRMATION_DUE: (n) => `Bekreft at dere fortsatt bruker løsningen: ${title(n)}`,
      ADOPTION_CONFIRMATION_REMINDER: (n) =>
        `Påminnelse: bekreft bruken av løsningen, ellers telles den ikke lenger: ${title(n)}`,
      SOLUTION_ADOPTED: (n) =>
        `${actor(n)} har tatt løsningen i bruk med status «${stage(Language.NB, n)}»: ${title(n)}`,
      ADOPTION_STAGE_CHANGED: (n) =>
        `${actor(n)} har endret statusen til «${stage(Language.NB, n)}»: ${title(n)}`,
      ADOPTION_STOPPED: (n) => `${actor(n)} har sluttet å bruke løsningen: ${title(n)}`,
      ADOPTION_CONFIRMED: (n) =>
        `${actor(n)} har bekreftet at de bruker løsningen («${stage(Language.NB, n)}»): ${title(n)}`,
      SOLUTION_ARCHIVED: (n) => `${actor(n)} har arkivert en løsning dere bruker eller følger: ${title(n)}`,
    },
    greeting: (name) => `Hei ${name},`,
    open: 'Åpne i Lokomotiv',
    digestSubject: (count, weekly) => `${count} nye varsler ${weekly ? 'denne uken' : 'siden i går'}`,
    digestIntro: (weekly) => `Dette har skjedd ${weekly ? 'den siste uken' : 'det siste døgnet'}:`,
    digestSavedSearch: (name) => `Lagret søk «${name}»`,
    digestOthers: 'Andre varsler',
    matchedSavedSearch: (name) => `Treff på det lagrede søket «${name}».`,
    why: 'Du får denne e-posten fordi du har varsler i Lokomotiv.',
    settings: 'Endre hvor ofte du får e-post',
    unsubscribe: 'Avslutt e-postvarsler',
    resetSubject: 'Nytt passord i Lokomotiv',
    resetBody: (hours) => `Følg lenken for å velge et nytt passord. Lenken virker én gang, i ${hours} timer.`,
    resetIgnore: 'Ba du ikke om dette, kan du se bort fra e-posten. Passordet ditt er uendret.',
    resetAction: 'Velg nytt passord',
    confirmSubject: 'Bekreft e-postadressen din i Lokomotiv',
    confirmBody: (days) =>
      `Du logget inn med Ansattporten og oppga denne adressen. Følg lenken for å bekrefte den. Lenken virker én gang, i ${days} dager.`,
    confirmIgnore: 'Var det ikke deg, kan du se bort fra e-posten.',
    confirmAction: 'Bekreft e-postadressen',
    responder: (organization, contact) =>
      `Svaret er fra ${organization}. Kontaktperson: ${contactLine(contact, 'tlf.')}.`,
    contactSupplier: 'Kontakt leverandøren',
  },
  EN: {
    events: {
      SAVED_SEARCH_MATCH: (n) =>
        `${{ SOLUTION: 'New solution', NEED: 'New need', PROCUREMENT_NOTICE: 'New procurement notice' }[n.subjectKind]}: ${title(n)}`,
      NEW_NEED_RESPONSE: (n) => `New answer to the need: ${title(n)}`,
      NEED_RESPONSE_STATUS: (n) =>
        status(n) === 'SHORTLISTED'
          ? `Your answer was shortlisted: ${title(n)}`
          : `Your answer was not chosen: ${title(n)}`,
      NEW_NOTICE_FOR_NEED: (n) => `New procurement notice for a need you follow: ${title(n)}`,
      NEED_PARTNER_ACCEPTED: (n) => `Your organisation is now a partner on the need: ${title(n)}`,
      NEW_NEED_QUESTION: (n) => `New question about the need: ${title(n)}`,
      NEED_QUESTION_ANSWERED: (n) => `Question answered on the need: ${title(n)}`,
      RESULTING_SOLUTION_LINKED: (n) =>
        n.subjectKind === 'SOLUTION'
          ? `The procurement «${notice(n)}» produced the solution: ${title(n)}`
          : `The procurement for a need you follow has concluded: ${title(n)}`,
      NOTICE_CHANGED: (n) => `A procurement notice you follow has changed: ${title(n)}`,
      NOTICE_CANCELLED: (n) => `A procurement notice you follow was cancelled: ${title(n)}`,
      ADOPTION_CONFIRMATION_DUE: (n) => `Confirm that you still use the solution: ${title(n)}`,
      ADOPTION_CONFIRMATION_REMINDER: (n) =>
        `Reminder: confirm your use of the solution, or it stops counting: ${title(n)}`,
      SOLUTION_ADOPTED: (n) =>
        `${actor(n)} adopted the solution, stage “${stage(Language.EN, n)}”: ${title(n)}`,
      ADOPTION_STAGE_CHANGED: (n) =>
        `${actor(n)} changed its stage to “${stage(Language.EN, n)}”: ${title(n)}`,
      ADOPTION_STOPPED: (n) => `${actor(n)} stopped using the solution: ${title(n)}`,
      ADOPTION_CONFIRMED: (n) =>
        `${actor(n)} confirmed that it uses the solution (“${stage(Language.EN, n)}”): ${title(n)}`,
      SOLUTION_ARCHIVED: (n) => `${actor(n)} archived a solution you use or follow: ${title(n)}`,
    },
    greeting: (name) => `Hello ${name},`,
    open: 'Open in Lokomotiv',
    digestSubject: (count, weekly) =>
      `${count} new notifications ${weekly ? 'this week' : 'since yesterday'}`,
    digestIntro: (weekly) => `This happened in the last ${weekly ? 'week' : 'day'}:`,
    digestSavedSearch: (name) => `Saved search “${name}”`,
    digestOthers: 'Other notifications',
    matchedSavedSearch: (name) => `A match for your saved search “${name}”.`,
    why: 'You receive this e-mail because you have notifications in Lokomotiv.',
    settings: 'Change how often you get e-mail',
    unsubscribe: 'Stop e-mail notifications',
    resetSubject: 'New password for Lokomotiv',
    resetBody: (hours) => `Follow the link to choose a new password. It works once, for ${hours} hours.`,
    resetIgnore: 'If you did not ask for this, ignore this e-mail. Your password is unchanged.',
    resetAction: 'Choose a new password',
    confirmSubject: 'Confirm your e-mail address for Lokomotiv',
    confirmBody: (days) =>
      `You signed in with Ansattporten and gave this address. Follow the link to confirm it. It works once, for ${days} days.`,
    confirmIgnore: 'If this was not you, ignore this e-mail.',
    confirmAction: 'Confirm the e-mail address',
    responder: (organization, contact) =>
      `The answer is from ${organization}. Contact person: ${contactLine(contact, 'phone')}.`,
    contactSupplier: 'Contact the supplier',
  },
};

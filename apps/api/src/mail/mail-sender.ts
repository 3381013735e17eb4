import { Inject, Injectable } from '@nestjs/common';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { OutboxWorker, type OutboxWorkerOptions } from '../outbox/outbox-worker';
import { MailComposer } from './mail-composer';
import { LINK_MAIL_KINDS, MailOutboxRepository, type PendingMail } from './mail-outbox.repository';
import { MAIL_TRANSPORT, type MailTransport, type OutgoingMail } from './mail-transport';

export const MAIL_SENDER_OPTIONS = Symbol('MAIL_SENDER_OPTIONS');
export const MAIL_SENDER_HOOK = Symbol('MAIL_SENDER_HOOK');

/** The moments around handing a message to the server, where tests stop the sender as a crash would. */
export type MailSendPoint = 'before-send' | 'after-send';

/** Called at each point; what it throws fails the attempt like a crash there. A no-op in production. */
export type MailSenderHook = (point: MailSendPoint, mail: PendingMail) => Promise<void>;

export const NO_MAIL_SENDER_HOOK: MailSenderHook = async () => {};

/**
 * Sends the mail outbox, one message per transaction: a message is marked sent in the transaction
 * that claimed it, after the server accepted it. A crash or an outage before that commit sends it
 * again later, under the same Message-ID; nothing is lost.
 */
@Injectable()
export class MailSender extends OutboxWorker<PendingMail> {
  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly composer: MailComposer,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(MAIL_SENDER_HOOK) private readonly hook: MailSenderHook,
    transactions: TransactionRunner,
    @Inject(MAIL_SENDER_OPTIONS) options: OutboxWorkerOptions,
  ) {
    super('Sending mail', outbox, transactions, options);
  }

  /** Mails a password reset link (`token`) once the caller's transaction commits. */
  queuePasswordReset(unitOfWork: UnitOfWork, userId: string, key: string, token: string): Promise<void> {
    return this.outbox.enqueueLink(unitOfWork, 'PASSWORD_RESET', userId, key, token);
  }

  /** Mails the link (`token`) that confirms a user's e-mail address once the caller's transaction commits. */
  queueEmailConfirmation(unitOfWork: UnitOfWork, userId: string, key: string, token: string): Promise<void> {
    return this.outbox.enqueueLink(unitOfWork, 'EMAIL_CONFIRMATION', userId, key, token);
  }

  protected async handle(rows: PendingMail[], unitOfWork: UnitOfWork): Promise<void> {
    for (const row of rows) {
      const mail = await this.compose(row, unitOfWork);
      if (!mail) continue;
      await this.hook('before-send', row);
      await this.transport.send(mail);
      await this.hook('after-send', row);
      if (LINK_MAIL_KINDS.includes(row.kind)) await this.outbox.forgetPayload(unitOfWork, row);
    }
  }

  /** The message, or null when there is nothing to send any more (the user stopped mail, or is gone). */
  private async compose(row: PendingMail, unitOfWork: UnitOfWork): Promise<OutgoingMail | null> {
    const to = await this.outbox.recipient(unitOfWork, row.userId);
    if (!to) return null;
    const messageId = this.composer.messageId(row.messageKey);
    if (row.kind === 'PASSWORD_RESET')
      return this.composer.passwordReset(to, row.payload.token ?? '', messageId);
    if (row.kind === 'EMAIL_CONFIRMATION')
      return this.composer.emailConfirmation(to, row.payload.token ?? '', messageId);
    if (!to.wantsNotifications) return null;
    if (row.kind === 'DIGEST') {
      const items = await this.outbox.digestItems(unitOfWork, row);
      return items.length ? this.composer.digest(to, items, row.payload.weekly === true, messageId) : null;
    }
    const notification =
      row.notificationId && (await this.outbox.notification(unitOfWork, row.notificationId));
    return notification ? this.composer.notification(to, notification, messageId) : null;
  }
}

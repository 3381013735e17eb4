import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../core.module';
import { NotificationFanOut } from '../notifications/notification-fan-out';
import { NotificationsModule } from '../notifications/notifications.module';
import { DEFAULT_OUTBOX_WORKER_OPTIONS } from '../outbox/outbox-worker';
import { DigestScheduler, MAIL_CLOCK, SYSTEM_CLOCK } from './digest-scheduler';
import { MailComposer } from './mail-composer';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MAIL_SENDER_HOOK, MAIL_SENDER_OPTIONS, MailSender, NO_MAIL_SENDER_HOOK } from './mail-sender';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { NotificationSettingsRepository } from './notification-settings.repository';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-token';

/** E-mail: notifications at once or in digests, account mail, and the outbox they are sent from. */
@Module({
  imports: [NotificationsModule],
  controllers: [UnsubscribeController],
  providers: [
    MailOutboxRepository,
    MailComposer,
    UnsubscribeTokens,
    NotificationSettingsRepository,
    NotificationSettingsResolver,
    DigestScheduler,
    MailSender,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: createMailTransport },
    { provide: MAIL_SENDER_HOOK, useValue: NO_MAIL_SENDER_HOOK },
    // One message per transaction: a failure resends nothing already marked sent.
    { provide: MAIL_SENDER_OPTIONS, useValue: { ...DEFAULT_OUTBOX_WORKER_OPTIONS, batchSize: 1 } },
    { provide: MAIL_CLOCK, useValue: SYSTEM_CLOCK },
  ],
  exports: [MailComposer, MailSender, DigestScheduler],
})
export class MailModule implements OnModuleInit {
  constructor(
    private readonly fanOut: NotificationFanOut,
    private readonly outbox: MailOutboxRepository,
  ) {}

  onModuleInit(): void {
    this.fanOut.onDelivered((unitOfWork, eventKey) => this.outbox.enqueueForEvent(unitOfWork, eventKey));
  }
}

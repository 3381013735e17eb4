import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { TransactionRunner } from '../database/unit-of-work';
import { MailOutboxRepository } from './mail-outbox.repository';

/** What time it is; tests move it. */
export interface Clock {
  now(): Date;
}
export const MAIL_CLOCK = Symbol('MAIL_CLOCK');
export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

const CHECK_EVERY_MS = 60_000;
/** Held for one run, so one replica at a time enqueues digests. */
const DIGEST_LOCK = "hashtext('lokomotiv.mail.digests')";

/** Enqueues daily and weekly digests once their time (07:00 Europe/Oslo) has come. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestScheduler.name);
  private autoStart = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transactions: TransactionRunner,
    @Inject(MAIL_CLOCK) private readonly clock: Clock,
  ) {}

  startWithApp(): void {
    this.autoStart = true;
  }

  onApplicationBootstrap(): void {
    if (!this.autoStart) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((error: Error) => this.logger.warn(`Digests failed: ${error.message}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Enqueues the digests due now; returns how many, or null when another replica is at it. */
  runOnce(): Promise<number | null> {
    return this.transactions.run(async (unitOfWork) => {
      const [{ locked }] = await unitOfWork.query(
        `SELECT pg_try_advisory_xact_lock(${DIGEST_LOCK}) AS locked`,
      );
      if (!locked) return null;
      return this.outbox.enqueueDueDigests(unitOfWork, this.clock.now());
    });
  }
}

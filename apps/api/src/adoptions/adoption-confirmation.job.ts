import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { SearchKind } from '../search/search-kind';
import { AdoptionRepository, type ConfirmationRequest } from './adoption.repository';
import { AdoptionService } from './adoption.service';
import { confirmationDueAt } from './adoption-confirmation';

const RUN_EVERY_MS = 15 * 60_000;
const BATCH_SIZE = 200;
/** One key for the whole job: whichever replica holds it runs, the others skip this round. */
const JOB_LOCK = "hashtextextended('adoption-confirmation-job', 0)";

export interface ConfirmationRun {
  /** False when another replica held the job's lock. */
  ran: boolean;
  asked: number;
  reminded: number;
  /** Solutions whose counters dropped because a confirmation lapsed. */
  recounted: number;
}

/**
 * Once a year each adopter is asked to confirm its adoption, then reminded; when the grace period
 * passes unconfirmed, the adoption stops counting, and its solution's counters and search document
 * follow in the same transaction. One replica at a time runs it, under an advisory lock.
 */
@Injectable()
export class AdoptionConfirmationJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AdoptionConfirmationJob.name);
  private autoStart = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly adoptions: AdoptionRepository,
    private readonly adoptionService: AdoptionService,
    private readonly notifications: NotificationService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Run in the background once the app has started (the server does; CLI commands do not). */
  startWithApp(): void {
    this.autoStart = true;
  }

  onApplicationBootstrap(): void {
    if (!this.autoStart) return;
    this.timer = setInterval(() => this.runInBackground(), RUN_EVERY_MS);
    this.timer.unref();
    this.runInBackground();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Everything due at the clock's now, in batches, each its own transaction under the job's lock. */
  async runOnce(): Promise<ConfirmationRun> {
    const total: ConfirmationRun = { ran: false, asked: 0, reminded: 0, recounted: 0 };
    for (;;) {
      const batch = await this.transactions.run((unitOfWork) => this.batch(unitOfWork, this.clock.now()));
      if (!batch.ran) return total;
      total.ran = true;
      total.asked += batch.asked;
      total.reminded += batch.reminded;
      total.recounted += batch.recounted;
      if (batch.asked + batch.reminded + batch.recounted === 0) return total;
    }
  }

  private runInBackground(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: Error) => this.logger.warn(`Adoption confirmations failed: ${error.message}`))
      .finally(() => {
        this.running = null;
      });
  }

  private async batch(unitOfWork: UnitOfWork, now: Date): Promise<ConfirmationRun> {
    const [{ locked }] = await unitOfWork.query(`SELECT pg_try_advisory_xact_lock(${JOB_LOCK}) AS locked`);
    if (!locked) return { ran: false, asked: 0, reminded: 0, recounted: 0 };
    const lapsed = await this.adoptions.solutionsWithLapsedAdoptions(unitOfWork, now, BATCH_SIZE);
    for (const solutionId of lapsed.sort())
      await this.adoptionService.recountLapsed(unitOfWork, solutionId, now);
    const asked = await this.adoptions.takeConfirmationRequests(unitOfWork, 'ask', now, BATCH_SIZE);
    const reminded = await this.adoptions.takeConfirmationRequests(unitOfWork, 'remind', now, BATCH_SIZE);
    for (const request of asked)
      await this.notify(unitOfWork, NotificationEvent.ADOPTION_CONFIRMATION_DUE, request);
    for (const request of reminded)
      await this.notify(unitOfWork, NotificationEvent.ADOPTION_CONFIRMATION_REMINDER, request);
    return { ran: true, asked: asked.length, reminded: reminded.length, recounted: lapsed.length };
  }

  private notify(
    unitOfWork: UnitOfWork,
    event: NotificationEvent.ADOPTION_CONFIRMATION_DUE | NotificationEvent.ADOPTION_CONFIRMATION_REMINDER,
    request: ConfirmationRequest,
  ): Promise<void> {
    const dueAt = confirmationDueAt(new Date(request.confirmedAt))?.toISOString() ?? '';
    return this.notifications.notify(
      unitOfWork,
      {
        event,
        eventKey: `${event}:${request.adoptionId}:${dueAt}`,
        subjectKind: SearchKind.SOLUTION,
        subjectId: request.solutionId,
        params: { subjectTitle: request.solutionTitle, dueAt },
      },
      { organizationId: request.organizationId },
      null,
    );
  }
}

import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type TransactionRunner, type UnitOfWork, withSavepoint } from '../database/unit-of-work';
import type { OutboxRow } from './outbox-table.repository';

export interface OutboxWorkerOptions {
  batchSize: number;
  /** Fallback when a notification is missed, and the pace of retries. */
  pollIntervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long processed rows are kept (a search rebuild replays them). */
  keepProcessedMs: number;
}

export const DEFAULT_OUTBOX_WORKER_OPTIONS: OutboxWorkerOptions = {
  batchSize: 200,
  pollIntervalMs: 500,
  retryBaseMs: 1000,
  retryMaxMs: 5 * 60_000,
  keepProcessedMs: 24 * 60 * 60_000,
};

/** One outbox as a worker drains it. */
export interface OutboxQueue<Row extends OutboxRow> {
  claimDue(unitOfWork: UnitOfWork, limit: number): Promise<Row[]>;
  markProcessed(unitOfWork: UnitOfWork, rows: Row[]): Promise<void>;
  markFailed(
    unitOfWork: UnitOfWork,
    rows: Row[],
    delayMs: (attempts: number) => number,
    error: string,
  ): Promise<void>;
  pruneProcessed(olderThanMs: number): Promise<void>;
  /** Calls `onNotified` when rows may have become due. */
  listen(onNotified: () => void, onError: (error: Error) => void): Promise<() => Promise<void>>;
}

const PRUNE_EVERY_MS = 10 * 60_000;
const LISTEN_RETRY_MS = 500;
const LISTEN_RETRY_MAX_MS = 30_000;

/**
 * Drains an outbox: woken by PostgreSQL notifications when a write commits (so its effect follows
 * within milliseconds), and by a short poll. Several api processes can run it at once: rows are
 * claimed with FOR UPDATE SKIP LOCKED. A batch that fails stays in the outbox and is retried with
 * exponential backoff; nothing is dropped.
 */
export abstract class OutboxWorker<Row extends OutboxRow> implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger: Logger;
  private autoStart = false;
  private running = false;
  private stopping = false;
  private prepared = false;
  /** Set while handling fails, so the log says so once, and once more when it recovers. */
  private failing = false;
  private wakeAgain = false;
  private draining: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  /** Counts listener connections, so a lost one's late callbacks are ignored. */
  private listener = 0;
  private listenFailures = 0;
  private relisten: NodeJS.Timeout | null = null;
  private lastPrune = 0;
  /** Batches (or preparations) that failed since start, for the metrics. */
  failures = 0;

  protected constructor(
    /** What the worker does, for the log: "Search indexing". */
    private readonly task: string,
    private readonly queue: OutboxQueue<Row>,
    private readonly transactions: TransactionRunner,
    private readonly options: OutboxWorkerOptions,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /**
   * Handles a batch at least once, so it must be idempotent. `unitOfWork` is the claiming
   * transaction, whose writes commit with the rows marked processed; there is none when
   * `handlesUnderLease`.
   */
  protected abstract handle(rows: Row[], unitOfWork?: UnitOfWork): Promise<void>;

  /**
   * Set by a worker whose `handle` waits on another system (a search engine's task): its queue
   * leases the rows it claims in a short transaction, and they are marked in another once handled,
   * so no database transaction stays open meanwhile.
   */
  protected readonly handlesUnderLease: boolean = false;

  /** Runs before the first batch, and again after a failure until it succeeds. */
  protected async prepare(): Promise<void> {}

  /** Work in the background once the app has started (the server does; CLI commands do not). */
  startWithApp(): void {
    this.autoStart = true;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.autoStart) await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.timer.unref();
    await this.listen();
    this.wake();
  }

  /** Listens for notifications; a lost connection (a database restart) is reopened with backoff. */
  private async listen(): Promise<void> {
    const listener = ++this.listener;
    try {
      const stop = await this.queue.listen(
        () => this.wake(),
        (error) => this.listenerLost(listener, error),
      );
      if (listener !== this.listener || !this.running) return void stop().catch(() => {});
      this.stopListening = stop;
      if (this.listenFailures) this.logger.log('Outbox notifications restored');
      this.listenFailures = 0;
      this.wake();
    } catch (error) {
      this.listenerLost(listener, error as Error);
    }
  }

  private listenerLost(listener: number, error: Error): void {
    if (listener !== this.listener || !this.running) return;
    this.listener++;
    void this.stopListening?.().catch(() => {});
    this.stopListening = null;
    if (!this.listenFailures)
      this.logger.warn(`Outbox notifications lost, polling until they return: ${error.message}`);
    const delay = Math.min(LISTEN_RETRY_MS * 2 ** this.listenFailures++, LISTEN_RETRY_MAX_MS);
    this.relisten = setTimeout(() => void this.listen(), delay);
    this.relisten.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relisten) clearTimeout(this.relisten);
    this.timer = null;
    this.listener++;
    await this.draining;
    await this.stopListening?.().catch(() => {});
    this.stopListening = null;
  }

  /** Resolves once everything due now has been handled (or failed and been rescheduled). */
  async drainNow(): Promise<void> {
    while (this.draining) await this.draining;
    await this.drainUntilIdle();
  }

  private wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drainUntilIdle().finally(() => {
      this.draining = null;
    });
  }

  private async drainUntilIdle(): Promise<void> {
    do {
      this.wakeAgain = false;
      try {
        if (!this.prepared) await this.prepare();
        this.prepared = true;
        while (!this.stopping && (await this.drainBatch()) === this.options.batchSize) {}
        await this.pruneNowAndThen();
      } catch (error) {
        this.reportFailure(error);
      }
    } while (this.wakeAgain && !this.stopping);
  }

  private drainBatch(): Promise<number> {
    return this.handlesUnderLease ? this.drainLeasedBatch() : this.drainBatchInTransaction();
  }

  private drainBatchInTransaction(): Promise<number> {
    return this.transactions.run(async (unitOfWork) => {
      const rows = await this.queue.claimDue(unitOfWork, this.options.batchSize);
      if (!rows.length) return 0;
      try {
        // A savepoint, so a failed database write still leaves the transaction able to count the failure.
        await withSavepoint(unitOfWork, (savepoint) => this.handle(rows, savepoint));
        await this.queue.markProcessed(unitOfWork, rows);
        this.reportSuccess();
      } catch (error) {
        await this.markFailed(unitOfWork, rows, error);
      }
      return rows.length;
    });
  }

  /** Claims (leases) rows and commits, handles them outside any transaction, then marks them. */
  private async drainLeasedBatch(): Promise<number> {
    const rows = await this.transactions.run((unitOfWork) =>
      this.queue.claimDue(unitOfWork, this.options.batchSize),
    );
    if (!rows.length) return 0;
    try {
      await this.handle(rows);
    } catch (error) {
      await this.transactions.run((unitOfWork) => this.markFailed(unitOfWork, rows, error));
      return rows.length;
    }
    await this.transactions.run((unitOfWork) => this.queue.markProcessed(unitOfWork, rows));
    this.reportSuccess();
    return rows.length;
  }

  private async markFailed(unitOfWork: UnitOfWork, rows: Row[], error: unknown): Promise<void> {
    this.reportFailure(error);
    await this.queue.markFailed(
      unitOfWork,
      rows,
      (attempts) => this.retryDelayMs(attempts),
      errorMessage(error),
    );
  }

  private reportFailure(error: unknown): void {
    this.failures++;
    if (!this.failing) this.logger.warn(`${this.task} failed, retrying with backoff: ${errorMessage(error)}`);
    this.failing = true;
  }

  private reportSuccess(): void {
    if (this.failing) this.logger.log(`${this.task} recovered`);
    this.failing = false;
  }

  private retryDelayMs(attempts: number): number {
    return Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), this.options.retryMaxMs);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.queue.pruneProcessed(this.options.keepProcessedMs);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { TransactionRunner } from '../database/unit-of-work';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SearchIndexRebuilder, syncDocuments } from './search-index-rebuilder';
import { type OutboxEntry, SearchOutboxRepository } from './search-outbox.repository';
import { SearchSourceRepository } from './search-source.repository';

export interface SearchIndexerOptions {
  batchSize: number;
  /** Fallback when a notification is missed, and the pace of retries. */
  pollIntervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long processed outbox rows are kept for a rebuild to replay. */
  keepProcessedMs: number;
}

export const SEARCH_INDEXER_OPTIONS = Symbol('SEARCH_INDEXER_OPTIONS');

export const DEFAULT_INDEXER_OPTIONS: SearchIndexerOptions = {
  batchSize: 200,
  pollIntervalMs: 500,
  retryBaseMs: 1000,
  retryMaxMs: 5 * 60_000,
  keepProcessedMs: 24 * 60 * 60_000,
};

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Drains the search outbox into the engine. Woken by PostgreSQL notifications when a write
 * commits (so a publish is searchable within milliseconds), and by a short poll. Several api
 * processes can run it at once: rows are claimed with FOR UPDATE SKIP LOCKED. While the engine
 * fails, rows stay in the outbox and are retried with exponential backoff; nothing is dropped.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SearchIndexer.name);
  private autoStart = false;
  private running = false;
  private stopping = false;
  private prepared = false;
  /** Set while the engine fails, so the log says so once, and once more when it recovers. */
  private failing = false;
  private wakeAgain = false;
  private draining: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private lastPrune = 0;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly outbox: SearchOutboxRepository,
    private readonly source: SearchSourceRepository,
    private readonly rebuilder: SearchIndexRebuilder,
    private readonly transactions: TransactionRunner,
    @Inject(SEARCH_INDEXER_OPTIONS) private readonly options: SearchIndexerOptions,
  ) {}

  /** Index in the background once the app has started (the server does; CLI commands do not). */
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
    this.stopListening = await this.outbox
      .listen(
        () => this.wake(),
        (error) => this.logger.warn(`Outbox notifications lost, polling only: ${error.message}`),
      )
      .catch((error: Error) => {
        this.logger.warn(`Cannot listen for outbox notifications, polling only: ${error.message}`);
        return null;
      });
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.draining;
    await this.stopListening?.().catch(() => {});
    this.stopListening = null;
  }

  /** Resolves once everything due now has been handed to the engine (or failed and rescheduled). */
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
        while (!this.stopping && (await this.drainBatch()) === this.options.batchSize) {}
        await this.pruneNowAndThen();
      } catch (error) {
        this.reportFailure(error);
      }
    } while (this.wakeAgain && !this.stopping);
  }

  /** Applies the engine's settings, and fills an index that is empty while searchable rows exist. */
  private async prepare(): Promise<void> {
    await this.engine.prepare();
    if ((await this.engine.count()) === 0 && (await this.source.countSearchable()) > 0) {
      await this.rebuilder.rebuild();
    }
    this.prepared = true;
  }

  private drainBatch(): Promise<number> {
    return this.transactions.run(async (unitOfWork) => {
      const entries = await this.outbox.claimDue(unitOfWork, this.options.batchSize);
      if (!entries.length) return 0;
      try {
        await this.apply(entries);
        await this.outbox.markProcessed(unitOfWork, entries);
        this.reportSuccess();
      } catch (error) {
        this.reportFailure(error);
        const message = errorMessage(error);
        await this.outbox.markFailed(unitOfWork, entries, (attempts) => this.retryDelayMs(attempts), message);
      }
      return entries.length;
    });
  }

  private apply(entries: OutboxEntry[]): Promise<void> {
    return syncDocuments(
      this.source,
      this.engine,
      entries.map((entry) => ({ kind: entry.kind, id: entry.documentId })),
    );
  }

  private reportFailure(error: unknown): void {
    if (!this.failing)
      this.logger.warn(`Search indexing failed, retrying with backoff: ${errorMessage(error)}`);
    this.failing = true;
  }

  private reportSuccess(): void {
    if (this.failing) this.logger.log('Search indexing recovered');
    this.failing = false;
  }

  private retryDelayMs(attempts: number): number {
    return Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), this.options.retryMaxMs);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.outbox.pruneProcessed(this.options.keepProcessedMs);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

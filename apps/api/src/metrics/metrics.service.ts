import { Injectable } from '@nestjs/common';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { NotificationFanOut } from '../notifications/notification-fan-out';
import { OutboxLagRepository } from '../outbox/outbox-lag.repository';
import type { OutboxWorker } from '../outbox/outbox-worker';
import { SearchIndexer } from '../search/search-indexer';

/** Operation names are the client's choice; past this many, new ones are counted as "other". */
const MAX_OPERATION_NAMES = 200;

/** This process's Prometheus metrics (one registry per app, so several apps can share a process). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly duration = new Histogram({
    name: 'lokomotiv_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name, from receipt to response',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'lokomotiv_graphql_errors_total',
    help: 'Errors sent to GraphQL clients, by extensions.code',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(outboxLag: OutboxLagRepository, indexer: SearchIndexer, fanOut: NotificationFanOut) {
    collectDefaultMetrics({ register: this.registry, prefix: 'lokomotiv_' });
    new Gauge({
      name: 'lokomotiv_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet processed',
      labelNames: ['outbox'],
      registers: [this.registry],
      async collect() {
        for (const [outbox, lag] of Object.entries(await outboxLag.lagSeconds())) this.set({ outbox }, lag);
      },
    });
    const workers: [string, Pick<OutboxWorker<never>, 'failures'>][] = [
      ['search_indexer', indexer],
      ['notification_fan_out', fanOut],
    ];
    new Counter({
      name: 'lokomotiv_outbox_worker_failures_total',
      help: 'Failed batches of each outbox worker since the process started (the search indexer is search_indexer)',
      labelNames: ['worker'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [worker, instance] of workers) this.inc({ worker }, instance.failures);
      },
    });
  }

  observeRequest(operationName: string | undefined | null, seconds: number, errorCodes: string[]): void {
    this.duration.observe({ operation: this.operationLabel(operationName) }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  private operationLabel(name: string | undefined | null): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z]\w{0,63}$/.test(name)) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

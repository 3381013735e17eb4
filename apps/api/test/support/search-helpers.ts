import type { DocumentRef, SearchEngine, SearchRequest } from '../../src/search/search-engine';
import type { TestApp } from './test-app';

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the outbox holds nothing left to index. */
export function outboxDrained(api: TestApp, timeoutMs = 5000): Promise<true> {
  return eventually(
    async () => ((await api.count('search_outbox', 'processed_at IS NULL')) === 0 ? true : undefined),
    timeoutMs,
  );
}

/** Resolves once every write so far has reached the index and every event its notifications. */
export function notificationsDelivered(api: TestApp, timeoutMs = 10_000): Promise<true> {
  const pending =
    '(SELECT count(*) FROM search_outbox WHERE processed_at IS NULL) + (SELECT count(*) FROM notification_outbox WHERE processed_at IS NULL)';
  return eventually(async () => {
    const [row] = (await api.dataSource.query(`SELECT ${pending} AS n`)) as { n: string }[];
    return Number(row.n) === 0 ? true : undefined;
  }, timeoutMs);
}

/** An engine that fails every call while `failing` is set: the search engine being down. */
export class FailingSearchEngine implements SearchEngine {
  readonly name = 'failing';
  failing = false;
  failures = 0;

  constructor(private readonly inner: SearchEngine) {}

  private guard(): void {
    if (!this.failing) return;
    this.failures++;
    throw new Error('search engine unavailable (test)');
  }

  async prepare() {
    this.guard();
    return this.inner.prepare();
  }
  async upsert(documents: Parameters<SearchEngine['upsert']>[0]) {
    this.guard();
    return this.inner.upsert(documents);
  }
  async delete(refs: DocumentRef[]) {
    this.guard();
    return this.inner.delete(refs);
  }
  async search(request: SearchRequest) {
    this.guard();
    return this.inner.search(request);
  }
  async count() {
    this.guard();
    return this.inner.count();
  }
  async beginRebuild() {
    this.guard();
    return this.inner.beginRebuild();
  }
}

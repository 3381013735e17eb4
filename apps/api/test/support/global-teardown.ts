import { dropDatabase, testServerFromEnv } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(testServerFromEnv(), testServerFromEnv().templateName);
  const server = (globalThis as Record<string, unknown>).__lokomotivTestServer as
    | { stop(): Promise<void> }
    | undefined;
  await server?.stop();
  const stopMeilisearch = (globalThis as Record<string, unknown>).__lokomotivTestMeilisearch as
    | (() => Promise<void>)
    | undefined;
  await stopMeilisearch?.();
}

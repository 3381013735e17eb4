import DataLoader from 'dataloader';
import type { Request } from 'express';

/** Who is calling, as the services see it. */
export interface Viewer {
  userId: string;
  organizationId: string;
  organizationKind: string;
  role: 'MEMBER' | 'ADMIN';
  isPlatformAdmin: boolean;
  /** The signed-in session the request came with; logout ends it. */
  sessionId: string;
}

/** The bearer token of a request, if it carries one. */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

export interface RequestContext {
  req: Request;
  viewer: Viewer | null;
  loaders: Map<string, DataLoader<string, unknown>>;
}

/**
 * One DataLoader per request and name, created on first use, so every resolver that needs
 * "organisation by id" in one request shares a single batched query.
 */
export function loaderFor<V>(
  context: RequestContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<ReadonlyArray<V>>,
): DataLoader<string, V> {
  let loader = context.loaders.get(name);
  if (!loader) {
    loader = new DataLoader<string, unknown>(batch);
    context.loaders.set(name, loader);
  }
  return loader as DataLoader<string, V>;
}

/** Orders rows to match the keys a DataLoader asked for. */
export function byKeys<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups rows under the keys a DataLoader asked for. */
export function groupByKeys<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

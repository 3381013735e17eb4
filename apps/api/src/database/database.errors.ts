import { errorsOf, type ReasonCodes } from '../common/domain-error';

export const DATABASE_REASONS = {
  /** PostgreSQL cannot be reached right now; the request may be retried. */
  DATABASE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const satisfies ReasonCodes;

export const databaseError = errorsOf(DATABASE_REASONS);

/** Socket errors and PostgreSQL's connection-exception (08) and operator-intervention (57P) classes. */
const UNAVAILABLE_CODES =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|08...|57P0[1-3])$/;
/** What node-postgres throws without a code when a connection drops or cannot be made in time. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established/i;

/** Where errors keep what they wrap: TypeORM, graphql-js (a non-Error thrown), AggregateError, `cause`. */
const WRAPPED = ['driverError', 'originalError', 'thrownValue', 'cause'] as const;

/**
 * True when `error` (or what it wraps) says PostgreSQL is unreachable, not that a query was wrong.
 * Duck-typed: socket errors come from Node's own realm, which `instanceof Error` misses under Jest.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const fields = error as Record<string, unknown>;
  if (typeof fields.code === 'string' && UNAVAILABLE_CODES.test(fields.code)) return true;
  if (typeof fields.message === 'string' && UNAVAILABLE_MESSAGES.test(fields.message)) return true;
  const inner = [
    ...WRAPPED.map((key) => fields[key]),
    ...(Array.isArray(fields.errors) ? fields.errors : []),
  ];
  return inner.some((wrapped) => isDatabaseUnavailable(wrapped, depth + 1));
}

export const databaseUnavailable = () =>
  databaseError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');

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

/** True when `error` (or what it wraps) says PostgreSQL is unreachable, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code, driverError, originalError, cause } = error as Error & Record<string, unknown>;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
  )
    return true;
  return [driverError, originalError, cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

export const databaseUnavailable = () =>
  databaseError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly');

import { ACCOUNT_REASONS } from '../accounts/account.errors';
import { ADOPTION_REASONS } from '../adoptions/adoption.errors';
import { AUDIT_REASONS } from '../audit/audit.errors';
import { AUTH_REASONS } from '../auth/auth.errors';
import { COMMON_REASONS, type ErrorCode, type ReasonCodes } from '../common/domain-error';
import { DATABASE_REASONS } from '../database/database.errors';
import { GRAPHQL_REASONS } from '../graphql/graphql.errors';
import { LANDSCAPE_REASONS } from '../landscapes/landscape.errors';
import { NEED_REASONS } from '../needs/need.errors';
import { ORGANIZATION_REASONS } from '../organizations/organization.errors';
import { PROCUREMENT_REASONS } from '../procurement/procurement.errors';
import { PUBLICCODE_REASONS } from '../publiccode/publiccode.errors';
import { RATE_LIMIT_REASONS } from '../rate-limit/rate-limit.errors';
import { SOLUTION_REASONS } from '../solutions/solution.errors';
import { SYSTEM_REASONS } from '../systems/system.errors';
import { USER_REASONS } from '../users/user.errors';

/** Every module's refusals. A new module's reason map goes here, so clients learn of its reasons. */
const MODULE_REASONS: Record<string, ReasonCodes> = {
  common: COMMON_REASONS,
  graphql: GRAPHQL_REASONS,
  database: DATABASE_REASONS,
  organizations: ORGANIZATION_REASONS,
  users: USER_REASONS,
  auth: AUTH_REASONS,
  accounts: ACCOUNT_REASONS,
  solutions: SOLUTION_REASONS,
  systems: SYSTEM_REASONS,
  adoptions: ADOPTION_REASONS,
  needs: NEED_REASONS,
  procurement: PROCUREMENT_REASONS,
  rateLimit: RATE_LIMIT_REASONS,
  audit: AUDIT_REASONS,
  publiccode: PUBLICCODE_REASONS,
  landscapes: LANDSCAPE_REASONS,
};

/** The reason of an unexpected failure, which carries the code INTERNAL_SERVER_ERROR. */
export const INTERNAL_REASON = 'INTERNAL_ERROR';

/**
 * Every reason a client may receive, each with its code, sorted. A reason two modules share must
 * mean the same code in both; otherwise this throws, so `pnpm schema` and its test fail.
 */
export function allErrorReasons(): [string, ErrorCode | 'INTERNAL_SERVER_ERROR'][] {
  const all = new Map<string, ErrorCode | 'INTERNAL_SERVER_ERROR'>([
    [INTERNAL_REASON, 'INTERNAL_SERVER_ERROR'],
  ]);
  for (const [module, reasons] of Object.entries(MODULE_REASONS)) {
    for (const [reason, code] of Object.entries(reasons)) {
      if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(reason))
        throw new Error(`${module}: ${reason} is not SCREAMING_SNAKE_CASE`);
      const known = all.get(reason);
      if (known && known !== code)
        throw new Error(`${module}: ${reason} is ${code} here but ${known} elsewhere`);
      all.set(reason, code);
    }
  }
  return [...all].sort(([a], [b]) => a.localeCompare(b));
}

/** At most `points` in `seconds`. */
export interface RateRule {
  points: number;
  seconds: number;
}

/** Who a limit counts: the logged-in user, or the client address. */
export type RateScope = 'account' | 'address';
export const RATE_SCOPES: readonly RateScope[] = ['account', 'address'];

export type OperationLimits = Partial<Record<RateScope, RateRule>>;

export interface RateLimits {
  /** Password guesses per account and client address; guesses past it are refused unchecked. */
  loginGuesses: RateRule;
  /** For every mutation without a rule of its own for a scope. */
  defaults: Record<RateScope, RateRule>;
  /** Per mutation, by field name. */
  mutations: Record<string, OperationLimits>;
}

const per = (points: number, seconds: number): RateRule => ({ points, seconds });
const MINUTE = 60;
const HOUR = 3600;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginGuesses: per(10, 15 * MINUTE),
  // Generous per address: a municipality's office sits behind one address.
  defaults: { account: per(60, MINUTE), address: per(600, MINUTE) },
  mutations: {
    login: { address: per(100, 15 * MINUTE) },
    // Each sign-up creates an organisation, and may tell whether an email is taken.
    registerCompany: { address: per(5, HOUR) },
    // A question notifies every member of the need's organisation.
    askNeedQuestion: { account: per(5, 10 * MINUTE), address: per(20, 10 * MINUTE) },
    answerNeedQuestion: { account: per(20, 10 * MINUTE) },
    respondToNeed: { account: per(10, 10 * MINUTE) },
    // Checks the current password: a stolen token must not become a password oracle.
    changePassword: { account: per(5, 15 * MINUTE) },
    // Each request may mail someone; a token is 256 random bits, so guessing is hopeless anyway.
    requestPasswordReset: { address: per(5, 15 * MINUTE) },
    resetPassword: { address: per(20, 15 * MINUTE) },
    createUser: { account: per(30, HOUR) },
    createOrganization: { account: per(30, HOUR) },
    saveSearch: { account: per(20, 10 * MINUTE) },
  },
};

export class RateLimitsError extends Error {}

const ENTRY = /^([A-Za-z]+|\*)\.(account|address)=(\d+)\/(\d+)$/;
const RULE = /^(\d+)\/(\d+)$/;

/**
 * The defaults with overrides from `RATE_LIMITS`, a comma-separated list of
 * `<mutation>.<account|address>=<points>/<seconds>` (`*` for every mutation, `default` for those
 * without their own rule), and `LOGIN_GUESSES` as `<points>/<seconds>`.
 */
export function readRateLimits(rateLimits: string | undefined, loginGuesses: string | undefined): RateLimits {
  const defaults = { ...DEFAULT_RATE_LIMITS.defaults };
  const mutations = structuredClone(DEFAULT_RATE_LIMITS.mutations);
  const entries = (rateLimits ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseEntry);
  // Wildcards first, so a named mutation's own entry wins over `*`.
  for (const { scope, rule } of entries.filter((entry) => entry.operation === '*')) {
    for (const limits of Object.values(mutations)) limits[scope] = rule;
    defaults[scope] = rule;
  }
  for (const { operation, scope, rule } of entries.filter((entry) => entry.operation !== '*')) {
    if (operation === 'default') defaults[scope] = rule;
    else mutations[operation] = { ...mutations[operation], [scope]: rule };
  }
  return {
    loginGuesses: loginGuesses ? parseRule('LOGIN_GUESSES', loginGuesses) : DEFAULT_RATE_LIMITS.loginGuesses,
    defaults,
    mutations,
  };
}

function parseEntry(entry: string): { operation: string; scope: RateScope; rule: RateRule } {
  const match = ENTRY.exec(entry);
  if (!match)
    throw new RateLimitsError(
      `RATE_LIMITS entries look like askNeedQuestion.account=5/600 (mutation or *, account or address, points/seconds), got "${entry}"`,
    );
  const [, operation, scope, points, seconds] = match;
  return {
    operation,
    scope: scope as RateScope,
    rule: positiveRule('RATE_LIMITS', entry, +points, +seconds),
  };
}

function parseRule(name: string, value: string): RateRule {
  const match = RULE.exec(value.trim());
  if (!match) throw new RateLimitsError(`${name} must look like 10/900 (points/seconds), got "${value}"`);
  return positiveRule(name, value, +match[1], +match[2]);
}

function positiveRule(name: string, text: string, points: number, seconds: number): RateRule {
  if (points < 1 || seconds < 1)
    throw new RateLimitsError(`${name}: points and seconds must be at least 1, got "${text}"`);
  return { points, seconds };
}

/** The rule that applies to a mutation for one scope. */
export function ruleFor(limits: RateLimits, operation: string, scope: RateScope): RateRule {
  const own = Object.hasOwn(limits.mutations, operation) ? limits.mutations[operation][scope] : undefined;
  return own ?? limits.defaults[scope];
}

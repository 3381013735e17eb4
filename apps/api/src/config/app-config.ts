import proxyaddr from 'proxy-addr';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from './query-limits';
import { type RateLimits, RateLimitsError, readRateLimits } from './rate-limits';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  port: number;
  /** Absent: the api starts its own embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  /** The live Meilisearch index. */
  meiliIndex: string;
  /** Partitions of the PostgreSQL search index, searched concurrently (one connection each). */
  searchShards: number;
  /** Absent outside production: a secret is generated once and kept in `dataDir`. */
  jwtSecret?: string;
  seedDemo: boolean;
  nodeEnv: NodeEnv;
  /** Directory of the built web app served at `/`, when it exists. */
  webDistDir?: string;
  /** How long a public page may take to render on the server before its empty shell is sent; 0: never rendered. */
  serverRenderTimeoutMs: number;
  /** Absent: rate limits are counted in PostgreSQL. */
  redisUrl?: string;
  /** Proxies whose X-Forwarded-For names the client (addresses, CIDR ranges or `loopback`); empty: none. */
  trustedProxies: string[];
  rateLimits: RateLimits;
  /** The site's absolute URL without a trailing slash: links in feeds and messages, never the Host header. */
  publicUrl: string;
  /** Schema introspection and "Did you mean" hints in errors; off by default in production. */
  introspection: boolean;
  logLevel: LogLevel;
  /** Bearer token for `GET /metrics`; absent: only loopback clients may read it. */
  metricsToken?: string;
  /** Absent: mail is written as .eml files under `dataDir`/mail. */
  smtpUrl?: string;
  mailFrom: string;
  queryLimits: QueryLimits;
  /** How long the public statistics are kept in memory before they are computed again; 0: never kept. */
  statisticsCacheSeconds: number;
  /** Who publishes the DCAT catalogue at /catalog: the operator, by its organisation number. */
  catalogPublisher: { name: string; organizationNumber?: string };
  /** Ansattporten (OpenID Connect); absent: no SSO button. */
  oidc?: OidcConfig;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The Altinn 3 resource the rich authorization request names. */
  altinnResource: string;
  /** `ansattporten:altinn:resource` (Altinn 3); Altinn 2's `ansattporten:altinn:service` is being retired. */
  authorizationDetailsType: string;
  acrValues: string;
  /** The demo's own test provider, served by this api at `/test-idp`: never in production. */
  testProvider: boolean;
}

/** The demo client the in-process test provider knows. */
export const TEST_PROVIDER = {
  path: '/test-idp',
  clientId: 'lokomotiv-demo',
  clientSecret: 'lokomotiv-demo-secret-not-for-production',
  altinnResource: 'lokomotiv-demo',
} as const;

const OIDC_REQUIRED = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_ALTINN_RESOURCE'];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

/** One per core of the reference machine (2 cores). */
export const DEFAULT_SEARCH_SHARDS = 2;
/** Each shard holds a pooled connection while a search runs. */
const MAX_SEARCH_SHARDS = 16;

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = readNodeEnv(env);
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const jwtSecret = blankToUndefined(env.JWT_SECRET);
  if (nodeEnv === 'production' && !jwtSecret)
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters long');
  }
  const port = readPort(env);
  const seedDemo = readBoolean(env, 'SEED_DEMO', !databaseUrl && nodeEnv !== 'production');
  const publicUrl = (readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(
    /\/+$/,
    '',
  );
  return {
    port,
    databaseUrl,
    dataDir: blankToUndefined(env.DATA_DIR) ?? '.data',
    meiliUrl: readUrl(env, 'MEILI_URL', ['http:', 'https:']),
    meiliMasterKey: blankToUndefined(env.MEILI_MASTER_KEY),
    meiliIndex: blankToUndefined(env.MEILI_INDEX) ?? 'lokomotiv',
    searchShards: readWholeNumber(env, 'SEARCH_SHARDS', DEFAULT_SEARCH_SHARDS, {
      min: 1,
      max: MAX_SEARCH_SHARDS,
    }),
    jwtSecret,
    seedDemo,
    nodeEnv,
    webDistDir: blankToUndefined(env.WEB_DIST_DIR),
    serverRenderTimeoutMs: readWholeNumber(env, 'SERVER_RENDER_TIMEOUT_MS', 300, { min: 0, max: 10_000 }),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    trustedProxies: readTrustedProxies(env),
    rateLimits: readRateLimitsFrom(env),
    publicUrl,
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    logLevel: readLogLevel(env, nodeEnv),
    metricsToken: blankToUndefined(env.METRICS_TOKEN),
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: blankToUndefined(env.MAIL_FROM) ?? 'Lokomotiv <noreply@localhost>',
    queryLimits: readQueryLimits(env),
    statisticsCacheSeconds: readWholeNumber(env, 'STATISTICS_CACHE_SECONDS', 60, { min: 0, max: 86_400 }),
    catalogPublisher: readCatalogPublisher(env),
    oidc: readOidc(env, nodeEnv, seedDemo, publicUrl),
  };
}

/** All four OIDC_* variables, or none; none in demo mode outside production: the in-process test provider. */
function readOidc(env: Env, nodeEnv: NodeEnv, seedDemo: boolean, publicUrl: string): OidcConfig | undefined {
  const common = {
    authorizationDetailsType:
      blankToUndefined(env.OIDC_AUTHORIZATION_DETAILS_TYPE) ?? 'ansattporten:altinn:resource',
    acrValues: blankToUndefined(env.OIDC_ACR_VALUES) ?? 'idporten-loa-substantial',
  };
  const given = OIDC_REQUIRED.filter((name) => blankToUndefined(env[name]) !== undefined);
  const testProvider = readBoolean(
    env,
    'OIDC_TEST_PROVIDER',
    given.length === 0 && seedDemo && nodeEnv !== 'production',
  );
  if (testProvider && nodeEnv === 'production')
    throw new ConfigError('OIDC_TEST_PROVIDER must not be true when NODE_ENV=production');
  if (testProvider) {
    if (given.length > 0)
      throw new ConfigError(`OIDC_TEST_PROVIDER=true cannot be combined with ${given.join(', ')}`);
    return {
      ...common,
      issuerUrl: `${publicUrl}${TEST_PROVIDER.path}`,
      clientId: TEST_PROVIDER.clientId,
      clientSecret: TEST_PROVIDER.clientSecret,
      altinnResource: TEST_PROVIDER.altinnResource,
      testProvider: true,
    };
  }
  if (given.length === 0) return undefined;
  const missing = OIDC_REQUIRED.filter((name) => !given.includes(name));
  if (missing.length > 0)
    throw new ConfigError(`${missing.join(', ')} must be set together with ${given.join(', ')}`);
  const issuerUrl = readUrl(
    env,
    'OIDC_ISSUER_URL',
    nodeEnv === 'production' ? ['https:'] : ['http:', 'https:'],
  );
  return {
    ...common,
    issuerUrl: issuerUrl as string,
    clientId: env.OIDC_CLIENT_ID?.trim() as string,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() as string,
    altinnResource: env.OIDC_ALTINN_RESOURCE?.trim() as string,
    testProvider: false,
  };
}

function readCatalogPublisher(env: Env): AppConfig['catalogPublisher'] {
  const organizationNumber = blankToUndefined(env.CATALOG_PUBLISHER_ORGANIZATION_NUMBER);
  if (organizationNumber !== undefined && !/^\d{9}$/.test(organizationNumber))
    throw new ConfigError('CATALOG_PUBLISHER_ORGANIZATION_NUMBER must be a 9-digit organisation number');
  return { name: blankToUndefined(env.CATALOG_PUBLISHER_NAME) ?? 'Lokomotiv', organizationNumber };
}

function readTrustedProxies(env: Env): string[] {
  const raw = blankToUndefined(env.TRUSTED_PROXIES) ?? 'loopback';
  if (raw === 'none') return [];
  const proxies = raw.split(',').map((proxy) => proxy.trim());
  try {
    proxyaddr.compile(proxies);
  } catch (error) {
    throw new ConfigError(
      `TRUSTED_PROXIES: ${(error as Error).message} (give addresses, CIDR ranges, loopback or none)`,
    );
  }
  return proxies;
}

function readRateLimitsFrom(env: Env): RateLimits {
  try {
    return readRateLimits(blankToUndefined(env.RATE_LIMITS), blankToUndefined(env.LOGIN_GUESSES));
  } catch (error) {
    if (error instanceof RateLimitsError) throw new ConfigError(error.message);
    throw error;
  }
}

function readQueryLimits(env: Env): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const [key, name] of Object.entries(QUERY_LIMIT_VARIABLES) as [keyof QueryLimits, string][]) {
    const raw = blankToUndefined(env[name]);
    if (raw === undefined) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1)
      throw new ConfigError(`${name} must be a whole number of 1 or more, got "${raw}"`);
    limits[key] = Number(raw);
  }
  return limits;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readNodeEnv(env: Env): NodeEnv {
  const value = blankToUndefined(env.NODE_ENV) ?? 'development';
  if (value !== 'development' && value !== 'production' && value !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${value}"`);
  }
  return value;
}

function readLogLevel(env: Env, nodeEnv: NodeEnv): LogLevel {
  const value = blankToUndefined(env.LOG_LEVEL)?.toLowerCase() ?? (nodeEnv === 'test' ? 'warn' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  }
  return value as LogLevel;
}

function readPort(env: Env): number {
  return readWholeNumber(env, 'PORT', 3000, { min: 1, max: 65535 });
}

function readWholeNumber(
  env: Env,
  name: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = blankToUndefined(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

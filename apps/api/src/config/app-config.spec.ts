import { ConfigError, loadConfig } from './app-config';
import { DEFAULT_QUERY_LIMITS } from './query-limits';
import { ruleFor } from './rate-limits';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      seedDemo: true,
      nodeEnv: 'development',
      searchShards: 2,
      statisticsCacheSeconds: 60,
    });
    expect(loadConfig({ SEARCH_SHARDS: '5' }).searchShards).toBe(5);
    expect(loadConfig({ STATISTICS_CACHE_SECONDS: '0' }).statisticsCacheSeconds).toBe(0);
  });

  it('builds links from PUBLIC_URL, by default the local port, and turns introspection off in production', () => {
    expect(loadConfig({ PORT: '4000' })).toMatchObject({
      publicUrl: 'http://localhost:4000',
      introspection: true,
      logLevel: 'info',
    });
    expect(loadConfig({ PUBLIC_URL: 'https://lokomotiv.no/' }).publicUrl).toBe('https://lokomotiv.no');
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).introspection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('warn');
    expect(loadConfig({ METRICS_TOKEN: ' t ' }).metricsToken).toBe('t');
  });

  it('turns demo data off by default with an external database or in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ SEARCH_SHARDS: '0' }, /^SEARCH_SHARDS must be a whole number from 1 to 16, got "0"/],
    [{ SEARCH_SHARDS: '2.5' }, /^SEARCH_SHARDS must be a whole number/],
    [{ SEARCH_SHARDS: '17' }, /^SEARCH_SHARDS must be a whole number/],
    [{ STATISTICS_CACHE_SECONDS: '-1' }, /^STATISTICS_CACHE_SECONDS must be a whole number from 0 to 86400/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must start with/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL is not a valid URL/],
    [{ MEILI_URL: 'ftp://x' }, /^MEILI_URL must start with/],
    [{ SEED_DEMO: 'maybe' }, /^SEED_DEMO must be true or false/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV must be/],
    [{ NODE_ENV: 'production' }, /^JWT_SECRET is required/],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32/],
    [{ REDIS_URL: 'http://localhost:6379' }, /^REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    [{ TRUSTED_PROXIES: '10.0.0.1/33' }, /^TRUSTED_PROXIES: invalid range/],
    [{ TRUSTED_PROXIES: 'proxy.example' }, /^TRUSTED_PROXIES: invalid IP address/],
    [{ RATE_LIMITS: 'login=5' }, /^RATE_LIMITS entries look like/],
    [{ RATE_LIMITS: 'login.address=0/60' }, /^RATE_LIMITS: points and seconds must be at least 1/],
    [{ LOGIN_GUESSES: 'ten' }, /^LOGIN_GUESSES must look like 10\/900/],
    [{ QUERY_MAX_COST: '0' }, /^QUERY_MAX_COST must be a whole number of 1 or more/],
    [{ QUERY_MAX_TOKENS: '5k' }, /^QUERY_MAX_TOKENS must be a whole number of 1 or more/],
    [{ PUBLIC_URL: 'lokomotiv.no' }, /^PUBLIC_URL is not a valid URL/],
    [{ PUBLIC_URL: 'ftp://lokomotiv.no' }, /^PUBLIC_URL must start with http:\/\/ or https:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, /^GRAPHQL_INTROSPECTION must be true or false/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the query limits, each with its default', () => {
    expect(loadConfig({ QUERY_MAX_COST: '500', QUERY_MAX_DEPTH: '4' }).queryLimits).toEqual({
      ...DEFAULT_QUERY_LIMITS,
      maxCost: 500,
      maxDepth: 4,
    });
  });

  it('trusts X-Forwarded-For from loopback proxies by default, from the listed ones, or from none', () => {
    expect(loadConfig({}).trustedProxies).toEqual(['loopback']);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '192.0.2.7',
    ]);
    expect(loadConfig({ TRUSTED_PROXIES: 'none' }).trustedProxies).toEqual([]);
  });

  it('overrides rate limits per mutation and scope, with * for every mutation and default for the rest', () => {
    const { rateLimits } = loadConfig({
      RATE_LIMITS: 'askNeedQuestion.account=2/60, *.address=1000/1, default.account=7/70',
      LOGIN_GUESSES: '3/30',
    });
    expect(ruleFor(rateLimits, 'askNeedQuestion', 'account')).toEqual({ points: 2, seconds: 60 });
    expect(ruleFor(rateLimits, 'askNeedQuestion', 'address')).toEqual({ points: 1000, seconds: 1 });
    expect(ruleFor(rateLimits, 'registerCompany', 'address')).toEqual({ points: 1000, seconds: 1 });
    expect(ruleFor(rateLimits, 'adoptSolution', 'account')).toEqual({ points: 7, seconds: 70 });
    expect(ruleFor(rateLimits, 'toString', 'account')).toEqual({ points: 7, seconds: 70 });
    expect(rateLimits.loginGuesses).toEqual({ points: 3, seconds: 30 });
  });

  it('limits registerCompany and askNeedQuestion most tightly by default', () => {
    const { rateLimits } = loadConfig({});
    const perHour = (operation: string, scope: 'account' | 'address') => {
      const rule = ruleFor(rateLimits, operation, scope);
      return (rule.points * 3600) / rule.seconds;
    };
    expect(perHour('registerCompany', 'address')).toBeLessThan(perHour('adoptSolution', 'address') / 100);
    expect(perHour('askNeedQuestion', 'account')).toBeLessThan(perHour('adoptSolution', 'account') / 100);
    expect(rateLimits.loginGuesses).toEqual({ points: 10, seconds: 900 });
  });
  describe('Ansattporten (OIDC_*)', () => {
    const real = {
      DATABASE_URL: 'postgres://localhost/x',
      OIDC_ISSUER_URL: 'https://test.ansattporten.no',
      OIDC_CLIENT_ID: 'client',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_ALTINN_RESOURCE: 'lokomotiv-access',
    };

    it('is off without the variables, and points at the in-process test provider in demo mode', () => {
      expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' }).oidc).toBeUndefined();
      expect(loadConfig({ PORT: '4000' }).oidc).toMatchObject({
        issuerUrl: 'http://localhost:4000/test-idp',
        testProvider: true,
        acrValues: 'idporten-loa-substantial',
        authorizationDetailsType: 'ansattporten:altinn:resource',
      });
      expect(
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SEED_DEMO: 'true' }).oidc,
      ).toBeUndefined();
    });

    it('takes all four variables, and names the missing ones', () => {
      expect(loadConfig(real).oidc).toMatchObject({ clientId: 'client', testProvider: false });
      expect(() => loadConfig({ ...real, OIDC_CLIENT_SECRET: '' })).toThrow(
        /^OIDC_CLIENT_SECRET must be set together with/,
      );
    });

    it('refuses the test provider and plain http in production', () => {
      const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
      expect(() => loadConfig({ ...production, OIDC_TEST_PROVIDER: 'true' })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, ...real, OIDC_ISSUER_URL: 'http://idp.example' })).toThrow(
        /^OIDC_ISSUER_URL must start with https:/,
      );
    });
  });
});

import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { SessionService } from '../../src/auth/session.service';
import { loadConfig } from '../../src/config/app-config';
import { openDatabase } from '../../src/database/data-source';
import { OrganizationKind } from '../../src/organizations/organization-kind';
import { Role } from '../../src/users/role';
import { cloneTemplate, databaseUrl, dropDatabase, testServerFromEnv } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-the-config';
/** The password of every fixture user (hashed once per test file). */
export const TEST_PASSWORD = 'correct-horse-battery';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      field?: string;
      params?: Record<string, unknown>;
      retryAfterSeconds?: number;
    };
  }[];
}

/**
 * Tests and benchmarks act as many clients from one address, so the test app's mutation limits are
 * generous; dedicated tests start an app with tight ones. The login guess limit keeps its default.
 */
export const GENEROUS_RATE_LIMITS = '*.account=1000000/60,*.address=1000000/60';

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: GraphQLResult<T>;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

export interface TestUser {
  id: string;
  organizationId: string;
  token: string;
}

let organizationCounter = 0;

/** A running api on its own database, cloned from the migrated template, reached over real HTTP. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly dataSource: DataSource,
    readonly url: string,
    private readonly databaseName: string,
    private readonly env: Record<string, string>,
    /** A replica shares its database with the app that started it, which drops it. */
    private readonly ownsDatabase = true,
  ) {}

  /** `env` adds to or overrides the test configuration, e.g. `{ RATE_LIMITS: 'login.address=3/60' }`. */
  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const databaseName = `lokomotiv_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const url = await cloneTemplate(testServerFromEnv(), databaseName);
    return TestApp.launch(url, databaseName, env, true);
  }

  /** A second api process on the same database, as another replica behind a load balancer would be. */
  replica(): Promise<TestApp> {
    const url = databaseUrl(testServerFromEnv().adminUrl, this.databaseName);
    return TestApp.launch(url, this.databaseName, this.env, false);
  }

  private static async launch(
    url: string,
    databaseName: string,
    env: Record<string, string>,
    ownsDatabase: boolean,
  ): Promise<TestApp> {
    const dataSource = await openDatabase(url, 40);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      JWT_SECRET: TEST_JWT_SECRET,
      WEB_DIST_DIR: '/nonexistent',
      RATE_LIMITS: GENEROUS_RATE_LIMITS,
      LOG_LEVEL: 'warn',
      ...env,
    });
    const app = await createApp(config, dataSource, TEST_JWT_SECRET);
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
    return new TestApp(app, dataSource, graphqlUrl, databaseName, env, ownsDatabase);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.dataSource.destroy();
    if (this.ownsDatabase) await dropDatabase(testServerFromEnv(), this.databaseName);
  }

  /** POSTs one GraphQL operation, as a client would. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    return (await this.post<T>(query, variables, { token })).body;
  }

  /** Like gql, with the HTTP status and headers, and headers of the caller's choosing (e.g. X-Forwarded-For). */
  async post<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { token, headers = {} }: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResult<T>,
    };
  }

  /** Like gql, but fails the test on any error and returns the data. */
  async gqlOk<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Inserts an organisation directly (fixtures are not what is under test). */
  async createOrganization(
    kind: OrganizationKind = OrganizationKind.MUNICIPALITY,
    name?: string,
  ): Promise<string> {
    const n = ++organizationCounter;
    const [row] = (await this.dataSource.query(
      'INSERT INTO organizations (name, kind, organization_number) VALUES ($1, $2, $3) RETURNING id',
      [name ?? `Testorganisasjon ${n} (${process.pid})`, kind, fakeOrganizationNumber()],
    )) as { id: string }[];
    return row.id;
  }

  /** Inserts a user with TEST_PASSWORD and returns it with a valid token. */
  async createUser(
    organizationId: string,
    options: { role?: Role; isPlatformAdmin?: boolean; email?: string } = {},
  ): Promise<TestUser> {
    const email = options.email ?? `user-${crypto.randomUUID()}@test.example`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO users (email, name, password_hash, role, is_platform_admin, organization_id)
       VALUES ($1, 'Test User', $2, $3, $4, $5) RETURNING id`,
      [
        email,
        await passwordHash(),
        options.role ?? Role.MEMBER,
        options.isPlatformAdmin ?? false,
        organizationId,
      ],
    )) as { id: string }[];
    return { id: row.id, organizationId, token: await this.app.get(SessionService).start(row.id) };
  }

  /** A new organisation of the given kind with one user in it. */
  async createMember(kind: OrganizationKind = OrganizationKind.MUNICIPALITY, role: Role = Role.MEMBER) {
    return this.createUser(await this.createOrganization(kind), { role });
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
      params,
    )) as {
      n: number;
    }[];
    return row.n;
  }
}

let hashed: Promise<string> | undefined;
function passwordHash(): Promise<string> {
  hashed ??= import('@node-rs/argon2').then(({ hash }) => hash(TEST_PASSWORD));
  return hashed;
}

/** A random, valid (mod-11) organisation number. */
export function fakeOrganizationNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 8 + Math.floor(Math.random() * 2) : Math.floor(Math.random() * 10),
    );
    const check = (11 - (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11)) % 11;
    if (check !== 10) return [...digits, check].join('');
  }
}

export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function errorField(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.field;
}

export function errorReason(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AdoptionsModule } from './adoptions/adoptions.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { CapabilitiesModule } from './capabilities/capabilities.module';
import { CatalogModule } from './catalog/catalog.module';
import type { Clock } from './clock/clock';
import { requestLogging } from './common/request-logging';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';
import { CountiesModule } from './counties/counties.module';
import { AccessGuard } from './graphql/access.guard';
import { formatError } from './graphql/format-error';
import { invalidInputPlugin } from './graphql/invalid-input.plugin';
import { documentSizeRule } from './graphql/query-limits';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { bearerToken, type RequestContext } from './graphql/request-context';
import { rethrowUnavailable, serviceUnavailablePlugin } from './graphql/service-unavailable.plugin';
import { HealthModule } from './health/health.module';
import { LandscapesModule } from './landscapes/landscapes.module';
import { MailModule } from './mail/mail.module';
import { MarketplaceModule } from './marketplace/marketplace.module';
import { MetricsModule } from './metrics/metrics.module';
import { NeedsModule } from './needs/needs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { OutboxModule } from './outbox/outbox.module';
import { ProcurementModule } from './procurement/procurement.module';
import { PubliccodeModule } from './publiccode/publiccode.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { SeedModule } from './seed/seed.module';
import { ServiceAreasModule } from './service-areas/service-areas.module';
import { SolutionsModule } from './solutions/solutions.module';
import { StatisticsModule } from './statistics/statistics.module';
import { SystemsModule } from './systems/systems.module';
import { UsersModule } from './users/users.module';
import { WebPagesModule } from './web-pages/web-pages.module';

export interface AppOptions {
  config: AppConfig;
  dataSource: DataSource;
  jwtSecret: string;
  /** Write the GraphQL schema to this file (the `schema` command); otherwise it stays in memory. */
  schemaFile?: string;
  /** The system clock unless a test brings one it can move. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static create({ config, dataSource, jwtSecret, schemaFile, clock }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource, jwtSecret, clock),
        LoggerModule.forRoot(requestLogging(config)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => ({
            path: '/graphql',
            autoSchemaFile: schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: config.introspection,
            hideSchemaDetailsFromClientErrors: !config.introspection,
            includeStacktraceInErrorResponses: false,
            formatError,
            plugins: [invalidInputPlugin, serviceUnavailablePlugin, queryLimitsPlugin(config.queryLimits)],
            // Nest would reset to 200 every answer that has `data`, the 503 of an outage too.
            preserveHttpStatusForExecutionErrors: false,
            parseOptions: { maxTokens: config.queryLimits.maxTokens },
            validationRules: [documentSizeRule(config.queryLimits)],
            context: async ({ req }: { req: Request }): Promise<RequestContext> => ({
              req,
              viewer: await auth.viewerFromToken(bearerToken(req)).catch(rethrowUnavailable),
              loaders: new Map(),
            }),
          }),
        }),
        OutboxModule,
        AuditModule,
        OrganizationsModule,
        UsersModule,
        AuthModule,
        AccountsModule,
        ServiceAreasModule,
        CountiesModule,
        SystemsModule,
        LandscapesModule,
        SolutionsModule,
        AdoptionsModule,
        NotificationsModule,
        MailModule,
        NeedsModule,
        ProcurementModule,
        PubliccodeModule,
        CatalogModule,
        WebPagesModule,
        CapabilitiesModule,
        SavedSearchesModule,
        MarketplaceModule,
        StatisticsModule,
        SeedModule,
        HealthModule,
        MetricsModule,
      ],
      providers: [
        {
          provide: APP_GUARD,
          inject: [Reflector, AuthService],
          useFactory: (reflector: Reflector, auth: AuthService) =>
            new AccessGuard(reflector, (req) => auth.viewerFromToken(bearerToken(req))),
        },
      ],
    };
  }
}

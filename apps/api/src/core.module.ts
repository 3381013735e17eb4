import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from './clock/clock';
import type { AppConfig } from './config/app-config';
import { StartupLock, TransactionRunner } from './database/unit-of-work';

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The secret that signs bearer tokens. */
export const JWT_SECRET = Symbol('JWT_SECRET');

/** What every module may inject: the configuration, the database, transactions and the clock. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(
    config: AppConfig,
    dataSource: DataSource,
    jwtSecret: string,
    clock: Clock = new SystemClock(),
  ): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: JWT_SECRET, useValue: jwtSecret },
        { provide: Clock, useValue: clock },
        TransactionRunner,
        StartupLock,
      ],
      exports: [APP_CONFIG, DataSource, JWT_SECRET, Clock, TransactionRunner, StartupLock],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { TransactionRunner } from './database/unit-of-work';

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The secret that signs bearer tokens. */
export const JWT_SECRET = Symbol('JWT_SECRET');

/** What every module may inject: the configuration, the database and transactions. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource, jwtSecret: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: JWT_SECRET, useValue: jwtSecret },
        TransactionRunner,
      ],
      exports: [APP_CONFIG, DataSource, JWT_SECRET, TransactionRunner],
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { whileHoldingStartupLock } from './data-source';

/** An open transaction, passed from a service to the repositories that must write in it. */
export type UnitOfWork = EntityManager;

/** Lets a service run several repository writes in one transaction without touching TypeORM. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

/** Runs start-up work (seeding) one replica at a time, under the lock the migrations take. */
@Injectable()
export class StartupLock {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return whileHoldingStartupLock(this.dataSource, work);
  }
}

/** Runs `work` in a savepoint of the open transaction: when it throws, only its own writes are undone. */
export function withSavepoint<T>(
  unitOfWork: UnitOfWork,
  work: (unitOfWork: UnitOfWork) => Promise<T>,
): Promise<T> {
  return unitOfWork.transaction(work);
}

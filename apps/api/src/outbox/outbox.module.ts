import { Global, Module } from '@nestjs/common';
import { SearchOutboxRepository } from './search-outbox.repository';

/** The transactional outboxes every module writes to in its own transactions. */
@Global()
@Module({ providers: [SearchOutboxRepository], exports: [SearchOutboxRepository] })
export class OutboxModule {}

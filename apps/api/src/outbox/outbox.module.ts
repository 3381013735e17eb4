import { Global, Module } from '@nestjs/common';
import { OutboxLagRepository } from './outbox-lag.repository';
import { SearchOutboxRepository } from './search-outbox.repository';

/** The transactional outboxes every module writes to in its own transactions. */
@Global()
@Module({
  providers: [SearchOutboxRepository, OutboxLagRepository],
  exports: [SearchOutboxRepository, OutboxLagRepository],
})
export class OutboxModule {}

import { Global, Module } from '@nestjs/common';
import { SearchOutboxRepository } from './search-outbox.repository';

@Global()
@Module({ providers: [SearchOutboxRepository], exports: [SearchOutboxRepository] })
export class SearchOutboxModule {}

import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';
import { MetricsService } from './metrics.service';

@Module({
  imports: [SearchModule, NotificationsModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsPlugin],
})
export class MetricsModule {}

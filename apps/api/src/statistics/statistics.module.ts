import { Module } from '@nestjs/common';
import { SolutionsModule } from '../solutions/solutions.module';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [SolutionsModule],
  providers: [StatisticsRepository, StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}

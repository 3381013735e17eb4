import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { commonError } from '../common/domain-error';
import { Public } from '../graphql/access.decorators';
import { Solution } from '../solutions/solution.model';
import { MunicipalityReuse, Statistics } from './statistics.model';
import { MAX_MOST_REUSED, StatisticsService } from './statistics.service';

@Resolver(() => Statistics)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Public()
  @Query(() => Statistics, { description: 'What reuse has gained: public, for everyone' })
  statistics(): Promise<Statistics> {
    return this.service.get();
  }

  @ResolveField(() => [Solution], {
    description: 'Published solutions with counting adoptions, by inUseCount, then reuseCount',
  })
  async mostReused(
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit: number | null,
  ): Promise<Solution[]> {
    limit ??= 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MOST_REUSED)
      throw commonError('OUT_OF_RANGE', `limit must be between 1 and ${MAX_MOST_REUSED}`, {
        field: 'limit',
        params: { min: 1, max: MAX_MOST_REUSED },
      });
    return (await this.service.mostReused(limit)).map((entity) => Solution.from(entity));
  }

  @ResolveField(() => [MunicipalityReuse], {
    description: "Every municipality of the county, by name: the county view's shares and reuse",
  })
  municipalities(@Args('countyNumber') countyNumber: string): Promise<MunicipalityReuse[]> {
    return this.service.municipalities(countyNumber);
  }
}

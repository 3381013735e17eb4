import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { allCounties } from '../counties/counties';
import { validateCountyNumber } from '../organizations/county-number';
import type { SolutionEntity } from '../solutions/solution.entity';
import { SolutionService } from '../solutions/solution.service';
import { municipalitiesOf } from './municipalities';
import type { CountyCount, MunicipalityReuse, Statistics } from './statistics.model';
import { StatisticsRepository } from './statistics.repository';
import { TtlCache } from './ttl-cache';

/** The most `mostReused` lists; its `limit` picks from these. */
export const MAX_MOST_REUSED = 50;

/** The public statistics, computed at most once per STATISTICS_CACHE_SECONDS in each process. */
@Injectable()
export class StatisticsService {
  private readonly cache: TtlCache;

  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly solutions: SolutionService,
    @Inject(APP_CONFIG) config: AppConfig,
    clock: Clock,
  ) {
    this.cache = new TtlCache(config.statisticsCacheSeconds * 1000, () => clock.now().getTime());
  }

  get(): Promise<Statistics> {
    return this.cache.get('statistics', async () => {
      const [totals, adoptionsByMonth, byCounty] = await Promise.all([
        this.statistics.totals(),
        this.statistics.adoptionsByMonth(),
        this.statistics.adoptionsByCounty(),
      ]);
      return { ...totals, adoptionsByMonth, adoptionsByCounty: everyCounty(byCounty) };
    });
  }

  async mostReused(limit: number): Promise<SolutionEntity[]> {
    const solutions = await this.cache.get('mostReused', async () => {
      const ids = await this.statistics.mostReusedIds(MAX_MOST_REUSED);
      const byId = new Map((await this.solutions.findByIds(ids)).map((s) => [s.id, s]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    });
    return solutions.slice(0, limit);
  }

  /** Every municipality of the county, by name, with what it shares and reuses. */
  municipalities(countyNumber: string): Promise<MunicipalityReuse[]> {
    validateCountyNumber('countyNumber', countyNumber);
    return this.cache.get(`municipalities:${countyNumber}`, async () => {
      const counts = new Map(
        (await this.statistics.municipalityCounts(countyNumber)).map((c) => [c.municipalityNumber, c]),
      );
      return municipalitiesOf(countyNumber).map(({ number, name }) => ({
        municipalityNumber: number,
        name,
        sharedSolutions: counts.get(number)?.sharedSolutions ?? 0,
        reusedSolutions: counts.get(number)?.reusedSolutions ?? 0,
      }));
    });
  }
}

/** Every county, with no adoptions too, the most first, then by number. */
function everyCounty(counts: { countyNumber: string; count: number }[]): CountyCount[] {
  const byNumber = new Map(counts.map((c) => [c.countyNumber, c.count]));
  return allCounties()
    .map(({ number, name }) => ({ countyNumber: number, countyName: name, count: byNumber.get(number) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.countyNumber.localeCompare(b.countyNumber));
}

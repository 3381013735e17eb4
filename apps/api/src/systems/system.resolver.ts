import { Args, Query, Resolver } from '@nestjs/graphql';
import { commonError } from '../common/domain-error';
import { Public } from '../graphql/access.decorators';
import { System } from './system.model';
import { findSystems, MAX_SYSTEM_SEARCH_LENGTH } from './system-catalogue';
import { SystemCategory } from './system-category';

@Resolver(() => System)
export class SystemResolver {
  @Public()
  @Query(() => [System], { description: 'The catalogue of systems municipalities run, by name' })
  systems(
    @Args('search', { type: () => String, nullable: true, defaultValue: '' }) search: string | null,
    @Args('category', { type: () => SystemCategory, nullable: true }) category: SystemCategory | null,
  ): System[] {
    search ??= '';
    if (search.length > MAX_SYSTEM_SEARCH_LENGTH)
      throw commonError('TOO_LONG', `search must be at most ${MAX_SYSTEM_SEARCH_LENGTH} characters`, {
        field: 'search',
        params: { max: MAX_SYSTEM_SEARCH_LENGTH },
      });
    return findSystems(search, category);
  }
}

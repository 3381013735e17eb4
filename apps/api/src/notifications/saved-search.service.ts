import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { commonError, notFound } from '../common/domain-error';
import { optionalText, requiredOneOf, validateUuid } from '../common/input-validation';
import type { Viewer } from '../graphql/request-context';
import { validateCountyNumber } from '../organizations/county-number';
import { validateCpvDivision } from '../procurement/cpv';
import { validateServiceArea } from '../service-areas/service-areas';
import type { SavedSearchEntity, SavedSearchFields } from './notification.entity';
import type { SavedSearchInput } from './notification.inputs';
import { MarketplaceItemKind } from './notification-kinds';
import { type PublicItem, SavedSearchRepository } from './saved-search.repository';

export const MAX_SAVED_SEARCHES = 50;
export const FEED_SIZE = 50;

@Injectable()
export class SavedSearchService {
  constructor(private readonly savedSearches: SavedSearchRepository) {}

  async create(viewer: Viewer, input: SavedSearchInput): Promise<SavedSearchEntity> {
    const fields = validateSavedSearchInput(input);
    if ((await this.savedSearches.listByUser(viewer.userId)).length >= MAX_SAVED_SEARCHES) {
      throw commonError('TOO_MANY', `You can keep at most ${MAX_SAVED_SEARCHES} saved searches`, {
        field: 'savedSearch',
        params: { max: MAX_SAVED_SEARCHES },
      });
    }
    return this.savedSearches.insert({
      ...fields,
      userId: viewer.userId,
      feedToken: randomBytes(32).toString('base64url'),
    });
  }

  listMine(viewer: Viewer): Promise<SavedSearchEntity[]> {
    return this.savedSearches.listByUser(viewer.userId);
  }

  /** Only the user who saved it can delete it; anyone else is told it does not exist. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    if (!(await this.savedSearches.delete(viewer.userId, validateUuid('id', id))))
      throw notFound('Saved search', 'id');
    return true;
  }

  /** The saved search behind a feed token and its newest matches, or null for an unknown token. */
  async feed(feedToken: string): Promise<{ search: SavedSearchEntity; items: PublicItem[] } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(feedToken)) return null;
    const search = await this.savedSearches.findByFeedToken(feedToken);
    if (!search) return null;
    return { search, items: await this.savedSearches.matchingItems(search, FEED_SIZE) };
  }
}

function validateSavedSearchInput(input: SavedSearchInput): SavedSearchFields {
  const query = optionalText('query', input.query, { max: 200 }) ?? '';
  const kinds = unique(input.kinds ?? []);
  for (const kind of kinds) requiredOneOf('kinds', kind, Object.values(MarketplaceItemKind));
  return {
    name: optionalText('name', input.name, { max: 100 }) ?? (query || 'Alle nye oppføringer'),
    query,
    kinds,
    serviceAreas: unique((input.serviceAreas ?? []).map((area) => validateServiceArea('serviceAreas', area))),
    cpvDivisions: unique((input.cpvDivisions ?? []).map((d) => validateCpvDivision('cpvDivisions', d))),
    procedures: unique(input.procedures ?? []),
    countyNumbers: unique((input.countyNumbers ?? []).map((c) => validateCountyNumber('countyNumbers', c))),
    openOnly: input.openOnly ?? false,
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

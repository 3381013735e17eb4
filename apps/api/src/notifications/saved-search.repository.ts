import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SavedSearchEntity } from './notification.entity';
import type { MarketplaceItemKind } from './notification-kinds';

/** The columns of saved_searches that decide what matches, with their SQL types. */
const SAVED_SEARCH_CRITERIA = {
  query: 'text',
  kinds: 'text[]',
  service_areas: 'text[]',
  cpv_divisions: 'text[]',
  procedures: 'text[]',
  county_numbers: 'text[]',
  open_only: 'boolean',
} as const;
type Criterion = keyof typeof SAVED_SEARCH_CRITERIA;

/**
 * True when public item `i` matches a saved search: PostgreSQL full text (the `norwegian`
 * configuration) over the item's text, both folded as the search engines fold them (search_fold),
 * and every filter that is set. `search` gives the SQL of each criterion: a column of a joined
 * saved_searches row, or a bound parameter, which lets the planner use the items' full text index.
 */
const savedSearchMatchesItem = (search: (criterion: Criterion) => string) => `(
  (cardinality(${search('kinds')}) = 0 OR i.kind = ANY(${search('kinds')}))
  AND (cardinality(${search('service_areas')}) = 0 OR i.service_area = ANY(${search('service_areas')}))
  AND (cardinality(${search('cpv_divisions')}) = 0 OR i.cpv_divisions && ${search('cpv_divisions')})
  AND (cardinality(${search('procedures')}) = 0
       OR (SELECT p.procedure FROM procurement_notices p WHERE p.id = i.id) = ANY(${search('procedures')}))
  AND (cardinality(${search('county_numbers')}) = 0
       OR (SELECT o.county_number::text FROM organizations o WHERE o.id = i.organization_id)
          = ANY(${search('county_numbers')}))
  AND (NOT ${search('open_only')} OR i.is_open)
  AND (${search('query')} = '' OR i.document @@ websearch_to_tsquery('norwegian', search_fold(${search('query')})))
)`;

/** Whether public item `i` matches the joined saved search `s`. */
export const SAVED_SEARCH_MATCHES_ITEM = savedSearchMatchesItem((criterion) => `s.${criterion}`);

/** A public item as the feed shows it. */
export interface PublicItem {
  kind: MarketplaceItemKind;
  id: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
}

@Injectable()
export class SavedSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the search unless its user already has `max`; null then. The user's row is locked while
   * counting, so concurrent saves of one user are counted one after the other and never pass the cap.
   */
  insertWithin(
    max: number,
    search: Omit<SavedSearchEntity, 'id' | 'createdAt'>,
  ): Promise<SavedSearchEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [search.userId]);
      const table = manager.getRepository(SavedSearchEntity);
      if ((await table.countBy({ userId: search.userId })) >= max) return null;
      return table.save(table.create(search));
    });
  }

  findById(id: string): Promise<SavedSearchEntity | null> {
    return this.dataSource.getRepository(SavedSearchEntity).findOneBy({ id });
  }

  findByFeedToken(feedToken: string): Promise<SavedSearchEntity | null> {
    return this.dataSource.getRepository(SavedSearchEntity).findOneBy({ feedToken });
  }

  listByUser(userId: string): Promise<SavedSearchEntity[]> {
    return this.dataSource
      .getRepository(SavedSearchEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(SavedSearchEntity).delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }

  /** The newest public items the saved search matches. */
  async matchingItems(search: SavedSearchEntity, limit: number): Promise<PublicItem[]> {
    const criteria: Record<Criterion, unknown> = {
      query: search.query,
      kinds: search.kinds,
      service_areas: search.serviceAreas,
      cpv_divisions: search.cpvDivisions,
      procedures: search.procedures,
      county_numbers: search.countyNumbers,
      open_only: search.openOnly,
    };
    const params: unknown[] = [limit];
    const parameter = (criterion: Criterion) =>
      `$${params.push(criteria[criterion])}::${SAVED_SEARCH_CRITERIA[criterion]}`;
    const rows: {
      kind: MarketplaceItemKind;
      id: string;
      title: string;
      summary: string;
      published_at: Date;
      updated_at: Date;
    }[] = await this.dataSource.query(
      `SELECT i.kind, i.id, i.title, i.summary, i.published_at, i.updated_at FROM public_items i
       WHERE ${savedSearchMatchesItem(parameter)} ORDER BY i.published_at DESC, i.id LIMIT $1`,
      params,
    );
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      summary: row.summary,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
    }));
  }
}

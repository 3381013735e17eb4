import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SavedSearchEntity } from './notification.entity';
import type { MarketplaceItemKind } from './notification-kinds';

/**
 * True when public item `i` matches saved search `s`: PostgreSQL full text (the `norwegian`
 * configuration) over the item's text, and every filter that is set.
 */
export const SAVED_SEARCH_MATCHES_ITEM = `(
  (cardinality(s.kinds) = 0 OR i.kind = ANY(s.kinds))
  AND (cardinality(s.service_areas) = 0 OR i.service_area = ANY(s.service_areas))
  AND (cardinality(s.cpv_divisions) = 0 OR i.cpv_divisions && s.cpv_divisions)
  AND (cardinality(s.procedures) = 0
       OR (SELECT p.procedure FROM procurement_notices p WHERE p.id = i.id) = ANY(s.procedures))
  AND (cardinality(s.county_numbers) = 0
       OR (SELECT o.county_number::text FROM organizations o WHERE o.id = i.organization_id) = ANY(s.county_numbers))
  AND (NOT s.open_only OR i.is_open)
  AND (s.query = '' OR i.document @@ websearch_to_tsquery('norwegian', s.query))
)`;

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

  insert(search: Omit<SavedSearchEntity, 'id' | 'createdAt'>): Promise<SavedSearchEntity> {
    const table = this.dataSource.getRepository(SavedSearchEntity);
    return table.save(table.create(search));
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
    const rows: {
      kind: MarketplaceItemKind;
      id: string;
      title: string;
      summary: string;
      published_at: Date;
      updated_at: Date;
    }[] = await this.dataSource.query(
      `SELECT i.kind, i.id, i.title, i.summary, i.published_at, i.updated_at
       FROM public_items i JOIN saved_searches s ON ${SAVED_SEARCH_MATCHES_ITEM}
       WHERE s.id = $1 ORDER BY i.published_at DESC, i.id LIMIT $2`,
      [search.id, limit],
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

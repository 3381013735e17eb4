import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchDocumentKind } from '../search/search-kind';
import type { Language } from '../users/language';
import { SavedSearchEntity, type SavedSearchFields } from './saved-search.entity';

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

  /** The saved search behind a feed token, and the language its owner reads. */
  async findByFeedToken(
    feedToken: string,
  ): Promise<{ search: SavedSearchEntity; language: Language } | null> {
    const { entities, raw } = await this.dataSource
      .getRepository(SavedSearchEntity)
      .createQueryBuilder('s')
      .innerJoin('users', 'u', 'u.id = s.user_id')
      .addSelect('u.language', 'owner_language')
      .where('s.feedToken = :feedToken', { feedToken })
      .getRawAndEntities();
    return entities[0] ? { search: entities[0], language: raw[0].owner_language } : null;
  }

  listByUser(userId: string): Promise<SavedSearchEntity[]> {
    return this.dataSource
      .getRepository(SavedSearchEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** Every saved search that may match an item of this kind, oldest first; none of `exceptUserId`. */
  listForKind(kind: SearchDocumentKind, exceptUserId: string | null): Promise<SavedSearchEntity[]> {
    return this.dataSource
      .getRepository(SavedSearchEntity)
      .createQueryBuilder('s')
      .where('(cardinality(s.kinds) = 0 OR :kind = ANY(s.kinds))', { kind })
      .andWhere('s.userId IS DISTINCT FROM CAST(:exceptUserId AS uuid)', { exceptUserId })
      .orderBy('s.createdAt')
      .addOrderBy('s.id')
      .getMany();
  }

  /** Changes the user's own saved search; null when the user has none with this id. */
  async update(userId: string, id: string, fields: SavedSearchFields): Promise<SavedSearchEntity | null> {
    const table = this.dataSource.getRepository(SavedSearchEntity);
    const result = await table.update({ id, userId }, fields);
    return (result.affected ?? 0) > 0 ? table.findOneByOrFail({ id }) : null;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(SavedSearchEntity).delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchDocumentKind } from '../search/search-kind';
import type { Language } from '../users/language';
import { SavedSearchEntity } from './saved-search.entity';

@Injectable()
export class SavedSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(search: Omit<SavedSearchEntity, 'id' | 'createdAt'>): Promise<SavedSearchEntity> {
    const table = this.dataSource.getRepository(SavedSearchEntity);
    return table.save(table.create(search));
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

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(SavedSearchEntity).delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }
}

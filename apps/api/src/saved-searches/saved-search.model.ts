import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProcurementProcedure } from '../procurement/procurement-procedure';
import { SearchKind } from '../search/search-kind';
import type { SavedSearchEntity } from './saved-search.entity';

@ObjectType('SavedSearch')
export class SavedSearch {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Full text, "" matches everything' })
  query: string;

  @Field(() => [SearchKind], { description: 'Empty: every kind' })
  kinds: SearchKind[];

  @Field(() => [String], { description: 'ServiceArea ids; empty: every area' })
  serviceAreas: string[];

  @Field(() => [String], { description: 'Two-digit CPV divisions; set: only procurement notices in them' })
  cpvDivisions: string[];

  @Field(() => [ProcurementProcedure], { description: 'Set: only procurement notices with these procedures' })
  procedures: ProcurementProcedure[];

  @Field(() => [String], {
    description: 'Two-digit county numbers of the owner or buyer; empty: every county',
  })
  countyNumbers: string[];

  @Field()
  openOnly: boolean;

  @Field({ description: 'Atom feed of the matching public items, readable without login; keep it secret' })
  feedUrl: string;

  @Field()
  createdAt: Date;

  static from(entity: SavedSearchEntity, baseUrl: string): SavedSearch {
    const { id, name, query, kinds, serviceAreas, cpvDivisions, procedures, countyNumbers, openOnly } =
      entity;
    return Object.assign(new SavedSearch(), {
      id,
      name,
      query,
      kinds,
      serviceAreas,
      cpvDivisions,
      procedures,
      countyNumbers,
      openOnly,
      feedUrl: `${baseUrl}/feeds/saved-searches/${entity.feedToken}.atom`,
      createdAt: entity.createdAt,
    });
  }
}

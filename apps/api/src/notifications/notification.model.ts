import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { ProcurementProcedure } from '../procurement/procurement-procedure';
import type { NotificationEntity, SavedSearchEntity } from './notification.entity';
import { MarketplaceItemKind, NotificationEvent } from './notification-kinds';

@ObjectType('Notification')
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field({ description: 'Norwegian text, e.g. "Nytt svar på behovet: …"' })
  title: string;

  @Field(() => MarketplaceItemKind, { description: 'What the notification is about' })
  subjectKind: MarketplaceItemKind;

  @Field(() => ID)
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The saved search that matched, for SAVED_SEARCH_MATCH' })
  savedSearchId: string | null;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: NotificationEntity): Notification {
    const { id, event, title, subjectKind, subjectId, savedSearchId, readAt, createdAt } = entity;
    return Object.assign(new Notification(), {
      id,
      event,
      title,
      subjectKind,
      subjectId,
      savedSearchId,
      read: readAt !== null,
      readAt,
      createdAt,
    });
  }
}

@ObjectType()
export class NotificationPage extends Paginated(Notification) {
  @Field(() => Int, { description: 'Unread notifications in all pages' })
  unreadCount: number;
}

@ObjectType('SavedSearch')
export class SavedSearch {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Full text, "" matches everything' })
  query: string;

  @Field(() => [MarketplaceItemKind], { description: 'Empty: every kind' })
  kinds: MarketplaceItemKind[];

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

import { DataSource } from 'typeorm';
import { AdoptionEntity } from '../adoptions/adoption.entity';
import { SessionEntity } from '../auth/session.entity';
import { NeedEntity, NeedParticipantEntity, NeedResponseEntity } from '../needs/need.entity';
import { NeedQuestionEntity } from '../needs/need-question.entity';
import { FollowEntity, NotificationEntity, SavedSearchEntity } from '../notifications/notification.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProcurementNoticeEntity } from '../procurement/procurement-notice.entity';
import { SolutionEntity } from '../solutions/solution.entity';
import { UserEntity } from '../users/user.entity';
import { migrations } from './migrations';

/** Every TypeORM entity of the api. */
export const entities = [
  OrganizationEntity,
  UserEntity,
  SolutionEntity,
  AdoptionEntity,
  NeedEntity,
  NeedParticipantEntity,
  NeedResponseEntity,
  ProcurementNoticeEntity,
  NeedQuestionEntity,
  FollowEntity,
  SavedSearchEntity,
  NotificationEntity,
  SessionEntity,
];

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize,
    applicationName: 'lokomotiv-api',
  });
}

/** Connects and brings the schema up to date. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

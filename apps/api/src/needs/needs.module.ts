import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { NeedRepository } from './need.repository';
import { NeedResolver } from './need.resolver';
import { NeedService } from './need.service';
import { NeedQuestionRepository } from './need-question.repository';
import { NeedQuestionService } from './need-question.service';
import { NeedResponseRepository } from './need-response.repository';
import { NeedResponseResolver } from './need-response.resolver';
import { NeedResponseService } from './need-response.service';

@Module({
  imports: [OrganizationsModule, NotificationsModule, SolutionsModule],
  providers: [
    NeedRepository,
    NeedResponseRepository,
    NeedQuestionRepository,
    NeedService,
    NeedResponseService,
    NeedQuestionService,
    NeedResolver,
    NeedResponseResolver,
  ],
  exports: [NeedService, NeedRepository, NeedResponseRepository, NeedQuestionRepository],
})
export class NeedsModule {}

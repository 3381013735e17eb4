import { Injectable } from '@nestjs/common';
import { notFound } from '../common/domain-error';
import { requiredText, validateUuid } from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { MarketplaceItemKind, NotificationEvent } from '../notifications/notification-kinds';
import { NeedService } from './need.service';
import type { NeedQuestionEntity } from './need-question.entity';
import { NeedQuestionRepository } from './need-question.repository';

export const MAX_QUESTION_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 5000;

/**
 * Public clarification questions on a need, as in public tenders: anyone logged in asks, the
 * owner answers, and everyone sees both without learning who asked.
 */
@Injectable()
export class NeedQuestionService {
  constructor(
    private readonly questions: NeedQuestionRepository,
    private readonly needs: NeedService,
    private readonly notifications: NotificationService,
    private readonly transactions: TransactionRunner,
  ) {}

  findByNeedIds(needIds: readonly string[]): Promise<NeedQuestionEntity[]> {
    return this.questions.findByNeedIds(needIds);
  }

  async ask(viewer: Viewer, needId: string, rawQuestion: string): Promise<NeedQuestionEntity> {
    const need = await this.needs.getById(needId, 'needId');
    const question = requiredText('question', rawQuestion, { max: MAX_QUESTION_LENGTH });
    return this.transactions.run(async (unitOfWork) => {
      const saved = await this.questions.insert(unitOfWork, {
        needId: need.id,
        askerUserId: viewer.userId,
        question,
      });
      await this.notifications.notify(
        unitOfWork,
        {
          event: NotificationEvent.NEW_NEED_QUESTION,
          eventKey: `${NotificationEvent.NEW_NEED_QUESTION}:${saved.id}`,
          subjectKind: MarketplaceItemKind.NEED,
          subjectId: need.id,
          title: `Nytt spørsmål om behovet: ${need.title}`,
        },
        { organizationId: need.ownerId },
        viewer.userId,
      );
      return saved;
    });
  }

  /** The owner answers (or rewrites its answer); the asker and the need's followers are told. */
  async answer(viewer: Viewer, questionId: string, rawAnswer: string): Promise<NeedQuestionEntity> {
    const question = await this.questions.findById(validateUuid('questionId', questionId));
    if (!question) throw notFound('Question', 'questionId');
    const need = await this.needs.getOwned(viewer, question.needId, 'questionId');
    const answer = requiredText('answer', rawAnswer, { max: MAX_ANSWER_LENGTH });
    return this.transactions.run(async (unitOfWork) => {
      const answered = await this.questions.answer(unitOfWork, question.id, answer);
      await this.notifications.notify(
        unitOfWork,
        {
          event: NotificationEvent.NEED_QUESTION_ANSWERED,
          eventKey: `${NotificationEvent.NEED_QUESTION_ANSWERED}:${question.id}`,
          subjectKind: MarketplaceItemKind.NEED,
          subjectId: need.id,
          title: `Spørsmål besvart på behovet: ${need.title}`,
        },
        { userIds: [question.askerUserId], followersOf: { kind: MarketplaceItemKind.NEED, id: need.id } },
        viewer.userId,
      );
      return answered;
    });
  }
}

import { randomUUID } from 'node:crypto';
import type { NotificationDraft } from '../notifications/notification-events';
import { NotificationEvent } from '../notifications/notification-events';
import { SearchKind } from '../search/search-kind';
import type { AdoptionEntity } from './adoption.entity';
import { AdoptionStage } from './adoption-stage';

/** What the owner and the followers of a solution hear when an adopter changes its adoption. */
export type AdoptionChangeEvent =
  | NotificationEvent.SOLUTION_ADOPTED
  | NotificationEvent.ADOPTION_STAGE_CHANGED
  | NotificationEvent.ADOPTION_STOPPED
  | NotificationEvent.ADOPTION_CONFIRMED;

/**
 * What an adopt did: a new adoption, a stop, another stage, or the same stage again, which confirms
 * it (as it does an owner's proposal the adopter takes up).
 */
export function adoptEvent(before: AdoptionEntity | null, stage: AdoptionStage): AdoptionChangeEvent {
  if (!before) return NotificationEvent.SOLUTION_ADOPTED;
  if (before.stage === stage) return NotificationEvent.ADOPTION_CONFIRMED;
  if (stage === AdoptionStage.STOPPED) return NotificationEvent.ADOPTION_STOPPED;
  return NotificationEvent.ADOPTION_STAGE_CHANGED;
}

/** The event, quoting the solution's title, the adopter's name and the stage after the change. */
export function adoptionChangeDraft(
  event: AdoptionChangeEvent,
  solution: { id: string; title: string },
  adoption: AdoptionEntity,
  actorName: string,
): NotificationDraft {
  return {
    event,
    // Every change is an event of its own, however quickly one follows another.
    eventKey: `${event}:${adoption.id}:${randomUUID()}`,
    subjectKind: SearchKind.SOLUTION,
    subjectId: solution.id,
    params: { subjectTitle: solution.title, actorName, stage: adoption.stage },
  };
}

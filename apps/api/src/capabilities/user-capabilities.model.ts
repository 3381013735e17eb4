import { Field, ObjectType } from '@nestjs/graphql';
import type { Viewer } from '../graphql/request-context';
import { mayAnswerNeeds, mayJoinNeeds, mayPostNeeds } from '../needs/need.rules';
import { mayPostNotices } from '../procurement/procurement.rules';
import { mayAddUsersTo } from '../users/user.rules';

/**
 * What a user may do, from the same rule functions the services enforce: a client shows an action
 * when its flag is true, and the api refuses it when the flag is false.
 */
@ObjectType('UserCapabilities', { description: 'What a user may do, by the rules the api enforces' })
export class UserCapabilities {
  @Field({ description: 'createNeed: municipalities, county municipalities and state agencies' })
  postNeeds: boolean;

  @Field({ description: 'createProcurementNotice: municipalities, county municipalities and state agencies' })
  postNotices: boolean;

  @Field({ description: "joinNeed on other organisations' needs (until solved or closed): public bodies" })
  joinNeeds: boolean;

  @Field({ description: 'respondToNeed on open needs: companies' })
  answerNeeds: boolean;

  @Field({ description: "createUser in the user's own organisation: its ADMINs and platform administrators" })
  addMembers: boolean;

  static of(actor: Omit<Viewer, 'sessionId'>): UserCapabilities {
    return Object.assign(new UserCapabilities(), {
      postNeeds: mayPostNeeds(actor),
      postNotices: mayPostNotices(actor),
      joinNeeds: mayJoinNeeds(actor),
      answerNeeds: mayAnswerNeeds(actor),
      addMembers: mayAddUsersTo(actor, actor.organizationId),
    });
  }
}

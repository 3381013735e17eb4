import { registerEnumType } from '@nestjs/graphql';

export enum AdoptionStage {
  EVALUATING = 'EVALUATING',
  PILOTING = 'PILOTING',
  IN_USE = 'IN_USE',
  /** Tried and given up: kept for the record, never counted. */
  STOPPED = 'STOPPED',
}
registerEnumType(AdoptionStage, { name: 'AdoptionStage' });

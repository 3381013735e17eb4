import { registerEnumType } from '@nestjs/graphql';

export enum AdoptionStage {
  EVALUATING = 'EVALUATING',
  PILOTING = 'PILOTING',
  IN_USE = 'IN_USE',
}
registerEnumType(AdoptionStage, { name: 'AdoptionStage' });

import type { ProcurementProcedure } from '../../generated/graphql';

export const PROCEDURES: readonly ProcurementProcedure[] = [
  'INNOVATION_PARTNERSHIP',
  'PRE_COMMERCIAL_PROCUREMENT',
  'MARKET_DIALOGUE',
  'COMPETITIVE_DIALOGUE',
  'COMPETITIVE_PROCEDURE_WITH_NEGOTIATION',
  'OPEN',
  'RESTRICTED',
];

export function isProcedure(value: string): value is ProcurementProcedure {
  return PROCEDURES.includes(value as ProcurementProcedure);
}

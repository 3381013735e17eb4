import { NeedStatus } from './need-status';

/**
 * The only status changes a need may make: it goes to procurement, and a procurement ends
 * either solved or closed. Everything else, including "no change", is refused.
 */
export const NEED_STATUS_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  [NeedStatus.OPEN]: [NeedStatus.IN_PROCUREMENT],
  [NeedStatus.IN_PROCUREMENT]: [NeedStatus.SOLVED, NeedStatus.CLOSED],
  [NeedStatus.SOLVED]: [],
  [NeedStatus.CLOSED]: [],
};

export function canChangeNeedStatus(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_STATUS_TRANSITIONS[from].includes(to);
}

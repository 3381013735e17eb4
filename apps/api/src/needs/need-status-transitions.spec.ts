import { NeedStatus } from './need-status';
import { canChangeNeedStatus } from './need-status-transitions';

const { OPEN, IN_PROCUREMENT, SOLVED, CLOSED } = NeedStatus;
const ALLOWED = [
  [OPEN, IN_PROCUREMENT],
  [IN_PROCUREMENT, SOLVED],
  [IN_PROCUREMENT, CLOSED],
];
const ALL_PAIRS = Object.values(NeedStatus).flatMap((from) =>
  Object.values(NeedStatus).map((to) => [from, to]),
);
const isAllowed = ([from, to]: NeedStatus[]) => ALLOWED.some(([f, t]) => f === from && t === to);

describe('need status transitions', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => expect(canChangeNeedStatus(from, to)).toBe(true));

  it.each(ALL_PAIRS.filter((pair) => !isAllowed(pair)))('refuses %s → %s', (from, to) =>
    expect(canChangeNeedStatus(from, to)).toBe(false),
  );

  it('covers all 16 pairs: 3 allowed, 13 refused', () => {
    expect(ALL_PAIRS.filter(isAllowed)).toHaveLength(3);
    expect(ALL_PAIRS.filter((pair) => !isAllowed(pair))).toHaveLength(13);
  });
});

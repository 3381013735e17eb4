/** The whole that percentages are given in: hundredths of a percent. */
export const PERCENT_HUNDREDTHS = 10_000;

/**
 * Integer weights by population; one without a population weighs the mean of the others. Every
 * weight is scaled by the number of known populations, so the mean stays a whole number.
 */
export function costWeights(populations: readonly (number | null)[]): bigint[] {
  const known = populations.filter((p): p is number => p !== null && p > 0);
  if (known.length === 0) return populations.map(() => 1n);
  const count = BigInt(known.length);
  const sum = known.reduce((total, p) => total + BigInt(p), 0n);
  return populations.map((p) => (p !== null && p > 0 ? BigInt(p) * count : sum));
}

/**
 * Splits `total` in proportion to `weights` by the largest remainder method: every part is its
 * quota rounded down, and the units left go to the largest remainders (ties to the earlier part).
 */
export function splitByLargestRemainder(total: number, weights: readonly bigint[]): number[] {
  const whole = weights.reduce((sum, w) => sum + w, 0n);
  const scaled = weights.map((w) => w * BigInt(total));
  const parts = scaled.map((s) => s / whole);
  let left = BigInt(total) - parts.reduce((sum, p) => sum + p, 0n);
  const byRemainder = scaled
    .map((s, index) => ({ index, remainder: s % whole }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

export interface CostSplit {
  /** Hundredths of a percent, summing to exactly 10,000. */
  hundredths: number[];
  /** Whole kroner summing to exactly the total, when one was given. */
  amounts: number[] | null;
}

export function splitCost(populations: readonly (number | null)[], totalNok: number | null): CostSplit {
  const weights = costWeights(populations);
  return {
    hundredths: splitByLargestRemainder(PERCENT_HUNDREDTHS, weights),
    amounts: totalNok === null ? null : splitByLargestRemainder(totalNok, weights),
  };
}

import { readPopulation } from '../reference-data/reference-data';
import { costWeights, PERCENT_HUNDREDTHS, splitByLargestRemainder, splitCost } from './cost-shares';

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

describe('splitCost', () => {
  it('splits by population', () => {
    expect(splitCost([300, 100], 1000)).toEqual({ hundredths: [7500, 2500], amounts: [750, 250] });
  });

  it('gives the leftover hundredths and kroner to the largest remainders, ties to the earlier', () => {
    expect(splitCost([1, 1, 1], 100)).toEqual({ hundredths: [3334, 3333, 3333], amounts: [34, 33, 33] });
    expect(splitCost([2, 1, 1, 2], 7)).toEqual({
      hundredths: [3333, 1667, 1667, 3333],
      amounts: [3, 1, 1, 2],
    });
  });

  it('counts an organisation without a population with the mean of the others', () => {
    expect(costWeights([100, null, 201])).toEqual([200n, 301n, 402n]);
    expect(splitCost([100, null, 300], 600).amounts).toEqual([100, 200, 300]);
  });

  it('splits equally when nobody has a population', () => {
    expect(splitCost([null, null], 3)).toEqual({ hundredths: [5000, 5000], amounts: [2, 1] });
  });

  it('leaves out the amounts without a total, and splits a total of 0 into zeros', () => {
    expect(splitCost([5, 7], null).amounts).toBeNull();
    expect(splitCost([5, 7], 0).amounts).toEqual([0, 0]);
  });

  it('sums exactly for the owner and 357 partners with awkward populations', () => {
    const real = readPopulation().map((r) => Number(r.population));
    const populations = [7, ...real, null, 1, 2_147_483_647];
    for (const total of [1, 357, 999_999_937, 2_147_483_647]) {
      const { hundredths, amounts } = splitCost(populations, total);
      expect(sum(hundredths)).toBe(PERCENT_HUNDREDTHS);
      expect(sum(amounts ?? [])).toBe(total);
      expect(Math.min(...(amounts ?? []))).toBeGreaterThanOrEqual(0);
    }
    expect(real).toHaveLength(357);
  });

  it('gives every part its quota rounded down or up, never further off', () => {
    const weights = costWeights([13, 17, 19, 23, null, 29]);
    const whole = Number(weights.reduce((a, w) => a + w, 0n));
    splitByLargestRemainder(1001, weights).forEach((part, i) => {
      expect(Math.abs(part - (Number(weights[i]) * 1001) / whole)).toBeLessThan(1);
    });
  });
});

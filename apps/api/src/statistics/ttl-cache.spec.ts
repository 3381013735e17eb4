import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  const cache = () => new TtlCache(60_000, () => now);

  it('shares one computation among callers until it expires', async () => {
    const values = cache();
    const compute = jest.fn(async () => now);
    expect(await Promise.all([values.get('k', compute), values.get('k', compute)])).toEqual([0, 0]);
    now = 59_999;
    expect(await values.get('k', compute)).toBe(0);
    now = 60_000;
    expect(await values.get('k', compute)).toBe(60_000);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps no failure: the next caller computes again', async () => {
    const values = cache();
    await expect(values.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow();
    expect(await values.get('k', async () => 'fresh')).toBe('fresh');
  });
});

import { describe, expect, it } from 'vitest';
import { expectDomainError } from '../test-helpers';
import { createRng } from './prng';
import { generateSyntheticDataset } from './synthetic';

describe('synthetic dataset', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const opts = { provinces: 2, blocsPerProvince: 2, unitsPerBloc: 5, years: 2, seed: 42 };
    const a = generateSyntheticDataset(opts);
    expect(JSON.stringify(generateSyntheticDataset(opts))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateSyntheticDataset({ ...opts, seed: 43 }))).not.toBe(JSON.stringify(a));
    expect(a.units).toHaveLength(20);
    expect(a.cycles).toHaveLength(8);
    expect(a.cycles[0]?.ballots.certificateOfMerit).toHaveLength(5);
  });

  it('scales to the benchmark size (34 × 20 × 10 × 3) quickly', () => {
    const started = performance.now();
    const big = generateSyntheticDataset({
      provinces: 34,
      blocsPerProvince: 20,
      unitsPerBloc: 10,
      years: 3,
      seed: 1,
    });
    expect(big.units).toHaveLength(6800);
    expect(big.cycles).toHaveLength(2040);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses bad options', () => {
    expectDomainError(
      () =>
        generateSyntheticDataset({ provinces: 0, blocsPerProvince: 1, unitsPerBloc: 5, years: 1, seed: 1 }),
      'INVALID_INPUT',
    );
    expectDomainError(
      () =>
        generateSyntheticDataset({ provinces: 1, blocsPerProvince: 1, unitsPerBloc: 2, years: 1, seed: 1 }),
      'INVALID_INPUT',
    );
  });

  it('the PRNG stays in [0, 1)', () => {
    const rng = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

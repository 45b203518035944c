import { describe, expect, test } from 'vitest';
import { scoreAxis } from './chart-scale';

describe('the ranking chart’s score axis', () => {
  test('99,50 and 100 are far apart on it, not two full bars on 0–100', () => {
    const { domain, ticks } = scoreAxis([99.5, 100, 99.75]);
    expect(domain[0]).toBeGreaterThan(99);
    expect(domain[0]).toBeLessThan(99.5);
    expect(domain[1]).toBeGreaterThanOrEqual(100);
    expect(domain[1]).toBeLessThan(100.5);
    // 99,50 is at most half-way along the axis that 100 reaches.
    const at = (v: number) => (v - domain[0]) / (domain[1] - domain[0]);
    expect(at(99.5)).toBeLessThan(0.5 * at(100));
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks.at(-1)).toBe(domain[1]);
  });

  test('wide spreads get round ticks and never go below zero', () => {
    expect(scoreAxis([12, 96])).toEqual({ domain: [0, 125], ticks: [0, 25, 50, 75, 100, 125] });
    expect(scoreAxis([80, 95.25])).toEqual({ domain: [75, 100], ticks: [75, 80, 85, 90, 95, 100] });
    expect(scoreAxis([99.5, 100, 99.75]).ticks).toEqual([99.4, 99.6, 99.8, 100, 100.2]);
  });

  test('ticks are exact decimals (no binary noise) so they print as 99,6 and not 99,60000000001', () => {
    for (const tick of scoreAxis([99.1, 99.9]).ticks) expect(String(tick)).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  test('equal scores still get an axis around them', () => {
    const { domain } = scoreAxis([90, 90]);
    expect(domain[0]).toBeLessThan(90);
    expect(domain[1]).toBeGreaterThan(90);
  });
});

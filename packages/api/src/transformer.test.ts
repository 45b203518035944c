import superjson from 'superjson';
import { describe, expect, test } from 'vitest';
import { isPlainJson, transformer } from './transformer';

const board = {
  total: 2,
  rows: [
    { cycleId: 'c1', year: 2023, due: '2023-12-10', done: false, steps: { pact: { state: 'done' } } },
    { cycleId: 'c2', year: 2022, due: null, done: true, steps: {} },
  ],
};

describe('the wire format', () => {
  test('plain JSON leaves exactly as superjson would write it, and reads back alike', () => {
    for (const value of [board, [], {}, 'text', 0, 1.5, true, null, [[1, 'a'], { b: [null] }]]) {
      expect(isPlainJson(value)).toBe(true);
      expect(transformer.serialize(value)).toEqual(superjson.serialize(value));
      expect(superjson.deserialize(JSON.parse(JSON.stringify(transformer.serialize(value))))).toEqual(value);
    }
  });

  test('anything superjson annotates goes through superjson', () => {
    const shared = { a: 1 };
    const cases: unknown[] = [
      undefined,
      { at: new Date('2023-12-10T00:00:00Z') },
      { gone: undefined },
      [Number.NaN],
      { n: Number.POSITIVE_INFINITY },
      -0,
      new Map([['k', 1]]),
      new Set([1]),
      BigInt(1),
      { twice: [shared, shared] },
      Object.create({ inherited: true }),
    ];
    for (const value of cases) {
      expect(isPlainJson(value)).toBe(false);
      expect(transformer.serialize(value)).toEqual(superjson.serialize(value));
    }
    const dated = { at: new Date('2023-12-10T00:00:00Z') };
    expect(transformer.deserialize(JSON.parse(JSON.stringify(transformer.serialize(dated))))).toEqual(dated);
  });

  test('a key superjson refuses is still refused', () => {
    const polluted = JSON.parse('{"__proto__": {"x": 1}}');
    expect(isPlainJson(polluted)).toBe(false);
    expect(() => transformer.serialize(polluted)).toThrow(/prototype pollution/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFrozen, shared } from './store.ts';

const deeplyFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(deeplyFrozen));

describe('parseFrozen', () => {
  it('gives the parsed value with every object and array frozen', () => {
    const value = parseFrozen<{ a: { b: unknown[] }; n: number; s: string; z: null }>(
      '{"a":{"b":[1,{"c":[]},"x"]},"n":1,"s":"\\u2019","z":null}',
    );
    expect(value).toEqual({ a: { b: [1, { c: [] }, 'x'] }, n: 1, s: '’', z: null });
    expect(deeplyFrozen(value)).toBe(true);
    expect(() => {
      (value.a.b as unknown[]).push(2);
    }).toThrow(TypeError);
  });

  it('keeps a "__proto__" key as an own property, never as the prototype', () => {
    const value = parseFrozen<Record<string, unknown>>('{"__proto__":{"polluted":true},"x":1}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(deeplyFrozen(value)).toBe(true);
  });

  it('returns primitives as they are', () => {
    expect(parseFrozen('"text"')).toBe('text');
    expect(parseFrozen('3')).toBe(3);
    expect(parseFrozen('null')).toBeNull();
  });
});

describe('shared', () => {
  it('parses a collection once and gives the same frozen array to every caller', () => {
    const first = shared<readonly { id: string }[]>('store-test', '[{"id":"x:1"}]');
    const second = shared<readonly { id: string }[]>('store-test', '[{"id":"x:other"}]');
    expect(second).toBe(first);
    expect(first).toEqual([{ id: 'x:1' }]);
    expect(deeplyFrozen(first)).toBe(true);
  });
});

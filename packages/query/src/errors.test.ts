import type { RetiredId } from '@chipwar/schema';
import { describe, expect, it } from 'vitest';
import { deprecationMessage, RetiredIdError, UnknownIdError } from './errors.ts';

const retired = (change: RetiredId['change'], replacedBy: string[]): RetiredId => ({
  id: 'org:old',
  change,
  version: '1.2.0',
  replacedBy,
  reason: 'the short name',
});

describe('UnknownIdError', () => {
  it('names the function and the id, with up to three suggestions', () => {
    const error = new UnknownIdError('get', 'org:smiic', ['org:smic', 'org:asml', 'org:tsmc', 'country:cn']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnknownIdError');
    expect(error.id).toBe('org:smiic');
    expect(error.suggestions.length).toBeLessThanOrEqual(3);
    expect(error.suggestions[0]).toBe('org:smic');
    expect(Object.isFrozen(error.suggestions)).toBe(true);
    expect(error.message).toBe(
      `get: no record has the id "org:smiic"; did you mean ${error.suggestions.join(', ')}?`,
    );
  });

  it('has no hint when nothing is near', () => {
    const error = new UnknownIdError('get', 'org:smiic', []);
    expect(error.suggestions).toEqual([]);
    expect(error.message).toBe('get: no record has the id "org:smiic"');
  });
});

describe('RetiredIdError', () => {
  it('says what became of an id and which id to use', () => {
    const entry = retired('renamed', ['org:new']);
    const error = new RetiredIdError('get', {
      requested: 'org:old',
      id: 'org:new',
      retired: true,
      chain: [entry],
      candidates: [],
    });
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.name).toBe('RetiredIdError');
    expect(error.message).toBe(
      'get: "org:old" is a retired id: renamed in 1.2.0 → org:new (the short name); use org:new',
    );
    expect(error.retirement).toBe(entry);
    expect(error.replacement).toBe('org:new');
    expect(error.suggestions).toEqual([]);
  });

  it('lists the parts of a split id, and nothing to use for a removed one', () => {
    const split = new RetiredIdError('get', {
      requested: 'org:old',
      id: undefined,
      retired: true,
      chain: [retired('split', ['org:a', 'org:b'])],
      candidates: ['org:a', 'org:b'],
    });
    expect(split.message).toBe(
      'get: "org:old" is a retired id: split in 1.2.0 → org:a, org:b (the short name); it became org:a, org:b',
    );
    expect(split.candidates).toEqual(['org:a', 'org:b']);
    const removed = new RetiredIdError('find', {
      requested: 'org:old',
      id: undefined,
      retired: true,
      chain: [retired('removed', [])],
      candidates: [],
    });
    expect(removed.message).toBe('find: "org:old" is a retired id: removed in 1.2.0 (the short name)');
  });

  it('refuses an id that is not retired', () => {
    expect(
      () =>
        new RetiredIdError('get', {
          requested: 'org:smic',
          id: 'org:smic',
          retired: false,
          chain: [],
          candidates: [],
        }),
    ).toThrow(new TypeError('RetiredIdError: org:smic is not a retired id'));
  });
});

describe('instanceof', () => {
  const unknown = new UnknownIdError('get', 'org:smiic', []);
  const retiredError = new RetiredIdError('get', {
    requested: 'org:old',
    id: 'org:new',
    retired: true,
    chain: [retired('renamed', ['org:new'])],
    candidates: [],
  });

  it('recognises the errors of this copy of the package', () => {
    expect(unknown instanceof UnknownIdError).toBe(true);
    expect(unknown instanceof RetiredIdError).toBe(false);
    expect(retiredError instanceof RetiredIdError).toBe(true);
    expect(retiredError instanceof UnknownIdError).toBe(true);
  });

  it('recognises an error of another copy (another entry point) by its brand', () => {
    const other = Object.defineProperty(new Error('x'), Symbol.for('@chipwar/query#UnknownIdError'), {
      value: true,
    });
    expect(other instanceof UnknownIdError).toBe(true);
    expect(other instanceof RetiredIdError).toBe(false);
    Object.defineProperty(other, Symbol.for('@chipwar/query#RetiredIdError'), { value: true });
    expect(other instanceof RetiredIdError).toBe(true);
  });

  it('recognises nothing else', () => {
    for (const value of [new Error('x'), new TypeError('x'), {}, null, undefined, 'UnknownIdError', 0]) {
      expect(value instanceof UnknownIdError, String(value)).toBe(false);
      expect(value instanceof RetiredIdError, String(value)).toBe(false);
    }
    const falseBrand = Object.defineProperty({}, Symbol.for('@chipwar/query#UnknownIdError'), {
      value: 'yes',
    });
    expect(falseBrand instanceof UnknownIdError).toBe(false);
  });
});

describe('deprecationMessage', () => {
  it('quotes the ledger and says when the id stops resolving', () => {
    expect(
      deprecationMessage({
        requested: 'org:old',
        id: 'org:new',
        retired: true,
        chain: [retired('renamed', ['org:new'])],
        candidates: [],
      }),
    ).toBe(
      'org:old was renamed in 1.2.0 → org:new (the short name); use org:new. Retired ids stop resolving in the next major version (chipwar migrate rewrites them).',
    );
  });
});

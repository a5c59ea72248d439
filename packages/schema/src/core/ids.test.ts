import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  isIdOf,
  KIND_NAMES,
  KINDS,
  kindOfCollection,
  kindOfPrefix,
  MAX_ID_LENGTH,
  MAX_SUGGESTION_INPUT_LENGTH,
  makeId,
  nearestIds,
  parseId,
} from '../core.ts';

describe('ids', () => {
  it('parses well-formed ids of every kind', () => {
    for (const kind of KIND_NAMES) {
      expect(parseId(`${KINDS[kind].prefix}:some-slug-2`)).toEqual({
        kind,
        prefix: KINDS[kind].prefix,
        slug: 'some-slug-2',
      });
      expect(kindOfPrefix(KINDS[kind].prefix)).toBe(kind);
      expect(kindOfCollection(KINDS[kind].collection)).toBe(kind);
    }
  });

  it.each([
    'org:SMIC',
    'org:smic-',
    'org:-smic',
    'org:sm--ic',
    'org smic',
    'xyz:smic',
    ':smic',
    'org:',
    42,
    null,
  ])('rejects %j', (id) => {
    expect(parseId(id)).toBeUndefined();
  });

  it('makeId and parseId round-trip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_NAMES),
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        (kind, slug) => {
          const id = makeId(kind, slug);
          expect(parseId(id)).toEqual({ kind, prefix: KINDS[kind].prefix, slug });
          expect(isIdOf(id, kind)).toBe(true);
        },
      ),
    );
  });

  it('makeId explains bad arguments with an ArgumentError', () => {
    expect(() => makeId('organization', 'Not A Slug')).toThrow(
      /makeId: slug must be lower-case letters .* received "Not A Slug"/,
    );
    expect(() => makeId('organization', 'Not A Slug')).toThrow(ArgumentError);
    expect(() => makeId('company' as never, 'smic')).toThrow(
      /kind must be one of country, region, .* received "company"/,
    );
    expect(() => makeId('organization', 'a'.repeat(MAX_ID_LENGTH))).toThrow(/at most 196 characters/);
  });

  it('an id longer than MAX_ID_LENGTH is not an id', () => {
    const longest = `org:${'a'.repeat(MAX_ID_LENGTH - 4)}`;
    expect(parseId(longest)?.kind).toBe('organization');
    expect(parseId(`${longest}a`)).toBeUndefined();
  });

  it('every prefix and collection is unique', () => {
    const prefixes = KIND_NAMES.map((kind) => KINDS[kind].prefix);
    const collections = KIND_NAMES.map((kind) => KINDS[kind].collection);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(new Set(collections).size).toBe(collections.length);
  });
});

describe('nearestIds', () => {
  const known = ['org:smic', 'org:smee', 'org:micron', 'person:xi-jinping', 'org:sk-hynix'];

  it('puts the closest typo first and caps the list', () => {
    expect(nearestIds('org:smiic', known)[0]).toBe('org:smic');
    expect(nearestIds('org:smiic', known).length).toBeLessThanOrEqual(3);
    expect(nearestIds('org:hynix', known)).toContain('org:sk-hynix');
  });

  it('suggests nothing for an unrelated id', () => {
    expect(nearestIds('tech:quantum-annealer', known)).toEqual([]);
  });

  it('suggests nothing for an empty or an overlong input', () => {
    expect(nearestIds('', known)).toEqual([]);
    expect(nearestIds(`org:smic${'c'.repeat(MAX_SUGGESTION_INPUT_LENGTH)}`, known)).toEqual([]);
  });

  // The banded distance with its early exit must find exactly what the full distance finds.
  it('agrees with a full edit distance on random strings', () => {
    const full = (a: string, b: string): number => {
      let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
      for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
          current[j] = Math.min(
            (previous[j] as number) + 1,
            (current[j - 1] as number) + 1,
            (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
        previous = current;
      }
      return previous[b.length] as number;
    };
    const reference = (id: string, candidates: string[], limit: number): string[] =>
      candidates
        .map((candidate) => {
          const related = candidate.length > 0 && (candidate.includes(id) || id.includes(candidate));
          const distance = full(id, candidate);
          const threshold = Math.max(2, Math.floor(Math.max(id.length, candidate.length) / 3));
          return { candidate, related, distance, threshold };
        })
        .filter((entry) => entry.related || entry.distance <= entry.threshold)
        .map((entry) => ({
          candidate: entry.candidate,
          score: entry.related ? Math.min(entry.distance, 1) : entry.distance,
        }))
        .sort(
          (x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0),
        )
        .slice(0, limit)
        .map((entry) => entry.candidate);
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        word,
        fc.uniqueArray(word, { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (id, candidates, limit) => {
          expect(nearestIds(id, candidates, limit)).toEqual(reference(id, candidates, limit));
        },
      ),
      { numRuns: 500 },
    );
  });
});

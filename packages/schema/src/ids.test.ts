import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isIdOf,
  KIND_NAMES,
  KINDS,
  kindOfCollection,
  kindOfPrefix,
  makeId,
  nearestIds,
  parseId,
} from './index.ts';

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

  it('makeId explains bad arguments', () => {
    expect(() => makeId('organization', 'Not A Slug')).toThrow(/slug must match .*received "Not A Slug"/);
    expect(() => makeId('company' as never, 'smic')).toThrow(
      /kind must be one of country, region, .* received "company"/,
    );
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
});

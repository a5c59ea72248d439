import type { OrganizationEntry, PersonEntry } from '@chipwar/dataset';
import type { Figure } from '@chipwar/schema';
import { describe, expectTypeOf, it } from 'vitest';
import { createQuery } from './create.ts';
import { figures, get, type KindOfId, list, neighbors, relationsOf, timeline } from './index.ts';

describe('types', () => {
  it('get narrows by the id prefix', () => {
    expectTypeOf(get('org:smic')).toEqualTypeOf<OrganizationEntry>();
    expectTypeOf(get('person:xi-jinping')).toEqualTypeOf<PersonEntry>();
    expectTypeOf<KindOfId<'figure:x'>>().toEqualTypeOf<'figure'>();
    // @ts-expect-error: a misspelled id does not compile
    get('org:smiic');
  });

  it('list returns the records of the kind', () => {
    expectTypeOf(list('figure')[0]!.unit).toEqualTypeOf<Figure['unit']>();
  });

  it('date bounds take calendar dates and date objects, not numbers', () => {
    timeline({ from: get('event:zte-export-ban-2018').date, to: '2018' });
    // @ts-expect-error: a bound is a string or a date object
    timeline({ from: 2018 });
  });

  it('createQuery works with schema types and any id', () => {
    const q = createQuery({});
    expectTypeOf(q.get('figure:anything')).toEqualTypeOf<Figure>();
  });
});

describe('filters are typed by the schema', () => {
  it('take only shipped ids, known units, qualifiers and predicates', () => {
    figures({ subject: 'org:smic', unit: 'USD', qualifier: 'more-than' });
    // @ts-expect-error: a misspelled id does not compile
    figures({ subject: 'org:smiic' });
    // @ts-expect-error: not a unit
    figures({ unit: 'dollars' });
    // @ts-expect-error: not a qualifier
    figures({ qualifier: 'roughly' });
    // @ts-expect-error: not a predicate
    relationsOf('org:smic', { predicate: 'likes' });
    // @ts-expect-error: depth is an option, not a positional argument
    neighbors('org:smic', 2);
    timeline({ involving: 'org:zte', match: 'possible' });
    // @ts-expect-error: not a match mode
    timeline({ match: 'maybe' });
  });

  it('return read-only answers', () => {
    // @ts-expect-error: answers are read-only
    figures().push(get('figure:zte-fine-2017'));
    expectTypeOf(timeline()[0]!.match).toEqualTypeOf<'certain' | 'possible'>();
  });
});

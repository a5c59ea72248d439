import type { OrganizationEntry, PersonEntry } from '@chipwar/dataset';
import type { Figure } from '@chipwar/schema';
import { describe, expectTypeOf, it } from 'vitest';
import { createQuery } from './create.ts';
import { get, type KindOfId, list, timeline } from './index.ts';

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

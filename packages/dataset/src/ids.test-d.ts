import type { Figure, Organization } from '@chipwar/schema';
import { describe, expectTypeOf, it } from 'vitest';
import { type QuoteId, quotes } from './generated/quotes.ts';
import { dataset, type FigureId, figures, type OrganizationId, type RecordId } from './index.ts';

describe('literal id types', () => {
  it('accept the ids the dataset ships and reject anything else', () => {
    const smic: OrganizationId = 'org:smic';
    expectTypeOf(smic).toExtend<RecordId>();
    // @ts-expect-error: a misspelled organization id does not compile
    const typo: OrganizationId = 'org:smiic';
    // @ts-expect-error: a person id is not an organization id
    const wrongKind: OrganizationId = 'person:xi-jinping';
    void typo;
    void wrongKind;
  });

  it('narrow the id of every shipped record', () => {
    expectTypeOf(figures[0]!.id).toEqualTypeOf<FigureId>();
    expectTypeOf(dataset.quotes[0]!.id).toEqualTypeOf<QuoteId>();
    expectTypeOf(quotes).toEqualTypeOf(dataset.quotes);
    expectTypeOf<FigureId>().not.toEqualTypeOf<string>();
  });

  it('keep the schema types, read-only', () => {
    expectTypeOf(figures[0]!.unit).toEqualTypeOf<Figure['unit']>();
    expectTypeOf(dataset.organizations[0]!.type).toEqualTypeOf<Organization['type']>();
    // @ts-expect-error: shipped records are read-only
    figures[0]!.value = 1;
    // @ts-expect-error: shipped arrays are read-only
    figures[0]!.sources.push(figures[0]!.sources[0]!);
  });
});

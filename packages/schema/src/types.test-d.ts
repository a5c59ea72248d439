import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  AnyId,
  AnyRecord,
  Dataset,
  DateInfo,
  Figure,
  IdOf,
  Organization,
  Quote,
  RecordInputOfKind,
  RecordInputSchemas,
  RecordOfKind,
  ValidationResult,
} from './index.ts';

describe('types inferred from the schemas', () => {
  it('ids carry their kind prefix', () => {
    expectTypeOf<IdOf<'organization'>>().toEqualTypeOf<`org:${string}`>();
    expectTypeOf<Organization['id']>().toEqualTypeOf<`org:${string}`>();
    expectTypeOf<'org:smic'>().toExtend<AnyId>();
    // @ts-expect-error: an organization id cannot hold a person id
    const wrong: Organization['id'] = 'person:xi-jinping';
    void wrong;
  });

  it('references are typed by the kinds they allow', () => {
    expectTypeOf<Organization['country']>().toEqualTypeOf<
      `country:${string}` | `region:${string}` | undefined
    >();
    expectTypeOf<Figure['equivalents']>().toEqualTypeOf<`figure:${string}`[] | undefined>();
    // @ts-expect-error: a speaker is a person or a body, never a technology
    const speaker: Quote['speaker'] = { id: 'tech:euv' };
    void speaker;
  });

  it('vocabularies are closed unions', () => {
    expectTypeOf<Figure['unit']>().toExtend<string>();
    expectTypeOf<'USD'>().toExtend<Figure['unit']>();
    // @ts-expect-error: not a unit of the vocabulary
    const unit: Figure['unit'] = 'dollars';
    void unit;
  });

  it('the authoring form takes EDTF strings and outputs the published form', () => {
    expectTypeOf<RecordInputOfKind['event']['date']>().toExtend<string | { edtf: string }>();
    expectTypeOf<z.output<(typeof RecordInputSchemas)['event']>>().toEqualTypeOf<RecordOfKind['event']>();
    expectTypeOf<RecordOfKind['event']['date']>().toEqualTypeOf<DateInfo>();
  });

  it('records narrow on kind', () => {
    const narrow = (record: AnyRecord) => (record.kind === 'figure' ? record.unit : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<Figure['unit'] | undefined>();
    expectTypeOf<Dataset['figures']>().toEqualTypeOf<Figure[]>();
  });

  it('a validation result has data only when ok', () => {
    const use = (result: ValidationResult) =>
      result.ok ? result.data.meta.datasetVersion : result.issues[0]?.code;
    expectTypeOf(use).returns.toEqualTypeOf<string | undefined>();
  });
});

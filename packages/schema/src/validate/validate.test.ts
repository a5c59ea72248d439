import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { KIND_NAMES, KINDS } from '../core.ts';
import {
  assertValidDataset,
  DatasetValidationError,
  formatIssues,
  type IssueCode,
  parseRecordInput,
  validateDataset,
} from '../index.ts';

function codesOf(input: unknown): IssueCode[] {
  const result = validateDataset(input);
  return result.issues.map((issue) => issue.code);
}

function issueAt(input: unknown, at: string) {
  return validateDataset(input).issues.find((issue) => issue.at === at);
}

describe('validateDataset on a valid dataset', () => {
  it('accepts the sample, which holds every kind', () => {
    const dataset = sampleDataset();
    for (const kind of KIND_NAMES) expect(dataset[KINDS[kind].collection].length).toBeGreaterThan(0);
    const result = validateDataset(dataset);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('returns a fresh copy and leaves the input untouched', () => {
    const input = sampleDataset();
    const before = structuredClone(input);
    const result = validateDataset(input);
    expect(input).toEqual(before);
    expect(result.data).toEqual(before);
    expect(result.data).not.toBe(input);
    expect(result.data?.figures[0]).not.toBe(input.figures[0]);
  });

  it('reads a missing record array as empty', () => {
    const { relations: _relations, ...rest } = sampleDataset();
    const result = validateDataset(rest);
    expect(result.ok).toBe(true);
    expect(result.data?.relations).toEqual([]);
  });

  it('assertValidDataset returns the data or throws with every issue', () => {
    expect(assertValidDataset(sampleDataset()).figures).toHaveLength(4);
    const broken = sampleDataset();
    broken.figures[0]!.unit = 'parsecs' as never;
    broken.people[0]!.nationality = 'country:xx' as never;
    try {
      assertValidDataset(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetValidationError);
      expect((error as DatasetValidationError).issues.map((issue) => issue.code)).toEqual([
        'invalid-value',
        'unknown-reference',
      ]);
      expect((error as Error).message).toContain('figures[0].unit');
    }
  });
});

describe('validateDataset: record shapes, for every kind', () => {
  it.each(KIND_NAMES)('rejects a %s with a missing required field and an unknown field', (kind) => {
    const dataset = sampleDataset();
    const collection = KINDS[kind].collection;
    const record = dataset[collection][0] as unknown as Record<string, unknown>;
    delete record.sources;
    record.sourcez = [];
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ at: `${collection}[0].sources`, code: 'invalid-type' }),
        expect.objectContaining({ at: `${collection}[0]`, code: 'unrecognized-keys' }),
      ]),
    );
    expect(result.issues.find((issue) => issue.code === 'unrecognized-keys')?.message).toContain('"sourcez"');
  });

  it.each(KIND_NAMES)('rejects a %s whose id has another kind’s prefix', (kind) => {
    const dataset = sampleDataset();
    const collection = KINDS[kind].collection;
    const record = dataset[collection][0] as unknown as Record<string, unknown>;
    record.id = kind === 'person' ? 'org:someone' : 'person:someone';
    const issue = issueAt(dataset, `${collection}[0].id`);
    expect(issue?.code).toBe('id-prefix-mismatch');
    expect(issue?.message).toContain(`${KINDS[kind].prefix}:<slug>`);
  });

  it.each(KIND_NAMES)('rejects a %s in the wrong array (kind must match the collection)', (kind) => {
    const dataset = sampleDataset();
    const record = dataset[KINDS[kind].collection][0] as unknown as Record<string, unknown>;
    record.kind = kind === 'figure' ? 'event' : 'figure';
    expect(issueAt(dataset, `${KINDS[kind].collection}[0].kind`)?.code).toBe('invalid-value');
  });

  it('rejects malformed ids, slugs, citations and vocabulary values', () => {
    const dataset = sampleDataset();
    dataset.organizations[0]!.type = 'startup' as never;
    dataset.technologies[1]!.id = 'tech:NAND' as never;
    dataset.figures[0]!.sources[0]!.paragraph = 0;
    dataset.figures[0]!.sources[0]!.excerpt = 'x'.repeat(301);
    dataset.figures[0]!.metric = 'Share Of Demand';
    dataset.relations[0]!.predicate = 'likes' as never;
    expect(codesOf(dataset)).toEqual([
      'invalid-value',
      'invalid-id',
      'too-small',
      'too-big',
      'invalid-format',
      'invalid-value',
    ]);
  });

  it('rejects a quote speaker with neither id nor description', () => {
    const dataset = sampleDataset();
    dataset.quotes[1]!.speaker = {};
    expect(issueAt(dataset, 'quotes[1].speaker')?.code).toBe('speaker-unidentified');
  });

  it('rejects a non-object, unknown top-level fields and non-array collections', () => {
    expect(codesOf(null)).toEqual(['invalid-type']);
    expect(codesOf([])).toEqual(['invalid-type']);
    const dataset = { ...sampleDataset(), extra: 1, figures: 'none' };
    expect(validateDataset(dataset).issues.map((issue) => [issue.at, issue.code])).toEqual(
      expect.arrayContaining([
        ['extra', 'unrecognized-keys'],
        ['figures', 'invalid-type'],
      ]),
    );
  });

  it('checks meta: versions, date and hash', () => {
    const dataset = sampleDataset();
    dataset.meta.datasetVersion = 'one';
    dataset.meta.source.sha256 = 'abc';
    dataset.meta.source.date = '2023-13-01';
    expect(validateDataset(dataset).issues.map((issue) => issue.at)).toEqual([
      'meta.datasetVersion',
      'meta.source.date',
      'meta.source.sha256',
    ]);
  });
});

describe('values against their units', () => {
  it('rejects a negative count, a fractional count and a negative node size, saying what, where, expected and received', () => {
    const dataset = sampleDataset();
    Object.assign(dataset.figures[1]!, { unit: 'count', value: -5, equivalents: undefined });
    Object.assign(dataset.figures[2]!, { unit: 'count', value: 2.5, equivalents: undefined });
    dataset.figures[0]!.value = -7;
    const issues = validateDataset(dataset).issues.filter((issue) => issue.code === 'unit-value');
    expect(issues.map((issue) => issue.message)).toEqual([
      'figures[0].value does not fit unit nanometer (a length in nanometers); expected a number greater than 0, received -7',
      'figures[1].value does not fit unit count (a count of things); expected a whole number of at least 0, received -5',
      'figures[2].value does not fit unit count (a count of things); expected a whole number of at least 0, received 2.5',
    ]);
    expect(formatIssues(issues.slice(0, 1))).toBe(
      'figures[0].value (figure:logic-threshold) does not fit unit nanometer (a length in nanometers); expected a number greater than 0, received -7 [unit-value]',
    );
  });

  it('bounds shares by 100 percent, not every percent', () => {
    const dataset = sampleDataset();
    Object.assign(dataset.figures[0]!, {
      unit: 'percent',
      metric: 'share-of-global-chip-demand',
      value: 120,
    });
    expect(issueAt(dataset, 'figures[0].value')?.message).toBe(
      'figures[0].value does not fit unit percent with metric share-of-global-chip-demand (a share or rate of a whole, in percent); expected a number from 0 to 100, received 120',
    );
    Object.assign(dataset.figures[0]!, { metric: 'pay-premium', value: 500 });
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('checks both bounds of a range', () => {
    const dataset = sampleDataset();
    Object.assign(dataset.figures[0]!, { unit: 'layer', range: { min: 0, max: 128.5 } });
    delete dataset.figures[0]!.value;
    expect(
      validateDataset(dataset)
        .issues.filter((issue) => issue.code === 'unit-value')
        .map((issue) => issue.at),
    ).toEqual(['figures[0].range.min', 'figures[0].range.max']);
  });
});

describe('messages in the project’s words', () => {
  const figure = () => {
    const record = JSON.parse(JSON.stringify(sampleDataset().figures[0])) as Record<string, unknown>;
    record.period = (record.period as { edtf: string } | undefined)?.edtf;
    return record;
  };

  it('a missing excerpt: where, what, expected and received', () => {
    const record = figure();
    delete (record.sources as Record<string, unknown>[])[0]!.excerpt;
    const result = parseRecordInput('figure', record);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'sources[0].excerpt is required; expected a string, received nothing',
    ]);
    expect(formatIssues(result.issues)).toBe(
      'sources[0].excerpt is required; expected a string, received nothing [invalid-type]',
    );
    const dataset = sampleDataset();
    delete (dataset.figures[0]!.sources[0] as Partial<(typeof dataset.figures)[0]['sources'][0]>).excerpt;
    expect(formatIssues(validateDataset(dataset).issues)).toBe(
      'figures[0].sources[0].excerpt (figure:logic-threshold) is required; expected a string, received nothing [invalid-type]',
    );
  });

  it('wrong types, empty strings, bad slugs, unknown values and forms of a date', () => {
    const record = figure();
    record.value = '16';
    record.label = '';
    record.metric = 'Logic Node';
    record.unit = 'nanometre';
    record.period = 2022;
    expect(parseRecordInput('figure', record).issues.map((issue) => issue.message)).toEqual([
      'label must not be empty; received ""',
      'metric does not have the required form; expected a slug: lower-case letters and digits joined by single hyphens, received "Logic Node"',
      'value has the wrong type; expected a number, received "16"',
      expect.stringMatching(
        /^unit is not an allowed value; expected one of USD, .*, received "nanometre"; did you mean nanometer\?$/,
      ),
      'period matches none of the allowed forms; expected a string or an object, received the number 2022',
    ]);
  });
});

describe('validateDataset: integrity checks', () => {
  it('finds duplicate ids, within and across arrays', () => {
    const dataset = sampleDataset();
    dataset.countries.push({ ...dataset.countries[0]! });
    const issue = validateDataset(dataset).issues.find((found) => found.code === 'duplicate-id');
    expect(issue).toMatchObject({ at: 'countries[2].id', recordId: 'country:cn' });
    expect(issue?.message).toContain('countries[0]');
  });

  it('finds references to ids that do not exist, with the nearest ids as suggestions', () => {
    const dataset = sampleDataset();
    dataset.relations[0]!.object = 'org:smiic' as never;
    const issue = issueAt(dataset, 'relations[0].object');
    expect(issue).toMatchObject({ code: 'unknown-reference', recordId: 'rel:qualcomm-customer-of-smic' });
    expect(issue?.suggestions?.[0]).toBe('org:smic');
    expect(issue?.message).toContain('"org:smiic"');
  });

  it('finds references of the wrong kind, in nested fields too', () => {
    const dataset = sampleDataset();
    dataset.quotes[0]!.speaker = { id: 'tech:nand' as never };
    dataset.people[0]!.affiliations![0]!.organization = 'figure:logic-threshold' as never;
    dataset.figures[0]!.sources[0]!.document = 'org:smic' as never;
    const issues = validateDataset(dataset).issues;
    expect(issues.map((issue) => issue.at)).toEqual([
      'people[0].affiliations[0].organization',
      'figures[0].sources[0].document',
      'quotes[0].speaker.id',
    ]);
    expect(issues[2]?.message).toContain('person or organization or country or region');
  });

  it('checks the source document named in meta exists', () => {
    const dataset = sampleDataset();
    dataset.meta.source.document = 'doc:missing';
    expect(issueAt(dataset, 'meta.source.document')?.code).toBe('unknown-reference');
  });

  it('checks relation ends against the predicate', () => {
    const dataset = sampleDataset();
    dataset.relations[0]!.predicate = 'leader-of';
    const issue = issueAt(dataset, 'relations[0].subject');
    expect(issue?.code).toBe('relation-kind-mismatch');
    expect(issue?.message).toContain('"leader-of" takes a subject of kind person');
    dataset.relations[0]!.predicate = 'customer-of';
    dataset.relations[0]!.object = 'org:qualcomm';
    expect(issueAt(dataset, 'relations[0].object')?.code).toBe('self-reference');
  });

  it('checks a country id agrees with its ISO code', () => {
    const dataset = sampleDataset();
    dataset.countries[0]!.iso3166 = 'TW';
    expect(issueAt(dataset, 'countries[0].id')?.code).toBe('iso-code-mismatch');
  });

  it('requires a figure to have exactly one of value or range, and an ordered range', () => {
    const dataset = sampleDataset();
    dataset.figures[0]!.range = { min: 1, max: 2 };
    delete dataset.figures[1]!.value;
    dataset.figures[3]!.range = { min: 5, max: 1 };
    const issues = validateDataset(dataset).issues;
    // The record's own schema orders the range; exactly-one-of is an integrity check after it.
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['figures[3].range.max', 'invalid-range'],
      ['figures[0]', 'figure-value-range'],
      ['figures[1]', 'figure-value-range'],
    ]);
    expect(issues[0]?.message).toBe(
      'figures[3].range.max is less than range.min; expected a number of at least 5, received 1',
    );
    expect(issues[1]?.message).toContain('both');
    expect(issues[2]?.message).toContain('neither');
  });

  it('requires equivalent figures to list each other', () => {
    const dataset = sampleDataset();
    dataset.figures[2]!.equivalents = [];
    expect(issueAt(dataset, 'figures[1].equivalents[0]')?.code).toBe('asymmetric-equivalence');
    dataset.figures[2]!.equivalents = ['figure:subsidy-usd'];
    expect(issueAt(dataset, 'figures[2].equivalents[0]')?.code).toBe('self-reference');
  });

  it('requires objectives and tactics to be numbered 1..n', () => {
    const dataset = sampleDataset();
    dataset.objectives[1]!.order = 3;
    dataset.tactics[0]!.order = 2;
    expect(validateDataset(dataset).issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['objectives[1].order', 'order-conflict'],
      ['tactics[0].order', 'order-conflict'],
    ]);
  });

  it('checks dates: valid EDTF, ordered intervals, derived fields that agree', () => {
    const dataset = sampleDataset();
    dataset.events[0]!.date = { ...dataset.events[0]!.date, edtf: '2022-13-01' };
    dataset.events[1]!.date = { ...dataset.events[1]!.date, edtf: '2025/2021' };
    dataset.figures[1]!.period = { ...dataset.figures[1]!.period!, start: '2021-01-01' };
    expect(validateDataset(dataset).issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['events[0].date.edtf', 'invalid-date'],
      ['events[1].date.edtf', 'unordered-interval'],
      ['figures[1].period.start', 'date-mismatch'],
    ]);
  });

  it('reports every problem at once, and a broken record does not cascade into unknown references', () => {
    const dataset = sampleDataset();
    dataset.organizations[0]!.type = 'startup' as never; // org:smic fails its shape…
    dataset.countries[0]!.name = ''; // …and so does country:cn, which many records reference
    const issues = validateDataset(dataset).issues;
    expect(issues.map((issue) => issue.code)).toEqual(['too-small', 'invalid-value']);
  });
});

describe('validateDataset never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on any value at any field of a valid dataset', () => {
    const kinds = fc.constantFrom(...KIND_NAMES);
    fc.assert(
      fc.property(kinds, fc.string(), fc.anything(), (kind, key, value) => {
        const dataset = sampleDataset() as unknown as Record<string, Record<string, unknown>[]>;
        const record = dataset[KINDS[kind].collection]?.[0];
        if (record) record[key] = value;
        const result = validateDataset(dataset);
        expect(Array.isArray(result.issues)).toBe(true);
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on deep nesting, __proto__ keys, cycles, proxies, getters that throw and non-JSON values', () => {
    let deep: unknown = {};
    for (let depth = 0; depth < 100_000; depth++) deep = { meta: deep, figures: [deep] };
    const protoKey = JSON.parse('{"__proto__": {"polluted": true}, "meta": {}}');
    const cyclic: Record<string, unknown> = sampleDataset() as never;
    cyclic.figures = [cyclic];
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no access');
        },
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const getter = Object.defineProperty({ ...sampleDataset() }, 'figures', {
      enumerable: true,
      get() {
        throw new Error('getter exploded');
      },
    });
    const hostile: unknown[] = [
      deep,
      protoKey,
      cyclic,
      throwing,
      getter,
      10n,
      Symbol('x'),
      () => 1,
      new Date(),
      new Map(),
      Object.create(null),
      { ...sampleDataset(), figures: [10n, Symbol('y'), () => 2] },
    ];
    for (const input of hostile) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateDataset(getter).issues[0]).toMatchObject({ code: 'invalid-input' });
    expect(validateDataset(getter).issues[0]?.message).toContain('getter exploded');
  });
});

describe('the ledger of retired ids', () => {
  it('accepts retired ids that point to live or retired ids', () => {
    const dataset = sampleDataset();
    dataset.retired.push({
      id: 'org:smic-corp',
      change: 'renamed',
      version: '1.1.0',
      replacedBy: ['org:smic-international'],
      reason: 'chain',
    });
    expect(validateDataset(dataset).issues).toEqual([]);
  });

  it('rejects a retired id that is live, unknown replacements, wrong counts and cycles', () => {
    const dataset = sampleDataset();
    dataset.retired.push(
      { id: 'org:qualcomm', change: 'removed', version: '1.0.0', replacedBy: [], reason: 'still live' },
      { id: 'org:gone', change: 'renamed', version: '1.0.0', replacedBy: ['org:smiic'], reason: 'typo' },
      { id: 'org:two', change: 'split', version: '1.0.0', replacedBy: ['org:smic'], reason: 'only one part' },
      { id: 'org:a', change: 'renamed', version: '1.0.0', replacedBy: ['org:b'], reason: 'cycle' },
      { id: 'org:b', change: 'renamed', version: '1.0.0', replacedBy: ['org:a'], reason: 'cycle' },
    );
    const issues = validateDataset(dataset).issues;
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['retired[1].id', 'retired-id-live'],
      ['retired[2].replacedBy[0]', 'unknown-replacement'],
      ['retired[3].replacedBy', 'replacement-count'],
      ['retired[4].replacedBy', 'retirement-cycle'],
      ['retired[5].replacedBy', 'retirement-cycle'],
    ]);
    expect(issues[1]?.suggestions?.[0]).toBe('org:smic');
  });

  it('rejects a malformed ledger entry', () => {
    const dataset = sampleDataset();
    (dataset.retired[0] as { change: string }).change = 'deleted';
    expect(validateDataset(dataset).issues.map((issue) => issue.at)).toEqual(['retired[0].change']);
  });
});

describe('citations against their document’s outline', () => {
  const withOutline = () => {
    const dataset = sampleDataset();
    const report = dataset.documents[0] as (typeof dataset.documents)[number];
    const sections = new Map<string, number>();
    for (const kind of KIND_NAMES)
      for (const record of dataset[KINDS[kind].collection])
        for (const citation of record.sources)
          sections.set(citation.section, Math.max(sections.get(citation.section) ?? 0, citation.paragraph));
    report.sections = [...sections].map(([section, paragraphs]) => ({
      section,
      title: `The ${section}`,
      paragraphs: paragraphs + 2,
      subsections: [{ title: 'Part one', from: 1, to: paragraphs }],
    }));
    return dataset;
  };

  it('accepts citations of sections and paragraphs the outline has', () => {
    expect(validateDataset(withOutline()).issues).toEqual([]);
  });

  it('rejects a section the outline lacks, a paragraph past its end, and disordered subsections', () => {
    const dataset = withOutline();
    const report = dataset.documents[0] as (typeof dataset.documents)[number];
    const [first] = report.sections ?? [];
    dataset.figures[0]!.sources[0]!.section = 'section-9';
    dataset.people[0]!.sources[0]!.paragraph = 99;
    if (first) first.subsections = [{ title: 'Backwards', from: 3, to: 2 }];
    const issues = validateDataset(dataset).issues.map((issue) => [issue.at, issue.code, issue.message]);
    expect(issues).toContainEqual([
      'figures[0].sources[0].section',
      'unknown-section',
      expect.stringContaining(
        'cites section "section-9", which the outline of doc:report does not have; expected one of',
      ),
    ]);
    expect(issues).toContainEqual([
      'people[0].sources[0].paragraph',
      'unknown-section',
      expect.stringMatching(
        /^cites paragraph 99 of \S+, which has \d+ paragraph\(s\) in the outline of doc:report$/,
      ),
    ]);
    expect(issues).toContainEqual([
      'documents[0].sections[0].subsections[0]',
      'invalid-range',
      expect.stringContaining('covers paragraphs 3–2'),
    ]);
  });
});

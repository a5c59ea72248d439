import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { KIND_NAMES, KINDS } from '../core.ts';
import { assertValidDataset, DatasetValidationError, type IssueCode, validateDataset } from '../index.ts';

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

  it('rejects control characters in every text field, naming the first one', () => {
    const dataset = sampleDataset();
    dataset.organizations[0]!.name = 'SMIC\u001b[2J\u001b]0;owned\u0007';
    dataset.organizations[0]!.aliases = ['tab\there'];
    dataset.figures[0]!.label = 'line\nbreak';
    dataset.figures[0]!.sources[0]!.excerpt = 'C1 \u009b31m';
    dataset.quotes[0]!.text = 'DEL \u007f';
    dataset.meta.source.title = 'nul \u0000';
    const issues = validateDataset(dataset).issues;
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['meta.source.title', 'invalid-format'],
      ['organizations[0].name', 'invalid-format'],
      ['organizations[0].aliases[0]', 'invalid-format'],
      ['figures[0].sources[0].excerpt', 'invalid-format'],
      ['figures[0].label', 'invalid-format'],
      ['quotes[0].text', 'invalid-format'],
    ]);
    expect(issues[1]?.message).toBe(
      'expected text without control characters (U+0000–U+001F, U+007F–U+009F); found U+001B at character 5',
    );
    // Printable text outside ASCII is text: quotes, dashes, accents, CJK, emoji.
    dataset.meta.source.title = '“China’s” — é 中国 🇨🇳 \u00a0 \u2028';
    expect(validateDataset(dataset).issues.map((issue) => issue.at)).not.toContain('meta.source.title');
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
    expect(issues.map((issue) => [issue.at, issue.code])).toEqual([
      ['figures[0]', 'figure-value-range'],
      ['figures[1]', 'figure-value-range'],
      ['figures[3].range', 'invalid-range'],
    ]);
    expect(issues[0]?.message).toContain('both');
    expect(issues[1]?.message).toContain('neither');
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

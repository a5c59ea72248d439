// The integrity checks of validateDataset as a curator reads them: the exact issue, its place,
// the record it is in, and suggestions only where there are some.
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { MAX_SUGGESTED_REFERENCES, validateDataset } from './validate.ts';

const issuesOf = (input: unknown) => validateDataset(input).issues;

describe('the shape of the whole input', () => {
  it('a non-object, an unknown top-level field and a collection that is not a list', () => {
    expect(issuesOf(5)).toStrictEqual([
      {
        path: [],
        at: '(root)',
        code: 'invalid-type',
        message: 'expected a dataset object with meta and record arrays; received the number 5',
      },
    ]);
    const dataset = { ...sampleDataset(), figurez: [], figures: 'none' };
    const [unknown, notList] = issuesOf(dataset);
    expect(unknown).toStrictEqual({
      path: ['figurez'],
      at: 'figurez',
      code: 'unrecognized-keys',
      message: expect.stringMatching(
        /^unknown top-level field "figurez"; expected meta, retired or one of countries, /,
      ),
    });
    expect(notList).toStrictEqual({
      path: ['figures'],
      at: 'figures',
      code: 'invalid-type',
      message: 'expected an array of figure records; received "none"',
    });
  });

  it('a value that cannot be read says why, in at most 200 characters of the reason', () => {
    const dataset = sampleDataset() as unknown as Record<string, unknown>;
    Object.defineProperty(dataset, 'countries', {
      enumerable: true,
      get() {
        throw new Error(`x${'y'.repeat(300)}`);
      },
    });
    const [issue] = issuesOf(dataset);
    expect(issue?.code).toBe('invalid-input');
    expect(issue?.message).toBe(
      `the input could not be read as plain data (x${'y'.repeat(199)}); expected JSON-like objects and arrays`,
    );
  });
});

describe('references', () => {
  it('an unknown reference names the kinds expected and suggests the nearest ids', () => {
    const dataset = sampleDataset();
    dataset.organizations[0]!.country = 'country:cnn' as never;
    expect(issuesOf(dataset)).toStrictEqual([
      {
        path: ['organizations', 0, 'country'],
        at: 'organizations[0].country',
        code: 'unknown-reference',
        message:
          'refers to "country:cnn", which no record of the dataset has; expected the id of an existing country or region',
        recordId: 'org:smic',
        suggestions: ['country:cn', 'country:us'],
      },
    ]);
  });

  it('an unknown reference in meta has no record id', () => {
    const dataset = sampleDataset();
    dataset.meta.source.document = 'doc:nowhere' as never;
    const [issue] = issuesOf(dataset);
    expect(issue?.at).toBe('meta.source.document');
    expect(issue).not.toHaveProperty('recordId');
  });

  it(`suggests for the first ${MAX_SUGGESTED_REFERENCES} unknown ids only, and for each id and kinds once`, () => {
    const dataset = sampleDataset();
    const [organization] = dataset.organizations;
    dataset.organizations = Array.from({ length: MAX_SUGGESTED_REFERENCES + 2 }, (_, index) => ({
      ...organization!,
      id: `org:o-${index}` as never,
      // The first two share an unknown id: one suggestion search serves both.
      country: `country:c${index < 2 ? 0 : index}n` as never,
    }));
    const countries = issuesOf(dataset).filter((issue) => /^organizations\[\d+\]\.country$/.test(issue.at));
    expect(countries).toHaveLength(MAX_SUGGESTED_REFERENCES + 2);
    expect(countries[0]?.suggestions).toEqual(['country:cn', 'country:us']);
    expect(countries[1]?.suggestions).toEqual(['country:cn', 'country:us']);
    expect(countries.filter((issue) => issue.suggestions !== undefined)).toHaveLength(
      MAX_SUGGESTED_REFERENCES + 1,
    );
    expect(countries.at(-1)).not.toHaveProperty('suggestions');
  });
});

describe('records against each other', () => {
  it('a country id that does not match its ISO code', () => {
    const dataset = sampleDataset();
    dataset.countries[0]!.iso3166 = 'US' as never;
    expect(issuesOf(dataset)).toContainEqual({
      path: ['countries', 0, 'id'],
      at: 'countries[0].id',
      code: 'iso-code-mismatch',
      message: 'a country with ISO 3166-1 code US must have the id country:us; received country:cn',
      recordId: 'country:cn',
    });
  });

  it('figures that are their own equivalent, or not listed back', () => {
    const dataset = sampleDataset();
    dataset.figures[1]!.equivalents = ['figure:subsidy-cny' as never];
    dataset.figures[2]!.equivalents = [];
    const messages = issuesOf(dataset).map((issue) => [issue.at, issue.code, issue.message]);
    expect(messages).toEqual([
      ['figures[1].equivalents[0]', 'self-reference', 'a figure cannot be its own equivalent'],
    ]);
    const asymmetric = sampleDataset();
    asymmetric.figures[2]!.equivalents = [];
    expect(issuesOf(asymmetric).map((issue) => [issue.at, issue.code, issue.message])).toEqual([
      [
        'figures[1].equivalents[0]',
        'asymmetric-equivalence',
        'lists figure:subsidy-usd as equivalent, but figure:subsidy-usd does not list figure:subsidy-cny back',
      ],
    ]);
  });

  it('objectives numbered in any array order are fine; a gap is not', () => {
    const reordered = sampleDataset();
    reordered.objectives.reverse();
    expect(issuesOf(reordered)).toEqual([]);
    const gap = sampleDataset();
    gap.objectives[1]!.order = 3;
    expect(issuesOf(gap)).toStrictEqual([
      {
        path: ['objectives', 1, 'order'],
        at: 'objectives[1].order',
        code: 'order-conflict',
        message: 'objectives must be numbered 1 to 2 without gaps or repeats; expected 2 here, received 3',
        recordId: 'objective:deter',
      },
    ]);
  });

  it('relation ends of the wrong kind, and a relation to itself', () => {
    const dataset = sampleDataset();
    dataset.relations[0]!.subject = 'concept:export-discipline' as never;
    expect(issuesOf(dataset).map((issue) => [issue.at, issue.code, issue.message])).toEqual([
      [
        'relations[0].subject',
        'relation-kind-mismatch',
        expect.stringMatching(
          /^"customer-of" takes a subject of kind .+; received concept:export-discipline, a concept$/,
        ),
      ],
    ]);
    const itself = sampleDataset();
    itself.relations[0]!.object = 'org:qualcomm' as never;
    expect(issuesOf(itself).map((issue) => [issue.at, issue.code, issue.message])).toEqual([
      ['relations[0].object', 'self-reference', 'a relation cannot point from org:qualcomm to itself'],
    ]);
  });
});

describe('outlines', () => {
  const withOutline = () => {
    const dataset = sampleDataset();
    dataset.documents[0]!.sections = [
      {
        section: 'section-1',
        title: 'One',
        paragraphs: 3,
        subsections: [
          { title: 'First', from: 1, to: 1 },
          { title: 'Rest', from: 2, to: 3 },
        ],
      },
    ];
    for (const figure of dataset.figures) figure.sources[0]!.paragraph = 3;
    return dataset;
  };

  it('takes subsections that meet and end on the last paragraph, and citations of that paragraph', () => {
    expect(issuesOf(withOutline())).toEqual([]);
  });

  it('refuses a section listed twice, overlapping subsections, and one past the end', () => {
    const dataset = withOutline();
    const [section] = dataset.documents[0]!.sections!;
    section!.subsections = [
      { title: 'First', from: 1, to: 2 },
      { title: 'Overlap', from: 2, to: 3 },
    ];
    dataset.documents[0]!.sections!.push({ section: 'section-1', title: 'Again', paragraphs: 3 });
    expect(issuesOf(dataset).map((issue) => [issue.at, issue.code, issue.message])).toEqual([
      [
        'documents[0].sections[0].subsections[1]',
        'invalid-range',
        'subsection "Overlap" covers paragraphs 2–3; expected an ordered range after paragraph 2 and within the section\'s 3',
      ],
      [
        'documents[0].sections[1].section',
        'duplicate-id',
        'section section-1 is listed twice in the outline',
      ],
    ]);
    const past = withOutline();
    past.documents[0]!.sections![0]!.subsections = [{ title: 'Long', from: 1, to: 4 }];
    expect(issuesOf(past).map((issue) => issue.code)).toEqual(['invalid-range']);
  });

  it('a citation of a paragraph past the section names both numbers', () => {
    const dataset = withOutline();
    dataset.figures[0]!.sources[0]!.paragraph = 4;
    expect(issuesOf(dataset).map((issue) => issue.message)).toEqual([
      'cites paragraph 4 of section-1, which has 3 paragraph(s) in the outline of doc:report',
    ]);
  });
});

describe('the ledger in a dataset', () => {
  it('a problem carries the retired id, and suggestions only for an unknown replacement', () => {
    const dataset = sampleDataset();
    dataset.retired.push(
      {
        id: 'org:gone',
        change: 'renamed',
        version: '1.0.0',
        replacedBy: ['org:smicc' as never],
        reason: 'x',
      },
      { id: 'org:smic', change: 'removed', version: '1.0.0', replacedBy: [], reason: 'y' },
    );
    expect(issuesOf(dataset)).toStrictEqual([
      {
        path: ['retired', 1, 'replacedBy', 0],
        at: 'retired[1].replacedBy[0]',
        code: 'unknown-replacement',
        message: 'org:gone is replaced by org:smicc, which is neither a live id nor a retired one',
        recordId: 'org:gone',
        suggestions: ['org:smic'],
      },
      {
        path: ['retired', 2, 'id'],
        at: 'retired[2].id',
        code: 'retired-id-live',
        message: 'org:smic is retired, but a live record still has this id',
        recordId: 'org:smic',
      },
    ]);
  });
});

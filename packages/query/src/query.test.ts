import { dataset, type RecordId } from '@chipwar/dataset';
import {
  type AnyRecord,
  type Dataset,
  DatasetValidationError,
  describeEdtf,
  type Quote as QuoteRecord,
} from '@chipwar/schema';
import { KIND_NAMES, KINDS, PREDICATE_NAMES, QUALIFIERS, referencesOf, UNITS } from '@chipwar/schema/core';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createQuery } from './create.ts';
import { bindQuery } from './engine/bind.ts';
import {
  ArgumentError,
  cite,
  figures,
  find,
  formatFigure,
  get,
  headingsOf,
  list,
  mentions,
  neighbors,
  path,
  quotes,
  relationsOf,
  resolveId,
  search,
  timeline,
  UnknownIdError,
} from './index.ts';

const allRecords = KIND_NAMES.flatMap(
  (kind) => dataset[KINDS[kind].collection] as unknown as readonly AnyRecord[],
);
const allIds = allRecords.map((record) => record.id) as RecordId[];

describe('lookup', () => {
  it('get returns the record by id, find returns undefined for an unknown id', () => {
    expect(get('org:smic')).toMatchObject({ kind: 'organization', name: 'SMIC', type: 'company' });
    expect(find('person:xi-jinping')?.name).toBe('Xi Jinping');
    expect(find('person:nobody')).toBeUndefined();
  });

  it('get throws UnknownIdError with the nearest ids for an unknown id', () => {
    try {
      get('org:smiic' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownIdError);
      expect((error as UnknownIdError).id).toBe('org:smiic');
      expect((error as UnknownIdError).suggestions[0]).toBe('org:smic');
      expect((error as Error).message).toBe(
        `get: no record has the id "org:smiic"; did you mean ${(error as UnknownIdError).suggestions.join(', ')}?`,
      );
    }
  });

  it('list returns a kind in id order', () => {
    expect(
      list('objective')
        .map((objective) => objective.order)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    const ids = list('figure').map((figure) => figure.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(dataset.figures.length);
  });

  it('every record gets back by its id (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allIds), (id) => {
        expect(get(id as never)).toBe(allRecords.find((record) => record.id === id));
      }),
    );
  });
});

describe('reading the dataset kind by kind', () => {
  /** The shipped dataset behind getters that note which collections were read. */
  const watched = () => {
    const read = new Set<string>();
    const lazy: Record<string, unknown> = { meta: dataset.meta, retired: dataset.retired };
    for (const kind of KIND_NAMES) {
      const name = KINDS[kind].collection;
      Object.defineProperty(lazy, name, {
        enumerable: true,
        get: () => {
          read.add(name);
          return dataset[name];
        },
      });
    }
    return { q: bindQuery(lazy as unknown as Dataset), read };
  };

  it('a get reads only the collection of its id', () => {
    const { q, read } = watched();
    expect(q.get('org:smic').id).toBe('org:smic');
    expect(q.get('figure:zte-fine-2017').id).toBe('figure:zte-fine-2017');
    expect([...read].sort()).toEqual(['figures', 'organizations']);
    expect(q.find('org:no-such-org')).toBeUndefined();
    expect(q.find('nonsense')).toBeUndefined();
    // No colon, no prefix: 'events' is not read as the prefix 'event'.
    expect(q.find('events')).toBeUndefined();
    expect([...read].sort()).toEqual(['figures', 'organizations']);
  });

  it('reads every collection when it needs them all, and answers as if it had read them first', () => {
    const { q, read } = watched();
    expect(() => q.get('org:smiic')).toThrow(/did you mean org:smic/);
    expect(read.size).toBe(KIND_NAMES.length);
    expect(q.get('org:smic')).toBe(get('org:smic'));
    const other = watched();
    expect(other.q.search('big fund').map((result) => result.id)).toEqual(
      search('big fund').map((result) => result.id),
    );
    expect(other.read.size).toBe(KIND_NAMES.length);
  });
});

describe('figures', () => {
  it('finds the Big Fund figures: $21 billion (2014) and $35 billion (2019)', () => {
    const found = figures({ subject: 'org:big-fund', unit: 'USD' });
    expect(found.map((figure) => [figure.value, figure.period?.edtf])).toEqual(
      expect.arrayContaining([
        [21e9, '2014'],
        [35e9, '2019'],
      ]),
    );
  });

  it('filters by period, EDTF-aware: within the range, or with match possible overlapping it', () => {
    const of2020 = figures({ from: '2020', to: '2020' });
    expect(of2020.map((figure) => figure.id)).toContain('figure:china-chip-imports-2020');
    for (const figure of of2020) {
      expect((figure.period?.start ?? '') >= '2020-01-01').toBe(true);
      expect((figure.period?.end ?? '9') <= '2020-12-31').toBe(true);
    }
    const maybe2020 = figures({ from: '2020', to: '2020', match: 'possible' });
    expect(maybe2020.length).toBeGreaterThan(of2020.length);
    for (const figure of maybe2020) {
      expect(figure.period?.start === null || (figure.period?.start ?? '9') <= '2020-12-31').toBe(true);
      expect(figure.period?.end === null || (figure.period?.end ?? '') >= '2020-01-01').toBe(true);
    }
  });

  it('with related: true, also finds figures about related records', () => {
    const direct = figures({ subject: 'org:smic' });
    const related = figures({ subject: 'org:smic', related: true });
    expect(related.length).toBeGreaterThanOrEqual(direct.length);
    for (const figure of direct) expect(related).toContain(figure);
  });

  it('agrees with a linear scan for any filter (property)', () => {
    const subjects = [...new Set(dataset.figures.flatMap((figure) => figure.subjects))];
    const metrics = [...new Set(dataset.figures.map((figure) => figure.metric))];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...subjects), { nil: undefined }),
        fc.option(fc.constantFrom(...metrics), { nil: undefined }),
        fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
        fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
        fc.option(fc.integer({ min: 1970, max: 2030 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.constantFrom('certain', 'possible') as fc.Arbitrary<'certain' | 'possible'>,
        (subject, metric, unit, qualifier, year, span, match) => {
          const to = year !== undefined && span !== undefined ? String(year + span) : undefined;
          const filter = {
            subject,
            metric,
            unit,
            qualifier,
            from: year ? String(year) : undefined,
            to,
            match,
          };
          const [first, last] = [`${year}-01-01`, to === undefined ? undefined : `${to}-12-31`];
          const inRange = (period: { start: string | null; end: string | null }) =>
            match === 'certain'
              ? period.start !== null &&
                period.start >= first &&
                (last === undefined || (period.end !== null && period.end <= last))
              : (period.end === null || period.end >= first) &&
                (last === undefined || period.start === null || period.start <= last);
          const expected = dataset.figures.filter(
            (figure) =>
              (subject === undefined || (figure.subjects as readonly string[]).includes(subject)) &&
              (metric === undefined || figure.metric === metric) &&
              (unit === undefined || figure.unit === unit) &&
              (qualifier === undefined || figure.qualifier === qualifier) &&
              (year === undefined || (figure.period !== undefined && inRange(figure.period))),
          );
          const clean = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
          expect(figures(clean).map((figure) => figure.id)).toEqual(expected.map((figure) => figure.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('timeline', () => {
  it('gives the events of 2018 in order, the ZTE ban among them', () => {
    const events = timeline({ from: '2018', to: '2018' });
    expect(events.map((entry) => entry.id)).toContain('event:zte-export-ban-2018');
    expect(events.map((entry) => entry.id)).toContain('event:tan-tieniu-npc-speech-2018');
    const ban = events.findIndex((entry) => entry.id === 'event:zte-export-ban-2018');
    const speech = events.findIndex((entry) => entry.id === 'event:tan-tieniu-npc-speech-2018');
    expect(ban).toBeLessThan(speech); // April 2018 before November 2018
  });

  it('filters by participant and includes other dated kinds when asked', () => {
    const zte = timeline({ involving: 'org:zte' });
    expect(zte.length).toBeGreaterThan(3);
    expect(zte.every((entry) => JSON.stringify(entry.record).includes('org:zte'))).toBe(true);
    const withQuotes = timeline({ include: ['event', 'quote', 'policy', 'document'] });
    expect(new Set(withQuotes.map((entry) => entry.kind))).toEqual(
      new Set(['event', 'quote', 'policy', 'document']),
    );
  });

  it('is sorted and agrees with a linear scan for any range and match (property)', () => {
    // The oracle sorts every dated record itself: first day (an open start after every known
    // one), last day (open end last), then id, across the four kinds.
    const LAST = '\uffff';
    const key = (date: { start: string | null; end: string | null }, id: string) =>
      [date.start ?? LAST, date.end ?? LAST, id] as const;
    const everything = allRecords
      .filter((record) => ['event', 'policy', 'document', 'quote'].includes(record.kind))
      .flatMap((record) => {
        const date = (record as { date?: { start: string | null; end: string | null } }).date;
        return date ? [{ id: record.id, date, key: key(date, record.id) }] : [];
      })
      .sort((a, b) => {
        for (let i = 0; i < 3; i++)
          if (a.key[i] !== b.key[i]) return (a.key[i] as string) < (b.key[i] as string) ? -1 : 1;
        return 0;
      });
    const include = ['event', 'policy', 'document', 'quote'] as const;
    expect(timeline({ include: [...include] }).map((entry) => entry.id)).toEqual(
      everything.map((entry) => entry.id),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2030 }), fc.integer({ min: 0, max: 12 }), (year, span) => {
        const [first, last] = [`${year}-01-01`, `${year + span}-12-31`];
        const within = (date: { start: string | null; end: string | null }) =>
          date.start !== null && date.start >= first && date.end !== null && date.end <= last;
        const overlapping = (date: { start: string | null; end: string | null }) =>
          (date.end === null || date.end >= first) && (date.start === null || date.start <= last);
        const range = { from: `${year}`, to: `${year + span}` };
        const certain = timeline({ include: [...include], ...range });
        expect(certain.map((entry) => entry.id)).toEqual(
          everything.filter((entry) => within(entry.date)).map((entry) => entry.id),
        );
        expect(certain.every((entry) => entry.match === 'certain')).toBe(true);
        const possible = timeline({ include: [...include], ...range, match: 'possible' });
        expect(possible.map((entry) => [entry.id, entry.match])).toEqual(
          everything
            .filter((entry) => overlapping(entry.date))
            .map((entry) => [entry.id, within(entry.date) ? 'certain' : 'possible']),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('an event "before 2027" is not an event of 2022, but may be', () => {
    const entry = timeline({ include: ['event', 'policy', 'document', 'quote'] }).find(
      (found) => found.date.start === null && found.date.end !== null,
    );
    if (!entry) throw new Error('the dataset has no dated record with an open start');
    const year = (entry.date.end as string).slice(0, 4);
    const range = { include: [entry.kind], from: year, to: year } as const;
    expect(timeline(range).map((found) => found.id)).not.toContain(entry.id);
    expect(timeline({ ...range, match: 'possible' }).find((found) => found.id === entry.id)?.match).toBe(
      'possible',
    );
  });

  it('involving agrees with reading each record’s references (property)', () => {
    const kinds = ['event', 'policy', 'document', 'quote'] as const;
    const everything = timeline({ include: [...kinds] });
    const refersTo = (record: AnyRecord, id: string) =>
      referencesOf(record).some((reference) => reference.path[0] !== 'sources' && reference.id === id);
    fc.assert(
      fc.property(
        fc.constantFrom(...allIds),
        fc.option(fc.integer({ min: 1990, max: 2025 }), { nil: undefined }),
        (involving, year) => {
          const range = year === undefined ? {} : { from: String(year), to: String(year + 2) };
          const found = timeline({ include: [...kinds], involving, ...range });
          const inRange = new Set(timeline({ include: [...kinds], ...range }).map((entry) => entry.id));
          const expected = everything.filter(
            (entry) => inRange.has(entry.id) && refersTo(entry.record as unknown as AnyRecord, involving),
          );
          expect(found.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('quotes', () => {
  it('agrees with a linear scan for any speaker, range and match (property)', () => {
    const all = dataset.quotes as unknown as readonly QuoteRecord[];
    const speakers = [
      ...new Set(all.flatMap((quote) => [quote.speaker.id, quote.speaker.affiliation])),
    ].filter((id) => id !== undefined) as RecordId[];
    const order = (a: QuoteRecord, b: QuoteRecord) => {
      const [x, y] = [a.date?.start ?? '~', b.date?.start ?? '~'];
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
    };
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...speakers), { nil: undefined }),
        fc.option(fc.integer({ min: 2000, max: 2024 }), { nil: undefined }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('certain', 'possible') as fc.Arbitrary<'certain' | 'possible'>,
        (speaker, year, span, match) => {
          const from = year === undefined ? undefined : String(year);
          const to = year === undefined ? undefined : String(year + span);
          const [first, last] = [`${from}-01-01`, `${to}-12-31`];
          const inRange = (quote: QuoteRecord) => {
            if (from === undefined) return true;
            const date = quote.date;
            if (date === undefined) return false;
            if (match === 'certain')
              return date.start !== null && date.start >= first && date.end !== null && date.end <= last;
            return (date.end === null || date.end >= first) && (date.start === null || date.start <= last);
          };
          const expected = all
            .filter(
              (quote) =>
                (speaker === undefined ||
                  quote.speaker.id === speaker ||
                  quote.speaker.affiliation === speaker) &&
                inRange(quote),
            )
            .sort(order);
          expect(quotes({ speaker, from, to, match }).map((quote) => quote.id)).toEqual(
            expected.map((quote) => quote.id),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the quotes of Xi Jinping, in date order', () => {
    const xi = quotes({ speaker: 'person:xi-jinping' });
    expect(xi.length).toBeGreaterThanOrEqual(5);
    expect(xi.every((quote) => quote.speaker.id === 'person:xi-jinping')).toBe(true);
    const days = xi.map((quote) => quote.date?.start ?? '~');
    expect(days).toEqual([...days].sort());
  });

  it('finds quotes by words and by the body of an unnamed speaker', () => {
    expect(quotes({ words: 'inflection point' }).map((quote) => quote.id)).toContain(
      'quote:blinken-inflection-point',
    );
    const unnamed = quotes({ speaker: 'country:us' });
    expect(
      unnamed.every(
        (quote) => quote.speaker.id === 'country:us' || quote.speaker.affiliation === 'country:us',
      ),
    ).toBe(true);
  });
});

describe('relations and graph', () => {
  it('relationsOf finds Qualcomm as a customer of SMIC', () => {
    const customers = relationsOf('org:smic', { predicate: 'customer-of', direction: 'in' });
    expect(customers.map((relation) => relation.subject)).toContain('org:qualcomm');
    expect(
      relationsOf('org:smic', { direction: 'out' }).every((relation) => relation.subject === 'org:smic'),
    ).toBe(true);
  });

  it('neighbors grows with depth and excludes the start', () => {
    const one = neighbors('org:smic');
    const two = neighbors('org:smic', { depth: 2 });
    expect(neighbors('org:smic', { depth: 1 })).toEqual(one);
    expect(neighbors('org:smic', { depth: 0 })).toEqual([]);
    expect(one.every((neighbor) => neighbor.distance === 1)).toBe(true);
    expect(two.length).toBeGreaterThanOrEqual(one.length);
    expect(two.map((neighbor) => neighbor.id)).not.toContain('org:smic');
  });

  it('path returns a shortest chain exactly when one exists (property)', () => {
    // The oracle: distances by its own breadth-first search over every relation, both ways.
    const adjacent = new Map<string, Set<string>>();
    for (const relation of dataset.relations) {
      for (const [a, b] of [
        [relation.subject, relation.object],
        [relation.object, relation.subject],
      ] as const) {
        const set = adjacent.get(a) ?? new Set<string>();
        set.add(b);
        adjacent.set(a, set);
      }
    }
    const distances = (start: string) => {
      const seen = new Map([[start, 0]]);
      for (let frontier = [start], level = 1; frontier.length; level++) {
        frontier = frontier.flatMap((id) => [...(adjacent.get(id) ?? [])].filter((next) => !seen.has(next)));
        for (const id of frontier) if (!seen.has(id)) seen.set(id, level);
        frontier = [...new Set(frontier)];
      }
      return seen;
    };
    const linked = [...adjacent.keys()] as RecordId[];
    // Records with no relation at all are never linked to anything else.
    const isolated = allIds.filter((id) => !adjacent.has(id)).slice(0, 5) as RecordId[];
    let unlinked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...linked, ...isolated),
        fc.constantFrom(...linked, ...isolated),
        (from, to) => {
          const expected = from === to ? 0 : distances(from).get(to);
          const chain = path(from, to);
          if (expected === undefined) {
            unlinked++;
            expect(chain).toBeUndefined();
            return;
          }
          expect(chain).toBeDefined();
          expect(chain).toHaveLength(expected);
          let at: string = from;
          for (const step of chain ?? []) {
            expect(step.from).toBe(at);
            expect([step.relation.subject, step.relation.object].sort()).toEqual([step.from, step.to].sort());
            at = step.to;
          }
          expect(at).toBe(to);
        },
      ),
      { numRuns: 300 },
    );
    expect(unlinked).toBeGreaterThan(0); // the property did meet pairs with no chain
    expect(path('org:smic', 'org:smic')).toEqual([]);
  });

  it('mentions lists every record that refers to a record', () => {
    const ids = mentions('org:micron').map((record) => record.id);
    expect(ids).toContain('figure:micron-china-annual-sales-at-risk');
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain('org:micron');
  });
});

describe('search', () => {
  it('ranks the Big Fund first for "big fund", and matches fuzzily and by prefix', () => {
    expect(search('big fund')[0]?.id).toBe('org:big-fund');
    expect(search('lithografy', { kinds: ['technology'] }).map((result) => result.id)).toContain(
      'tech:lithography',
    );
    expect(search('semicond', { kinds: ['technology'] }).length).toBeGreaterThan(0);
    expect(
      search('big fund', { kinds: ['figure'], limit: 2 }).every((result) => result.kind === 'figure'),
    ).toBe(true);
    expect(search('zzzzqqq')).toEqual([]);
  });
});

describe('cite and formatFigure', () => {
  it('names the report’s own headings: section and subsection', () => {
    expect(headingsOf(get('quote:xi-road-of-self-reliance-2018').sources[0] as never)).toEqual({
      section: 'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors',
      subsection: 'Speeches by Chinese Leaders after the April 2018 ZTE Crisis',
    });
    const report = 'doc:china-new-microchip-war' as const;
    expect(headingsOf({ document: report, section: 'introduction', paragraph: 1 })).toEqual({
      section: 'Introduction',
    });
    expect(headingsOf({ document: report, section: 'section-1', paragraph: 10 })).toEqual({
      section: 'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors',
    });
    expect(headingsOf({ document: report, section: 'section-1', paragraph: 11 }).subsection).toBe(
      'China’s Government Research into Technology Chokepoints',
    );
    // A part without a heading, and a document without an outline, are named from the slug.
    expect(headingsOf({ document: report, section: 'lede', paragraph: 1 })).toEqual({ section: 'Lede' });
    expect(headingsOf({ document: 'doc:other', section: 'section-2', paragraph: 3 })).toEqual({
      section: 'Section 2',
    });
    // Every citation of the shipped dataset resolves to a heading the report prints.
    for (const record of allRecords) {
      for (const citation of record.sources) {
        const { section } = headingsOf(citation);
        if (!['lede', 'about-the-author'].includes(citation.section))
          expect(section, record.id).not.toMatch(/^Section \d+$/);
      }
    }
  });

  it('cites a record with its headings, paragraph and excerpt, in three formats', () => {
    const text = cite('figure:zte-fine-2017');
    expect(text).toContain('Gregory C. Allen, “China’s New Microchip War”');
    expect(text).toContain(
      'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors, ¶6: “',
    );
    expect(cite('quote:xi-road-of-self-reliance-2018')).toContain(
      'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors › Speeches by Chinese Leaders after the April 2018 ZTE Crisis, ¶17: “',
    );
    expect(text).toContain('$1.2 billion fine in March 2017');
    expect(cite(get('figure:zte-fine-2017'), { format: 'markdown' })).toMatch(
      /^> .*\$1\.2 billion.*\n\n— Gregory C\. Allen, \*China’s New Microchip War\*/,
    );
    const [item] = cite('figure:zte-fine-2017', { format: 'csl-json' });
    expect(item).toMatchObject({
      id: 'figure:zte-fine-2017',
      type: 'report',
      author: [{ family: 'Allen', given: 'Gregory C.' }],
      issued: { 'date-parts': [[2023, 5, 3]] },
      section: 'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors',
      locator: '6',
    });
  });

  it('formats figures as a reader writes them', () => {
    expect(formatFigure(get('figure:china-chip-imports-2020'))).toBe('more than $350 billion (2020)');
    expect(formatFigure(get('figure:october-7-logic-node-threshold'))).toBe('16 nm');
    expect(formatFigure(get('figure:zte-fine-2017'))).toBe('$1.2 billion (2017-03)');
    expect(formatFigure({ value: 20, unit: 'percent', qualifier: 'nearly' })).toBe('nearly 20%');
    expect(formatFigure({ value: 1e12, unit: 'CNY', scale: 'trillion', qualifier: 'more-than' })).toBe(
      'more than 1 trillion yuan',
    );
    expect(
      formatFigure({ range: { min: 1e10, max: 1e11 }, unit: 'USD', scale: 'billion', qualifier: 'about' }),
    ).toBe('about $10–100 billion');
    expect(formatFigure({ value: 10, unit: 'day', qualifier: 'exact' })).toBe('10 days');
    expect(
      formatFigure({ value: 21e9, unit: 'USD', scale: 'billion', qualifier: 'exact' }, { locale: 'de-DE' }),
    ).toBe('$21 billion');
  });
});

describe('createQuery', () => {
  const extended = (): Dataset => {
    const copy = structuredClone(dataset) as unknown as Dataset;
    copy.figures.push({
      id: 'figure:my-smic-estimate',
      kind: 'figure',
      label: 'My own estimate',
      metric: 'my-metric',
      value: 1,
      unit: 'count',
      qualifier: 'about',
      asWritten: 'one',
      subjects: ['org:smic'],
      attributedTo: ['doc:china-new-microchip-war'],
      sources: [
        { document: 'doc:china-new-microchip-war', section: 'introduction', paragraph: 1, excerpt: 'x' },
      ],
    });
    return copy;
  };

  it('works on a user-extended dataset and leaves the input untouched', () => {
    const input = extended();
    const before = JSON.stringify(input);
    const q = createQuery(input);
    expect(q.figures({ subject: 'org:smic' }).map((figure) => figure.id)).toContain(
      'figure:my-smic-estimate',
    );
    expect(q.get('figure:my-smic-estimate').kind).toBe('figure');
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(q.get('figure:my-smic-estimate'))).toBe(true);
  });

  it('lists the records of a dataset given in any order in id order; shipped arrays are used as they are', () => {
    const input = extended();
    input.figures.reverse();
    input.organizations.reverse();
    const q = createQuery(input);
    for (const kind of ['figure', 'organization'] as const) {
      const ids = q.list(kind).map((record) => record.id);
      expect(ids).toEqual([...ids].sort());
      expect(Object.isFrozen(q.list(kind))).toBe(true);
      expect(q.list(kind)).toBe(q.list(kind));
    }
    expect(q.list('figure')).toHaveLength(dataset.figures.length + 1);
    expect(bindQuery(dataset as unknown as Dataset).list('figure')).toBe(dataset.figures);
    expect(list('figure')).toBe(dataset.figures);
  });

  it('rejects an invalid dataset, listing its issues', () => {
    const input = extended();
    (input.figures.at(-1) as { subjects: string[] }).subjects = ['org:smiic'];
    try {
      createQuery(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetValidationError);
      const issue = (error as DatasetValidationError).issues.find(
        (found) => found.code === 'unknown-reference',
      );
      expect(issue?.at).toBe(`figures[${input.figures.length - 1}].subjects[0]`);
      expect(issue?.suggestions?.[0]).toBe('org:smic');
    }
    expect(() => createQuery('not a dataset')).toThrow(DatasetValidationError);
  });
});

describe('bad arguments get clear errors', () => {
  // Each names the function, the argument, what was expected and what was received.
  it.each([
    [
      () => get(42 as never),
      ArgumentError,
      'get: id must be a non-empty string such as "org:smic"; received the number 42',
    ],
    [
      () => get(`org:${'x'.repeat(100_000)}` as never),
      UnknownIdError,
      'get: no record has the id "org:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100,004 characters)',
    ],
    [
      () => list('company' as never),
      ArgumentError,
      'list: kind must be one of country, region, organization',
    ],
    [() => list('organisation' as never), ArgumentError, 'did you mean organization?'],
    [() => figures({ unit: 'dollars' as never }), ArgumentError, 'figures: unit must be one of USD, CNY'],
    [() => figures({ unit: 'usd' as never }), ArgumentError, 'received "usd"; did you mean USD?'],
    [
      () => figures({ bogus: 1 } as never),
      ArgumentError,
      'figures: an option name must be one of subject, related',
    ],
    [
      () => figures({ subjects: 'org:smic' } as never),
      ArgumentError,
      'received "subjects"; did you mean subject?',
    ],
    [
      () => figures({ subject: 'org:smiic' as never }),
      UnknownIdError,
      'figures: no record has the id "org:smiic"; did you mean org:smic',
    ],
    [
      () => timeline({ from: '2022-13' }),
      ArgumentError,
      'timeline: from must be a calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or a date with start and end days such as a record\'s `date` (there is no such month or day); received "2022-13"',
    ],
    [
      () => timeline({ from: '2022', to: '2018' }),
      ArgumentError,
      'timeline: to must be a bound on or after from (2022-01-01); received "2018-12-31"',
    ],
    [
      () => figures({ from: '2022', to: '2018' }),
      ArgumentError,
      'figures: to must be a bound on or after from',
    ],
    [
      () => quotes({ from: '2022-06', to: '2022-05' }),
      ArgumentError,
      'quotes: to must be a bound on or after from',
    ],
    [
      () => timeline({ match: 'maybe' as never }),
      ArgumentError,
      'timeline: match must be one of certain, possible',
    ],
    [
      () => timeline({ include: ['events'] as never }),
      ArgumentError,
      'timeline: include[] must be one of event, policy, document, quote; received "events"; did you mean event?',
    ],
    [
      () => relationsOf('org:smic', { predicate: 'likes' as never }),
      ArgumentError,
      `relationsOf: predicate must be one of ${PREDICATE_NAMES.slice(0, 2).join(', ')}`,
    ],
    [
      () => neighbors('org:smic', { depth: -1 }),
      ArgumentError,
      'neighbors: depth must be a whole number from 0 to 9,007,199,254,740,991; received the number -1',
    ],
    [
      () => neighbors('org:smic', 2 as never),
      ArgumentError,
      'neighbors: options must be an object with any of depth',
    ],
    [() => search(''), ArgumentError, 'search: text must be a non-empty string'],
    [() => search('a '.repeat(600)), ArgumentError, 'search: text must be at most 1,000 characters'],
    [
      () => search('a '.repeat(40)),
      ArgumentError,
      'search: text must be at most 32 words; received "40 words"',
    ],
    [() => search('a'.repeat(65)), ArgumentError, 'search: text must be words of at most 64 characters'],
    [
      () => headingsOf({ document: 'doc:china-new-microchip-war', section: 'section-1', paragraph: 0 }),
      ArgumentError,
      'headingsOf: citation.paragraph must be a whole number from 1 to',
    ],
    [() => headingsOf('section-1' as never), ArgumentError, 'headingsOf: citation must be a citation'],
    [() => search('x', { limit: 0 }), ArgumentError, 'search: limit must be a whole number from 1 to 1,000'],
    [
      () => cite('org:smic', { format: 'bibtex' as never }),
      ArgumentError,
      'cite: format must be one of text, markdown, csl-json; received "bibtex"',
    ],
    [
      () => formatFigure({ value: 1, unit: 'parsec' as never, qualifier: 'exact' }),
      ArgumentError,
      'formatFigure: figure.unit must be one of',
    ],
    [
      () => formatFigure({ value: 1, unit: 'count', qualifier: 'exact' }, { locale: 'not a locale!' }),
      ArgumentError,
      'formatFigure: locale must be a BCP 47 locale such as "en-US"; received "not a locale!"',
    ],
  ] as const)('%#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('an ArgumentError is a TypeError that names the function and the argument', () => {
    try {
      figures({ unit: 'usd' as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({
        name: 'ArgumentError',
        function: 'figures',
        argument: 'unit',
        suggestions: ['USD'],
      });
    }
  });

  it('never changes the shipped data', () => {
    const before = JSON.stringify(dataset);
    figures({ subject: 'org:smic', related: true });
    timeline({ include: ['event', 'quote'] });
    search('export controls');
    mentions('org:smic');
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('date bounds', () => {
  it('read a year or month as its first day (from) or last day (to)', () => {
    expect(timeline({ from: '2018-02', to: '2018-02' })).toEqual(
      timeline({ from: '2018-02-01', to: '2018-02-28' }),
    );
    expect(timeline({ from: '2020-02', to: '2020' })).toEqual(
      timeline({ from: '2020-02-01', to: '2020-12-31' }),
    );
    expect(() => timeline({ to: '2018-02-30' })).toThrow(/no such month or day/);
    expect(() => timeline({ to: '2018-13' })).toThrow(ArgumentError);
  });

  it('take a date object by its start and end, so any EDTF date can be a bound', () => {
    const ban = get('event:zte-export-ban-2018');
    const afterBan = timeline({ from: ban.date });
    expect(afterBan[0]?.date.end).not.toBeNull();
    expect(afterBan.map((entry) => entry.id)).toEqual(
      timeline({ from: ban.date.start ?? '' }).map((entry) => entry.id),
    );
    const approximate = describeEdtf('2018-04~');
    expect(approximate.ok).toBe(true);
    if (!approximate.ok) return;
    expect(timeline({ from: approximate.value, to: '2018-12-31' })).toEqual(
      timeline({ from: '2018-04', to: '2018-12-31' }),
    );
  });

  it('refuse other EDTF strings with a pointer to describeEdtf, and open-ended objects', () => {
    expect(() => timeline({ from: '2018-04~' })).toThrow(
      /from must be a calendar date .*\(for another EDTF date, pass describeEdtf\(text\)\.value from @chipwar\/schema\); received "2018-04~"/,
    );
    expect(() => timeline({ from: { start: null, end: '2018-12-31' } })).toThrow(
      /from must be a date with a known start day \(this one's start is open or unknown\); received an object/,
    );
    expect(() => quotes({ to: { start: '2018-01-01' } as never })).toThrow(
      /to must be a date with a known end day/,
    );
    expect(() => timeline({ from: { start: '2018-13-45', end: null } })).toThrow(
      /timeline: from\.start must be a day "YYYY-MM-DD"; received "2018-13-45"/,
    );
    expect(() => timeline({ from: { start: '-0044-03-15', end: null } })).toThrow(
      /timeline: from\.start must be a day of the years 0000 to 9999; received "-0044-03-15"/,
    );
    expect(() => figures({ to: { start: null, end: 20181231 } as never })).toThrow(
      /figures: to\.end must be a day "YYYY-MM-DD"; received the number 20181231/,
    );
  });
});

describe('retired ids', () => {
  const withLedger = () => {
    const copy = structuredClone(dataset) as unknown as Dataset;
    copy.meta.datasetVersion = '3.2.0'; // a pretend dataset in its third major version
    const major = '3';
    copy.retired = [
      {
        id: 'org:smic-international',
        change: 'renamed',
        version: `${major}.0.0`,
        replacedBy: ['org:smic'],
        reason: 'the report uses the short name',
      },
      {
        id: 'org:smic-corp',
        change: 'renamed',
        version: `${major}.0.0`,
        replacedBy: ['org:smic-international'],
        reason: 'older name',
      },
      {
        id: 'tech:old-memory',
        change: 'split',
        version: `${major}.0.0`,
        replacedBy: ['tech:dram', 'tech:nand'],
        reason: 'two chip types',
      },
      {
        id: 'concept:gone',
        change: 'removed',
        version: `${major}.0.0`,
        replacedBy: [],
        reason: 'not in the report',
      },
      {
        id: 'org:ancient',
        change: 'renamed',
        version: '2.0.0',
        replacedBy: ['org:smic'],
        reason: 'long ago',
      },
    ];
    return copy;
  };

  it('resolveId follows the ledger, chains too', () => {
    const q = createQuery(withLedger());
    expect(q.resolveId('org:smic')).toMatchObject({ id: 'org:smic', retired: false, chain: [] });
    const chained = q.resolveId('org:smic-corp');
    expect(chained).toMatchObject({ id: 'org:smic', retired: true });
    expect(chained.chain.map((entry) => entry.id)).toEqual(['org:smic-corp', 'org:smic-international']);
    expect(q.resolveId('tech:old-memory')).toMatchObject({
      id: undefined,
      candidates: ['tech:dram', 'tech:nand'],
    });
    expect(q.resolveId('concept:gone')).toMatchObject({ id: undefined, retired: true, candidates: [] });
    expect(() => q.resolveId('org:never-existed')).toThrow(UnknownIdError);
  });

  it('get and find accept an id retired in this major version, with a one-time warning', async () => {
    const q = createQuery(withLedger());
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    expect(q.get('org:smic-international').id).toBe('org:smic');
    expect(q.find('org:smic-corp')?.id).toBe('org:smic');
    expect(q.get('org:smic-international').id).toBe('org:smic');
    await new Promise((done) => setImmediate(done)); // warnings are emitted on the next tick
    process.off('warning', listener);
    expect(warnings.filter((message) => message.includes('org:smic-international was renamed'))).toHaveLength(
      1,
    );
    expect(warnings.some((message) => message.includes('org:smic-corp'))).toBe(true);
  });

  it('the warning is a DeprecationWarning with its own code, or a console warning without process.emitWarning', async () => {
    const q = createQuery(withLedger());
    const warnings: Error[] = [];
    const listener = (warning: Error) => warnings.push(warning);
    process.on('warning', listener);
    q.get('org:smic-international');
    await new Promise((done) => setImmediate(done));
    process.off('warning', listener);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.name).toBe('DeprecationWarning');
    expect((warnings[0] as Error & { code?: string }).code).toBe('CHIPWAR_RETIRED_ID');

    // A runtime without process.emitWarning (a browser bundle's process shim) gets console.warn.
    const emitWarning = process.emitWarning;
    const consoleWarnings: unknown[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message) => consoleWarnings.push(message));
    try {
      (process as { emitWarning?: unknown }).emitWarning = undefined;
      createQuery(withLedger()).get('org:smic-corp');
    } finally {
      process.emitWarning = emitWarning;
      warn.mockRestore();
    }
    expect(consoleWarnings).toHaveLength(1);
    expect(String(consoleWarnings[0])).toMatch(
      /^org:smic-corp was renamed in 3\.0\.0 → org:smic-international/,
    );
  });

  it('get explains an id retired in an earlier major version, split or removed', () => {
    const q = createQuery(withLedger());
    expect(() => q.get('org:ancient')).toThrow(
      /"org:ancient" is a retired id: renamed in 2\.0\.0 → org:smic \(long ago\); use org:smic/,
    );
    expect(() => q.get('tech:old-memory')).toThrow(/split in .* it became tech:dram, tech:nand/);
    expect(() => q.get('concept:gone')).toThrow(/removed in .*not in the report/);
    expect(q.find('concept:gone')).toBeUndefined();
  });
});

describe('answers cannot be changed by a caller', () => {
  // The same helpers bound by createQuery to a copy of the dataset: they must hold to the same rule.
  const created = createQuery(structuredClone(dataset) as never);
  // Every helper, with arguments that give non-empty answers.
  const calls: Record<string, () => unknown> = {
    get: () => get('org:smic'),
    find: () => find('org:smic'),
    list: () => list('relation'),
    listFigures: () => list('figure'),
    figures: () => figures({ subject: 'org:smic', related: true }),
    figuresByMetric: () => figures({ unit: 'USD' }),
    figuresByPeriod: () => figures({ from: '2019', to: '2022', match: 'possible' }),
    timeline: () => timeline({ from: '2018', to: '2022' }),
    timelineInvolving: () => timeline({ involving: 'org:zte', include: ['event', 'quote'] }),
    quotes: () => quotes({ speaker: 'person:xi-jinping' }),
    quotesAll: () => quotes(),
    relationsOf: () => relationsOf('org:smic'),
    neighbors: () => neighbors('org:smic', { depth: 2 }),
    path: () => path('org:qualcomm', 'org:ymtc'),
    mentions: () => mentions('org:smic'),
    search: () => search('export controls'),
    cite: () => cite('figure:zte-fine-2017', { format: 'csl-json' }),
    resolveId: () => resolveId('org:smic'),
    resolveRetired: () => resolveId(dataset.retired?.[0]?.id ?? 'org:smic'),
    createdGet: () => created.get('org:smic'),
    createdList: () => created.list('figure'),
    createdFigures: () => created.figures({ unit: 'USD' }),
    createdTimeline: () => created.timeline({ from: '2018', to: '2022', include: ['event', 'quote'] }),
    createdQuotes: () => created.quotes({ words: 'chips' }),
    createdRelationsOf: () => created.relationsOf('org:smic'),
    createdNeighbors: () => created.neighbors('org:smic', { depth: 2 }),
    createdPath: () => created.path('org:qualcomm', 'org:ymtc'),
    createdMentions: () => created.mentions('org:smic'),
    createdSearch: () => created.search('export controls', { kinds: ['organization', 'policy'] }),
    createdCite: () => created.cite('figure:zte-fine-2017', { format: 'csl-json' }),
    createdResolveId: () => created.resolveId('org:smic'),
  };
  const snapshot = () =>
    Object.fromEntries(Object.entries(calls).map(([name, call]) => [name, JSON.stringify(call())]));

  // Tries to change a value in place every way a caller might; each attempt must throw or do nothing.
  function vandalize(value: unknown, how: number, depth = 0): void {
    if (value === null || typeof value !== 'object' || depth > 3) return;
    const attempts: (() => void)[] = Array.isArray(value)
      ? [
          () => (value as unknown[]).push({ id: 'figure:intruder' }),
          () => {
            (value as unknown[]).length = 0;
          },
          () => (value as unknown[]).reverse(),
          () => (value as unknown[]).sort(),
          () => (value as unknown[]).splice(0, 1),
          () => {
            (value as unknown[])[0] = 'changed';
          },
        ]
      : [
          () => {
            (value as Record<string, unknown>).id = 'org:intruder';
          },
          () => {
            delete (value as Record<string, unknown>).kind;
          },
          () => {
            (value as Record<string, unknown>).added = true;
          },
          () => Object.defineProperty(value, 'id', { value: 'org:intruder' }),
          () => Object.setPrototypeOf(value, { intruder: true }),
        ];
    try {
      attempts[how % attempts.length]?.();
    } catch {
      // A frozen value throws in strict mode: that is the point.
    }
    const children = Array.isArray(value) ? value.slice(0, 3) : Object.values(value).slice(0, 6);
    for (const child of children) vandalize(child, how + 1, depth + 1);
  }

  it('every value returned is frozen or fresh, so later answers are unchanged (property)', () => {
    const before = snapshot();
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(calls)), fc.nat(20), (name, how) => {
        vandalize(calls[name]?.(), how);
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  // Every object reachable from an answer, at any depth, or the path to the first that is not.
  function firstUnfrozen(value: unknown, path: string, seen = new Set<object>()): string | undefined {
    if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
    seen.add(value);
    if (!Object.isFrozen(value)) return path;
    for (const [key, child] of Object.entries(value)) {
      const found = firstUnfrozen(child, `${path}.${key}`, seen);
      if (found) return found;
    }
    return undefined;
  }

  it('every object reachable from an answer is frozen, at any depth', () => {
    for (const [name, call] of Object.entries(calls)) expect(firstUnfrozen(call(), name)).toBeUndefined();
  });

  it('returned arrays and their records are frozen', () => {
    for (const [name, call] of Object.entries(calls)) {
      const value = call();
      if (value && typeof value === 'object') expect(Object.isFrozen(value), name).toBe(true);
      if (Array.isArray(value) && value[0] && typeof value[0] === 'object')
        expect(Object.isFrozen(value[0]), name).toBe(true);
    }
  });
});

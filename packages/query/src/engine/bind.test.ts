// The helpers as a caller meets them (on the shipped dataset): which argument an error names,
// the defaults of the options, and the order of answers.
import { dataset } from '@chipwar/dataset';
import { describe, expect, it } from 'vitest';
import { createQuery } from '../create.ts';
import {
  cite,
  figures,
  find,
  headingsOf,
  list,
  mentions,
  neighbors,
  path,
  quotes,
  relationsOf,
  resolveId,
  SEARCH_LIMITS,
  search,
  timeline,
} from '../index.ts';

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('each helper names the argument it refuses', () => {
  it.each([
    ['find', () => find(''), 'find: id must be a non-empty string such as "org:smic"; received ""'],
    [
      'resolveId',
      () => resolveId(''),
      'resolveId: id must be a non-empty string such as "org:smic"; received ""',
    ],
    ['relationsOf', () => relationsOf('' as never), 'relationsOf: id must be a non-empty string'],
    ['neighbors', () => neighbors('' as never), 'neighbors: id must be a non-empty string'],
    ['path from', () => path('' as never, 'org:smic'), 'path: fromId must be a non-empty string'],
    ['path to', () => path('org:smic', '' as never), 'path: toId must be a non-empty string'],
    ['mentions', () => mentions('' as never), 'mentions: id must be a non-empty string'],
    ['cite', () => cite('' as never), 'cite: idOrRecord must be a non-empty string'],
    ['search', () => search(''), 'search: text must be a non-empty string such as "big fund"; received ""'],
    [
      'figures subject',
      () => figures({ subject: '' as never }),
      'figures: subject must be a non-empty string',
    ],
    [
      'figures metric',
      () => figures({ metric: '' }),
      'figures: metric must be a non-empty string such as "fund-size"; received ""',
    ],
    [
      'figures qualifier',
      () => figures({ qualifier: 'roughly' as never }),
      'figures: qualifier must be one of exact',
    ],
    ['figures related', () => figures({ related: 'yes' as never }), 'figures: related must be true or false'],
    [
      'timeline involving',
      () => timeline({ involving: '' as never }),
      'timeline: involving must be a non-empty',
    ],
    ['quotes speaker', () => quotes({ speaker: '' as never }), 'quotes: speaker must be a non-empty string'],
    [
      'quotes words',
      () => quotes({ words: '' }),
      'quotes: words must be a non-empty string such as "self-reliance"; received ""',
    ],
    [
      'relationsOf direction',
      () => relationsOf('org:smic', { direction: 'up' as never }),
      'relationsOf: direction must be one of out, in, both; received "up"',
    ],
    ['search kinds[]', () => search('chip', { kinds: ['chip' as never] }), 'search: kinds[] must be one of'],
    [
      'headingsOf citation',
      () => headingsOf(null as never),
      "headingsOf: citation must be a citation such as a record's sources[0]; received null",
    ],
    [
      'headingsOf document',
      () => headingsOf({ document: '' as never, section: 'x', paragraph: 1 }),
      'headingsOf: citation.document must be a non-empty string',
    ],
    [
      'headingsOf section',
      () => headingsOf({ document: 'doc:x' as never, section: '', paragraph: 1 }),
      'headingsOf: citation.section must be a non-empty string such as "section-1"; received ""',
    ],
  ])('%s', (_, run, message) => {
    expect(messageOf(run).startsWith(message)).toBe(true);
  });

  it('refuses a metric or words filter past its longest length', () => {
    expect(messageOf(() => figures({ metric: 'm'.repeat(201) }))).toMatch(
      /^figures: metric must be at most 200 characters; /,
    );
    expect(figures({ metric: 'm'.repeat(200) })).toEqual([]);
    expect(messageOf(() => quotes({ words: 'w'.repeat(1001) }))).toMatch(
      /^quotes: words must be at most 1,000 characters; /,
    );
  });

  it('refuses a list option that is not a list, naming what it takes', () => {
    expect(messageOf(() => timeline({ include: 'event' as never }))).toMatch(
      /^timeline: include must be a list of event, .*; received "event"$/,
    );
    expect(messageOf(() => search('chip', { kinds: 'country' as never }))).toMatch(
      /^search: kinds must be a list of country, .*; received "country"$/,
    );
  });

  it('resolveId suggests from the live ids', () => {
    expect(messageOf(() => resolveId('org:smiic'))).toMatch(
      /^resolveId: no record has the id "org:smiic"; did you mean org:smic/,
    );
  });
});

describe('search limits and options', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'chip').join(' ');

  it('takes exactly the most words and the longest word, and refuses one more', () => {
    expect(() => search(words(SEARCH_LIMITS.maxTerms))).not.toThrow();
    expect(messageOf(() => search(words(SEARCH_LIMITS.maxTerms + 1)))).toBe(
      `search: text must be at most ${SEARCH_LIMITS.maxTerms} words; received "${SEARCH_LIMITS.maxTerms + 1} words"`,
    );
    expect(() => search('c'.repeat(SEARCH_LIMITS.maxTermLength))).not.toThrow();
    expect(messageOf(() => search('c'.repeat(SEARCH_LIMITS.maxTermLength + 1)))).toMatch(
      new RegExp(`^search: text must be words of at most ${SEARCH_LIMITS.maxTermLength} characters; `),
    );
  });

  it('returns 20 results unless told otherwise', () => {
    expect(search('chip')).toHaveLength(20);
    expect(search('chip', { limit: 21 })).toHaveLength(21);
  });

  it('takes a fuzziness from 0 to 1, both included, and nothing else', () => {
    expect(search('chinq', { fuzzy: 0 })).toEqual([]);
    expect(search('chinq', { fuzzy: 1 }).length).toBeGreaterThan(0);
    for (const fuzzy of [-0.01, 1.01, Number.NaN, '0.2']) {
      expect(messageOf(() => search('chip', { fuzzy: fuzzy as never }))).toMatch(
        /^search: fuzzy must be a number from 0 to 1; received /,
      );
    }
  });

  it('matches word beginnings unless prefix is false', () => {
    expect(search('semicond', { fuzzy: 0 }).length).toBeGreaterThan(0);
    expect(search('semicond', { fuzzy: 0, prefix: false })).toEqual([]);
  });
});

describe('answers', () => {
  it('related figures add those of the records one relation away', () => {
    const own = figures({ subject: 'org:chinese-local-governments' as never });
    const related = figures({ subject: 'org:chinese-local-governments' as never, related: true });
    expect(related.length).toBeGreaterThan(own.length);
    for (const figure of own) expect(related).toContain(figure);
  });

  it('quotes match every word, whatever its case and however many spaces', () => {
    const selfReliance = quotes({ words: 'self-reliance' });
    expect(selfReliance.length).toBeGreaterThan(0);
    expect(selfReliance.length).toBeLessThan(quotes().length);
    expect(quotes({ words: '  SELF-RELIANCE  ' })).toEqual(selfReliance);
    const both = quotes({ words: 'self-reliance china' });
    for (const quote of both) expect(selfReliance).toContain(quote);
  });

  it('neighbors come nearest first, then by id, without the record itself', () => {
    const found = neighbors('country:cn', { depth: 2 });
    expect(found.length).toBeGreaterThan(10);
    expect(found.some((neighbor) => neighbor.id === 'country:cn')).toBe(false);
    const sorted = [...found].sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
    expect(found).toEqual(sorted);
    expect(found[0]?.distance).toBe(1);
    expect(found.at(-1)?.distance).toBe(2);
    expect(neighbors('country:cn', { depth: 0 })).toEqual([]);
  });

  it('relationsOf goes both ways unless told a direction', () => {
    const out = relationsOf('country:cn', { direction: 'out' });
    const into = relationsOf('country:cn', { direction: 'in' });
    expect(out.every((relation) => relation.subject === 'country:cn')).toBe(true);
    expect(into.every((relation) => relation.object === 'country:cn')).toBe(true);
    expect(relationsOf('country:cn')).toHaveLength(out.length + into.length);
  });

  it('cites a record given as itself like its id', () => {
    const [figure] = list('figure');
    expect(cite(figure as never)).toBe(cite(figure?.id as never));
  });
});

describe('the indexes behind the answers', () => {
  it('lists, relations and mentions are in id order, whatever the order of the data', () => {
    const reversed = Object.fromEntries(
      Object.entries(dataset).map(([key, value]) => [
        key,
        Array.isArray(value) ? [...value].reverse() : value,
      ]),
    );
    const q = createQuery(reversed);
    for (const kind of ['figure', 'organization', 'relation', 'quote'] as const) {
      const ids = q.list(kind).map((record) => record.id);
      expect(ids).toEqual([...ids].sort());
      expect(ids).toEqual(list(kind).map((record) => record.id));
    }
    const relationIds = q.relationsOf('country:cn').map((relation) => relation.id);
    expect(relationIds.length).toBeGreaterThan(1);
    expect(relationIds).toEqual([...relationIds].sort());
    const mentionIds = q.mentions('country:us').map((record) => record.id);
    expect(mentionIds).toEqual([...new Set(mentionIds)].sort());
    // Quotes by first day, undated last, then id: the same as on the shipped order.
    expect(q.quotes().map((quote) => quote.id)).toEqual(quotes().map((quote) => quote.id));
    const days = q.quotes().map((quote) => (quote.kind === 'quote' && quote.date?.start) || '\uffff');
    expect(days).toEqual([...days].sort());
    expect(q.quotes({ from: '2015' }).map((quote) => quote.id)).toEqual(
      quotes({ from: '2015' }).map((quote) => quote.id),
    );
  });

  it('quotes by a date range come by first day, then id', () => {
    const found = quotes({ from: '2015' });
    expect(found.length).toBeGreaterThan(5);
    const keys = found.map((quote) => `${quote.kind === 'quote' ? quote.date?.start : ''} ${quote.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('figures by metric, by period and by subject, each in id order', () => {
    const [first] = list('figure');
    const byMetric = figures({ metric: first!.metric });
    expect(byMetric).toContain(first);
    expect(byMetric.every((figure) => figure.metric === first!.metric)).toBe(true);
    const byPeriod = figures({ from: '2015', to: '2020' });
    expect(byPeriod.length).toBeGreaterThan(3);
    expect(byPeriod.every((figure) => figure.period !== undefined)).toBe(true);
    const related = figures({ subject: 'org:chinese-local-governments' as never, related: true });
    for (const found of [byPeriod, related]) {
      const ids = found.map((figure) => figure.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('quotes by a speaker include those of a body the unnamed speaker belongs to', () => {
    expect(quotes()).toHaveLength(list('quote').length);
    const byUs = quotes({ speaker: 'country:us' as never });
    expect(byUs.length).toBeGreaterThan(0);
    for (const quote of byUs) {
      expect([quote.speaker.id, quote.speaker.affiliation]).toContain('country:us');
    }
  });

  it('timeline entries carry the label or name, and how they match', () => {
    const entries = timeline({ include: ['event', 'policy', 'document', 'quote'] });
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const record = entry.record as { label?: string; name?: string };
      expect(entry.label).toBe(record.label ?? record.name);
      expect(entry.match).toBe('certain');
    }
    expect(
      timeline({ from: '2020', to: '2020', match: 'possible' }).some((entry) => entry.match === 'possible'),
    ).toBe(true);
    // Citing the report is not being involved in it.
    expect(
      timeline({ involving: dataset.meta.source.document as never, include: ['event', 'quote'] }),
    ).toEqual([]);
  });

  it('search reads names, aliases, labels, descriptions, quote texts and excerpts', () => {
    const [concept] = dataset.concepts;
    const [figure] = dataset.figures;
    const [quote] = dataset.quotes;
    const q = createQuery({
      ...dataset,
      concepts: [
        ...dataset.concepts,
        {
          ...concept,
          id: 'concept:probe',
          name: 'Zorblax',
          aliases: ['Quuxwing'],
          description: 'Frobnicated',
          sources: [{ ...concept!.sources[0], excerpt: 'Plumbusy' }],
        },
      ],
      figures: [...dataset.figures, { ...figure, id: 'figure:probe', label: 'Snorkelwick', equivalents: [] }],
      quotes: [...dataset.quotes, { ...quote, id: 'quote:probe', text: 'Blibberflap' }],
    });
    const exact = { fuzzy: 0, prefix: false };
    expect(q.search('Zorblax', exact).map((result) => result.id)).toEqual(['concept:probe']);
    expect(q.search('Quuxwing', exact).map((result) => result.id)).toEqual(['concept:probe']);
    expect(q.search('Frobnicated', exact).map((result) => result.id)).toEqual(['concept:probe']);
    expect(q.search('Plumbusy', exact).map((result) => result.id)).toEqual(['concept:probe']);
    expect(q.search('Snorkelwick', exact).map((result) => result.id)).toEqual(['figure:probe']);
    expect(q.search('Blibberflap', exact).map((result) => result.id)).toEqual(['quote:probe']);
  });
});

import type { AnyRecord, Citation, Meta } from '@chipwar/schema';
import { describe, expect, it } from 'vitest';
import { citeRecord } from './cite.ts';
import type { CslItem } from './types.ts';

const meta = (publisher?: string, author = 'Gregory C. Allen') =>
  ({
    datasetVersion: '1.0.0',
    schemaVersion: '1.0.0',
    source: {
      document: 'doc:report',
      title: 'A Report',
      author,
      date: '2023-05-03',
      sha256: 'a'.repeat(64),
      ...(publisher && { publisher }),
    },
  }) as unknown as Meta;

const citation = (paragraph: number, excerpt: string): Citation =>
  ({ document: 'doc:report', section: 'section-1', paragraph, excerpt }) as Citation;

const record = (sources: Citation[]) =>
  ({ id: 'org:smic', kind: 'organization', sources }) as unknown as AnyRecord;

// Paragraph 1 stands under a section only; later ones under a subsection too.
const headingsOf = (cited: Citation) =>
  cited.paragraph === 1 ? { section: 'Introduction' } : { section: 'Introduction', subsection: 'Why now' };

describe('citeRecord', () => {
  it('writes one line of text per citation, with the publisher when there is one', () => {
    const cited = record([citation(1, 'first'), citation(2, 'second')]);
    expect(citeRecord(meta('CSIS'), headingsOf, cited, 'text')).toBe(
      [
        'Gregory C. Allen, “A Report” (CSIS, 2023-05-03), Introduction, ¶1: “first”',
        'Gregory C. Allen, “A Report” (CSIS, 2023-05-03), Introduction › Why now, ¶2: “second”',
      ].join('\n'),
    );
    expect(citeRecord(meta(), headingsOf, record([citation(1, 'first')]), 'text')).toBe(
      'Gregory C. Allen, “A Report” (2023-05-03), Introduction, ¶1: “first”',
    );
  });

  it('writes Markdown block quotes separated by a blank line', () => {
    expect(
      citeRecord(meta(), headingsOf, record([citation(1, 'first'), citation(2, 'second')]), 'markdown'),
    ).toBe(
      [
        '> first',
        '',
        '— Gregory C. Allen, *A Report*, 2023-05-03, Introduction, ¶1',
        '',
        '> second',
        '',
        '— Gregory C. Allen, *A Report*, 2023-05-03, Introduction › Why now, ¶2',
      ].join('\n'),
    );
  });

  it('numbers CSL items when a record has several citations, and splits the author into family and given names', () => {
    // Extra spaces around and between the author's names do not reach the CSL names.
    const items = citeRecord(
      meta('CSIS', '  Gregory   C.  Allen '),
      headingsOf,
      record([citation(1, 'first'), citation(2, 'second')]),
      'csl-json',
    );
    expect(items).toEqual([
      {
        id: 'org:smic#1',
        type: 'report',
        title: 'A Report',
        author: [{ family: 'Allen', given: 'Gregory C.' }],
        issued: { 'date-parts': [[2023, 5, 3]] },
        section: 'Introduction',
        locator: '1',
        label: 'paragraph',
        quote: 'first',
        note: 'Cited for org:smic',
        publisher: 'CSIS',
      },
      expect.objectContaining({ id: 'org:smic#2', section: 'Introduction › Why now', locator: '2' }),
    ]);
    expect(Object.isFrozen(items)).toBe(true);
    expect(Object.isFrozen((items as readonly CslItem[])[0]?.author)).toBe(true);
  });

  it('a record with one citation is cited by its id alone, without a publisher when there is none', () => {
    const [item] = citeRecord(
      meta(),
      headingsOf,
      record([citation(1, 'only')]),
      'csl-json',
    ) as readonly CslItem[];
    expect(item?.id).toBe('org:smic');
    expect(item).not.toHaveProperty('publisher');
  });
});

import { dataset } from '@chipwar/dataset';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { findSourcePath, loadSource } from '@chipwar/source';
import { describe, expect, it } from 'vitest';
import { type Annotation, annotate, type Excerpt } from './annotate.ts';

const textOf = (annotation: Annotation) =>
  annotation.pieces.map((piece) => (piece.type === 'text' ? piece.text : '')).join('');
const coveredText = (annotation: Annotation, n: number) =>
  annotation.pieces
    .map((piece) => (piece.type === 'text' && piece.excerpts.includes(n) ? piece.text : ''))
    .join('');

describe('annotate', () => {
  const paragraph = 'ZTE paid a $1.2 billion fine in 2017, and the ban of 2018 nearly killed it.';
  const excerpts: Excerpt[] = [
    { id: 'event:ban', citation: 0, excerpt: 'the ban of 2018 nearly killed it' },
    { id: 'figure:fine', citation: 0, excerpt: '$1.2 billion fine' },
    { id: 'org:zte', citation: 1, excerpt: 'ZTE paid a $1.2 billion' },
  ];
  const annotation = annotate(paragraph, excerpts);

  it('keeps the paragraph text whole', () => {
    expect(textOf(annotation)).toBe(paragraph);
  });
  it('covers exactly the words of each excerpt, overlapping ones included', () => {
    expect(annotation.missing).toEqual([]);
    for (const excerpt of annotation.placed) expect(coveredText(annotation, excerpt.n)).toBe(excerpt.excerpt);
  });
  it('numbers the excerpts by where they end, and puts each marker right after its excerpt', () => {
    expect(annotation.placed.map((excerpt) => excerpt.id)).toEqual(['org:zte', 'figure:fine', 'event:ban']);
    annotation.pieces.forEach((piece, index) => {
      if (piece.type !== 'marker') return;
      const before = annotation.pieces
        .slice(0, index)
        .map((p) => (p.type === 'text' ? p.text : ''))
        .join('');
      const excerpt = annotation.placed.find((candidate) => candidate.n === piece.n);
      expect(before.endsWith(excerpt?.excerpt ?? '∅')).toBe(true);
    });
  });
  it('reports an excerpt that is not in the paragraph instead of placing it', () => {
    const result = annotate(paragraph, [{ id: 'x:y', citation: 0, excerpt: 'not there' }]);
    expect(result.missing.map((excerpt) => excerpt.id)).toEqual(['x:y']);
    expect(result.pieces).toEqual([{ type: 'text', text: paragraph, excerpts: [] }]);
  });
});

const sourcePath = findSourcePath();

describe.skipIf(!sourcePath)('the shipped citations against the report', () => {
  it('finds every cited excerpt in its paragraph', () => {
    const source = loadSource(sourcePath as string);
    const byParagraph = new Map<string, Excerpt[]>();
    let total = 0;
    // Every record collection (the ledger of retired ids cites nothing).
    for (const collection of KIND_NAMES.map((kind) => dataset[KINDS[kind].collection])) {
      for (const record of collection as readonly {
        readonly id: string;
        readonly sources: readonly { section: string; paragraph: number; excerpt: string }[];
      }[]) {
        record.sources.forEach((citation, index) => {
          const key = `${citation.section}#${citation.paragraph}`;
          byParagraph.set(key, [
            ...(byParagraph.get(key) ?? []),
            { id: record.id, citation: index, excerpt: citation.excerpt },
          ]);
          total += 1;
        });
      }
    }
    let placed = 0;
    for (const paragraph of source.paragraphs) {
      const annotation = annotate(
        paragraph.text,
        byParagraph.get(`${paragraph.section}#${paragraph.paragraph}`) ?? [],
      );
      expect(annotation.missing, `${paragraph.section} ¶${paragraph.paragraph}`).toEqual([]);
      placed += annotation.placed.length;
    }
    expect(placed).toBe(total);
  });
});

import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { parseSource } from '@chipwar/source';
import { describe, expect, it } from 'vitest';
import { itemsOf, sourceCoverage, type Waiver } from './coverage.ts';

const text = `### Introduction

China imported more than $350 billion in 2020, as Section 4 explains.

> One block quotation.

He said “no limits” once.
`;
const source = parseSource(text);
const cite = (excerpt: string, paragraph: number) => ({
  document: 'doc:r' as const,
  section: 'introduction',
  paragraph,
  excerpt,
});
const dataset = {
  ...Object.fromEntries(KIND_NAMES.map((kind) => [KINDS[kind].collection, []])),
  figures: [{ id: 'figure:imports', sources: [cite('more than $350 billion in 2020', 1)] }],
  quotes: [{ id: 'quote:block', sources: [cite('One block', 2)] }],
  concepts: [{ id: 'concept:no-limits', sources: [cite('“no limits”', 3)] }],
} as never;

describe('source coverage', () => {
  it('finds digits, number words, quotation pairs and block quotations', () => {
    const items = source.paragraphs.flatMap(itemsOf).map((item) => [item.type, item.text]);
    expect(items).toEqual([
      ['number', '350'],
      ['number', 'billion'],
      ['number', '2020'],
      ['number', '4'],
      ['number', 'One'],
      ['quotation', 'One block quotation.'],
      ['quotation', '“no limits”'],
    ]);
  });

  it('shows which records cover each item, applies waivers and reports stale ones', () => {
    const waivers: Waiver[] = [
      { section: 'introduction', paragraph: 1, text: '4', context: 'Section 4', reason: 'a cross-reference' },
      { section: 'introduction', paragraph: 3, text: 'two', reason: 'matches nothing' },
    ];
    const { items, staleWaivers } = sourceCoverage(dataset, source, waivers);
    const byText = Object.fromEntries(items.map((item) => [item.text, item]));
    expect(byText['350']?.coveredBy).toEqual(['figure:imports']);
    expect(byText['4']).toMatchObject({ coveredBy: [], waived: 'a cross-reference' });
    expect(byText.One?.coveredBy).toEqual(['quote:block']);
    expect(byText['“no limits”']?.coveredBy).toEqual(['concept:no-limits']);
    expect(staleWaivers.map((waiver) => waiver.text)).toEqual(['two']);
  });

  it('leaves an item uncovered when no excerpt spans it, or the waiver context does not match', () => {
    const { items } = sourceCoverage(dataset, source, [
      { section: 'introduction', paragraph: 1, text: '4', context: 'Chapter 4', reason: 'x' },
    ]);
    expect(
      items.filter((item) => item.coveredBy.length === 0 && !item.waived).map((item) => item.text),
    ).toEqual(['4']);
  });
});

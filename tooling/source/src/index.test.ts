import { describe, expect, it } from 'vitest';
import { locate, parseSource, sectionSlug } from './index.ts';

const markdown = `---
title : A Title
author: An Author
date  : 2023-05-03 12:00:00 +0800
---

_The lede line._

<excerpt/>

### Introduction

First paragraph with __bold__ text.

Second paragraph.

### Section 2: Something Else

#### A Subsection

- A list item;

- Another list item.

> A block quotation
> over two lines.

![image1](https://example.invalid/x.png)

Closing paragraph.

---

__An Author__ is a writer.
`;

describe('parseSource', () => {
  const parsed = parseSource(markdown);

  it('reads the front matter', () => {
    expect(parsed.frontMatter).toMatchObject({ title: 'A Title', author: 'An Author' });
  });

  it('numbers paragraphs within sections, counting list items and quotations, not headings or images', () => {
    expect(parsed.paragraphs.map((p) => [p.section, p.paragraph, p.text])).toEqual([
      ['lede', 1, 'The lede line.'],
      ['introduction', 1, 'First paragraph with bold text.'],
      ['introduction', 2, 'Second paragraph.'],
      ['section-2', 1, 'A list item;'],
      ['section-2', 2, 'Another list item.'],
      ['section-2', 3, 'A block quotation\nover two lines.'],
      ['section-2', 4, 'Closing paragraph.'],
      ['about-the-author', 1, 'An Author is a writer.'],
    ]);
  });

  it('records the subsection and the source line', () => {
    const item = parsed.paragraphs.find((p) => p.text === 'A list item;');
    expect(item).toMatchObject({ subsection: 'A Subsection', line: 21, blockQuote: false });
    expect(parsed.paragraphs.find((p) => p.text.startsWith('A block'))?.blockQuote).toBe(true);
    expect(markdown.split('\n')[20]).toBe('- A list item;');
  });

  it('locates excerpts verbatim only', () => {
    expect(locate(parsed, 'Second paragraph').map((p) => [p.section, p.paragraph])).toEqual([
      ['introduction', 2],
    ]);
    expect(locate(parsed, 'second paragraph')).toEqual([]);
  });

  it('slugs section headings', () => {
    expect(sectionSlug('Section 4: China Strikes Back — New and Old Tactics')).toBe('section-4');
    expect(sectionSlug('Conclusion')).toBe('conclusion');
  });
});

import type { AnyRecord, Citation, Meta } from '@chipwar/schema';
import { deepFreeze } from '@chipwar/schema/core';
import { requireString } from './internal/args.ts';
import type { CiteFormat, CslItem } from './types.ts';

/**
 * The readable title of a citation's section slug, as `cite` prints it.
 *
 * ```ts
 * sectionTitle('section-1'); // 'Section 1'
 * sectionTitle(get('figure:zte-fine-2017').sources[0].section); // 'Section 1'
 * sectionTitle('about-the-author'); // 'About the author'
 * ```
 */
export function sectionTitle(slug: string): string {
  requireString('sectionTitle', 'slug', slug, 'section-1');
  const numbered = /^section-(\d+)$/.exec(slug);
  if (numbered) return `Section ${numbered[1]}`;
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function splitName(author: string): { family: string; given: string } {
  const parts = author.trim().split(/\s+/);
  const family = parts.pop() ?? author;
  return { family, given: parts.join(' ') };
}

/** Formats the citations of a record of a dataset whose source is described by `meta`. */
export function citeRecord(meta: Meta, record: AnyRecord, format: CiteFormat): string | readonly CslItem[] {
  const { source } = meta;
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  const where = (citation: Citation) => `${sectionTitle(citation.section)}, ¶${citation.paragraph}`;
  const citations = record.sources;
  switch (format) {
    case 'text':
      return citations
        .map(
          (citation) =>
            `${source.author}, “${source.title}” (${publisher}${source.date}), ${where(citation)}: “${citation.excerpt}”`,
        )
        .join('\n');
    case 'markdown':
      return citations
        .map(
          (citation) =>
            `> ${citation.excerpt}\n\n— ${source.author}, *${source.title}*, ${publisher}${source.date}, ${where(citation)}`,
        )
        .join('\n\n');
    case 'csl-json': {
      const [year, month, day] = source.date.split('-').map(Number);
      return deepFreeze(
        citations.map((citation, index): CslItem => {
          const item: Omit<CslItem, 'publisher'> = {
            id: citations.length > 1 ? `${record.id}#${index + 1}` : record.id,
            type: 'report',
            title: source.title,
            author: [splitName(source.author)],
            issued: { 'date-parts': [[year ?? 0, month ?? 1, day ?? 1]] },
            section: sectionTitle(citation.section),
            locator: String(citation.paragraph),
            label: 'paragraph',
            quote: citation.excerpt,
            note: `Cited for ${record.id}`,
          };
          return source.publisher ? { ...item, publisher: source.publisher } : item;
        }),
      );
    }
  }
}

// Citations as people read them: the report, the headings the cited paragraph stands under (from
// the document's outline in the dataset), the paragraph and the excerpt.
import type { AnyRecord, Citation, Headings, Meta } from '@chipwar/schema';
import { deepFreeze } from '@chipwar/schema/core';
import type { CiteFormat, CslItem } from './types.ts';

function splitName(author: string): { family: string; given: string } {
  const parts = author.trim().split(/\s+/);
  const family = parts.pop() ?? author;
  return { family, given: parts.join(' ') };
}

/** Formats the citations of a record of a dataset whose source is described by `meta`. */
export function citeRecord(
  meta: Meta,
  headingsOf: (citation: Citation) => Headings,
  record: AnyRecord,
  format: CiteFormat,
): string | readonly CslItem[] {
  const { source } = meta;
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  const headings = (citation: Citation) => {
    const { section, subsection } = headingsOf(citation);
    return subsection ? `${section} › ${subsection}` : section;
  };
  const where = (citation: Citation) => `${headings(citation)}, ¶${citation.paragraph}`;
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
            section: headings(citation),
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

// Citations as people read them: the report, the headings the cited paragraph stands under (from
// the document's outline in the dataset), the paragraph and the excerpt.
import type { AnyRecord, Citation, Meta, Section } from '@chipwar/schema';
import { deepFreeze } from '@chipwar/schema/core';
import type { CiteFormat, CslItem, Headings } from './types.ts';

/** The outline of every document that has one, by document id and section slug. */
export type Outlines = ReadonlyMap<string, ReadonlyMap<string, Section>>;

/** Reads the outlines of the documents of a dataset. */
export function outlinesOf(documents: Iterable<AnyRecord>): Outlines {
  const outlines = new Map<string, Map<string, Section>>();
  for (const document of documents) {
    if (document.kind !== 'document' || !document.sections) continue;
    outlines.set(document.id, new Map(document.sections.map((section) => [section.section, section])));
  }
  return outlines;
}

// A section without a heading in its document (or a document without an outline) is named from
// its slug: `section-2` is "Section 2", `lede` is "Lede".
function titleFromSlug(slug: string): string {
  const numbered = /^section-(\d+)$/.exec(slug);
  if (numbered) return `Section ${numbered[1]}`;
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The headings a cited paragraph stands under: its section's, and its subsection's if it has one. */
export function headingsIn(
  outlines: Outlines,
  citation: Pick<Citation, 'document' | 'section' | 'paragraph'>,
): Headings {
  const section = outlines.get(citation.document)?.get(citation.section);
  const subsection = section?.subsections?.find(
    (candidate) => citation.paragraph >= candidate.from && citation.paragraph <= candidate.to,
  );
  return Object.freeze({
    section: section?.title ?? titleFromSlug(citation.section),
    ...(subsection && { subsection: subsection.title }),
  });
}

function splitName(author: string): { family: string; given: string } {
  const parts = author.trim().split(/\s+/);
  const family = parts.pop() ?? author;
  return { family, given: parts.join(' ') };
}

/** Formats the citations of a record of a dataset whose source is described by `meta`. */
export function citeRecord(
  meta: Meta,
  outlines: Outlines,
  record: AnyRecord,
  format: CiteFormat,
): string | readonly CslItem[] {
  const { source } = meta;
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  const headings = (citation: Citation) => {
    const { section, subsection } = headingsIn(outlines, citation);
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

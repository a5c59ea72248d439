import type { Kind } from './kinds.ts';

/** The headings a cited paragraph stands under, as the document prints them. */
export interface Headings {
  /** The section's heading ("Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors"), or a title made from its slug when it has none ("Lede"). */
  readonly section: string;
  /** The subsection's heading, when the paragraph stands under one. */
  readonly subsection?: string;
}

/** What `citationHeadings` reads of a document record. */
export interface OutlinedRecord {
  readonly id: string;
  readonly kind: Kind;
  readonly sections?: readonly {
    readonly section: string;
    readonly title?: string;
    readonly subsections?: readonly { readonly title: string; readonly from: number; readonly to: number }[];
  }[];
}

/** What `citationHeadings` reads of a citation. */
export interface Place {
  readonly document: string;
  readonly section: string;
  readonly paragraph: number;
}

// A section without a heading in its document (or a document without an outline) is named from
// its slug: `section-2` is "Section 2", `lede` is "Lede".
function titleFromSlug(slug: string): string {
  const numbered = /^section-(\d+)$/.exec(slug);
  if (numbered) return `Section ${numbered[1]}`;
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads the outlines of a dataset's documents once, and gives for any citation the headings its
 * paragraph stands under: its section's and, when it has one, its subsection's.
 *
 * ```ts
 * const headingsOf = citationHeadings(dataset.documents);
 * headingsOf({ document: 'doc:china-new-microchip-war', section: 'section-1', paragraph: 17 });
 * // { section: 'Section 1: The Turning Point …', subsection: 'Speeches by Chinese Leaders after the April 2018 ZTE Crisis' }
 * ```
 */
export function citationHeadings(records: Iterable<OutlinedRecord>): (citation: Place) => Headings {
  const outlines = new Map<string, Map<string, NonNullable<OutlinedRecord['sections']>[number]>>();
  for (const record of records) {
    if (record.kind !== 'document' || !record.sections) continue;
    outlines.set(record.id, new Map(record.sections.map((section) => [section.section, section])));
  }
  return (citation) => {
    const section = outlines.get(citation.document)?.get(citation.section);
    const subsection = section?.subsections?.find(
      (candidate) => citation.paragraph >= candidate.from && citation.paragraph <= candidate.to,
    );
    return Object.freeze({
      section: section?.title ?? titleFromSlug(citation.section),
      ...(subsection && { subsection: subsection.title }),
    });
  };
}

// Marks up one paragraph of the report with the excerpts that records cite from it. Excerpts can
// overlap or nest, so the text is cut at every excerpt edge into pieces, each knowing which
// excerpts cover it, and a numbered marker follows each excerpt's end (as a footnote would), so
// every excerpt gets its own link to its record whatever it overlaps.

/** One citation of a paragraph: the record and the words it quotes. */
export interface Excerpt {
  /** The citing record's id. */
  readonly id: string;
  /** The citation's index in the record's `sources`. */
  readonly citation: number;
  /** The verbatim words. */
  readonly excerpt: string;
}

/** An excerpt found in the paragraph, with its marker number (1, 2, … in reading order). */
interface PlacedExcerpt extends Excerpt {
  readonly start: number;
  readonly end: number;
  readonly n: number;
}

/** A piece of the paragraph: text with the numbers of the excerpts covering it, or a marker. */
type Piece =
  | { readonly type: 'text'; readonly text: string; readonly excerpts: readonly number[] }
  | { readonly type: 'marker'; readonly n: number };

/** A paragraph cut into pieces. */
export interface Annotation {
  /** The excerpts found, in marker order. */
  readonly placed: readonly PlacedExcerpt[];
  /** The excerpts not found verbatim in the paragraph (a citation that the provenance check would fail). */
  readonly missing: readonly Excerpt[];
  readonly pieces: readonly Piece[];
}

/**
 * Cuts a paragraph into pieces at every excerpt edge; each excerpt is placed at its first
 * occurrence and numbered by where it ends.
 *
 * ```ts
 * annotate('The fine was $1.2 billion.', [{ id: 'figure:x', citation: 0, excerpt: '$1.2 billion' }]).pieces;
 * // [{ type: 'text', text: 'The fine was ', excerpts: [] }, { type: 'text', text: '$1.2 billion', excerpts: [1] },
 * //  { type: 'marker', n: 1 }, { type: 'text', text: '.', excerpts: [] }]
 * ```
 */
export function annotate(text: string, excerpts: readonly Excerpt[]): Annotation {
  const found: Omit<PlacedExcerpt, 'n'>[] = [];
  const missing: Excerpt[] = [];
  for (const excerpt of excerpts) {
    const start = excerpt.excerpt ? text.indexOf(excerpt.excerpt) : -1;
    if (start < 0) missing.push(excerpt);
    else found.push({ ...excerpt, start, end: start + excerpt.excerpt.length });
  }
  found.sort(
    (a, b) =>
      a.end - b.end || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.citation - b.citation),
  );
  const placed = found.map((excerpt, index) => ({ ...excerpt, n: index + 1 }));

  const edges = [
    ...new Set([0, text.length, ...placed.flatMap((excerpt) => [excerpt.start, excerpt.end])]),
  ].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let index = 0; index < edges.length - 1; index += 1) {
    const from = edges[index] as number;
    const to = edges[index + 1] as number;
    const covering = placed
      .filter((excerpt) => excerpt.start <= from && to <= excerpt.end)
      .map((excerpt) => excerpt.n);
    pieces.push({ type: 'text', text: text.slice(from, to), excerpts: covering });
    for (const excerpt of placed) if (excerpt.end === to) pieces.push({ type: 'marker', n: excerpt.n });
  }
  return { placed, missing, pieces };
}

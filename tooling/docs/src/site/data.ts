// The records as the pages see them, read through the public APIs of @chipwar/dataset and
// @chipwar/query only.
import { dataset } from '@chipwar/dataset';
import { find, headingsOf, list } from '@chipwar/query';
import type { AnyRecord, Citation, Kind } from '@chipwar/schema';
import { ENTITY_KINDS, KIND_NAMES, KINDS } from '@chipwar/schema/core';

/** Every record of every kind, in kind order, then id order. */
export const records: readonly AnyRecord[] = KIND_NAMES.flatMap(
  (kind) => list(kind) as unknown as AnyRecord[],
);

/** The dataset's metadata: versions and the source it was checked against. */
export const meta = dataset.meta;

/** The name of an entity, or the label of a statement, or the id when it has neither. */
export function nameOf(record: AnyRecord): string {
  return ('name' in record ? record.name : record.label) ?? record.id;
}

/** The plural a kind's pages use: `organizations`. */
export function collectionOf(kind: Kind): string {
  return KINDS[kind].collection;
}

/** How many records each kind has. */
export function countOf(kind: Kind): number {
  return list(kind).length;
}

/** Kinds whose records are things that relations connect (the rest are statements about them). */
export function isEntity(kind: Kind): boolean {
  return (ENTITY_KINDS as readonly Kind[]).includes(kind);
}

/** The kinds in their canonical order. */
export const kinds: readonly Kind[] = KIND_NAMES;

/** The record with this id, typed as `@chipwar/schema` types records; `undefined` for an unknown id. */
export function recordOf(id: string): AnyRecord | undefined {
  return find(id) as unknown as AnyRecord | undefined;
}

/** The headings a citation's paragraph stands under, as one line: "Section 1: … › Subsection". */
export function headingLine(citation: Citation): string {
  const { section, subsection } = headingsOf(citation);
  return subsection ? `${section} › ${subsection}` : section;
}

import { z } from 'zod';
import { type Collection, KIND_NAMES, KINDS, type Kind } from '../core/kinds.ts';
import { ref } from '../internal/reference-registry.ts';
import { SEMVER_PATTERN } from '../versioning/semver.ts';
import { RetiredIdSchema } from './ledger.ts';
import { RecordSchemas } from './records.ts';
import { textSchema } from './text.ts';

/** The source document a dataset is made from, pinned by the hash of its text. */
export const SourceSchema = z.strictObject({
  /** The document record of the source within the dataset. */
  document: ref('document'),
  /** The source's title. */
  title: textSchema(),
  /** Its author. */
  author: textSchema(),
  /** Its publisher, when known. */
  publisher: textSchema().optional(),
  /** Its publication date, `YYYY-MM-DD`: the anchor of relative dates. */
  date: z.iso.date(),
  /** The sha256 of the source text the citations were checked against, in hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
});

/** The source a dataset is made from. */
export interface Source extends z.infer<typeof SourceSchema> {}

/** What a dataset says about itself. */
export const MetaSchema = z
  .strictObject({
    /** The version of the data (semver; see VERSIONING.md for what each bump means). */
    datasetVersion: z.string().regex(SEMVER_PATTERN, 'expected a semantic version such as 1.2.0'),
    /** The version of `@chipwar/schema` the data conforms to. */
    schemaVersion: z.string().regex(SEMVER_PATTERN, 'expected a semantic version such as 1.2.0'),
    /** The source document. */
    source: SourceSchema,
    /** `sha256-<hex>` of the canonical records, so two builds can be compared without a timestamp. */
    contentHash: z
      .string()
      .regex(/^sha256-[0-9a-f]{64}$/, 'expected sha256-<64 hex digits>')
      .optional(),
    /** Licenses of the data and of the code. */
    license: z.strictObject({ data: textSchema(), code: textSchema() }).optional(),
  })
  .describe('What a dataset says about itself: versions, source, content hash, licenses.');

/** What a dataset says about itself. */
export interface Meta extends z.infer<typeof MetaSchema> {}

type CollectionShape = {
  [K in Kind as (typeof KINDS)[K]['collection']]: z.ZodDefault<z.ZodArray<(typeof RecordSchemas)[K]>>;
};

const collections = Object.fromEntries(
  KIND_NAMES.map((kind) => [KINDS[kind].collection, z.array(RecordSchemas[kind]).default([])]),
) as CollectionShape;

/**
 * A whole dataset: `meta` and one array per kind (`countries`, `organizations`, …, `relations`).
 * A missing array reads as empty. The shape only: {@link validateDataset} adds the integrity checks.
 */
export const DatasetSchema = z
  .strictObject({
    /** What the dataset says about itself. */
    meta: MetaSchema,
    ...collections,
    /** The ledger of retired ids (renamed, merged, split, removed), so old ids stay resolvable. */
    retired: z.array(RetiredIdSchema).default([]),
  })
  .describe('A chipwar dataset: meta and one array of records per kind.');

/** A whole dataset, as published. */
export interface Dataset extends z.infer<typeof DatasetSchema> {}

/** The record arrays of a dataset, keyed by collection name. */
export type DatasetCollections = Pick<Dataset, Collection>;

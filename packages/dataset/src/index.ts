/**
 * Every entity, figure, event and quotation of the CSIS report "China's New Microchip War"
 * (Gregory C. Allen, 2023-05-03), each record citing a verbatim excerpt of the report. Records are
 * deep-frozen; ids are literal unions, so a misspelled id does not compile.
 *
 * @packageDocumentation
 */
import type { Dataset } from '@chipwar/schema';
import { type DeepReadonly, deepFreeze } from '@chipwar/schema/core';
import { concepts } from './generated/concepts.ts';
import { countries } from './generated/countries.ts';
import { documents } from './generated/documents.ts';
import { events } from './generated/events.ts';
import { figures } from './generated/figures.ts';
import { meta } from './generated/meta.ts';
import { objectives } from './generated/objectives.ts';
import { organizations } from './generated/organizations.ts';
import { people } from './generated/people.ts';
import { policies } from './generated/policies.ts';
import { quotes } from './generated/quotes.ts';
import { regions } from './generated/regions.ts';
import { relations } from './generated/relations.ts';
import { retired } from './generated/retired.ts';
import { tactics } from './generated/tactics.ts';
import { technologies } from './generated/technologies.ts';

export type { DatasetRecord, DeepReadonly } from './freeze.ts';
export * from './generated/concepts.ts';
export * from './generated/countries.ts';
export * from './generated/documents.ts';
export * from './generated/events.ts';
export * from './generated/figures.ts';
export type { RecordId, RetiredRecordId } from './generated/ids.ts';
export * from './generated/meta.ts';
export * from './generated/objectives.ts';
export * from './generated/organizations.ts';
export * from './generated/people.ts';
export * from './generated/policies.ts';
export * from './generated/quotes.ts';
export * from './generated/regions.ts';
export * from './generated/relations.ts';
export * from './generated/retired.ts';
export * from './generated/tactics.ts';
export * from './generated/technologies.ts';

/** The whole dataset, as `@chipwar/schema`'s `Dataset` but read-only throughout, with narrowed ids. */
export interface ShippedDataset {
  /** What the dataset says about itself. */
  readonly meta: DeepReadonly<Dataset['meta']>;
  /** Countries and territories. */
  readonly countries: typeof countries;
  /** Regions. */
  readonly regions: typeof regions;
  /** Organizations. */
  readonly organizations: typeof organizations;
  /** People. */
  readonly people: typeof people;
  /** Policies. */
  readonly policies: typeof policies;
  /** Documents. */
  readonly documents: typeof documents;
  /** Technologies. */
  readonly technologies: typeof technologies;
  /** Concepts. */
  readonly concepts: typeof concepts;
  /** Strategic objectives, in the report's order. */
  readonly objectives: typeof objectives;
  /** Tactics, in the report's order. */
  readonly tactics: typeof tactics;
  /** Events. */
  readonly events: typeof events;
  /** Figures. */
  readonly figures: typeof figures;
  /** Quotations. */
  readonly quotes: typeof quotes;
  /** Relations. */
  readonly relations: typeof relations;
  /** The ledger of retired ids. */
  readonly retired: typeof retired;
}

/**
 * The whole dataset: `meta` and one array per kind, each sorted by id and deep-frozen.
 *
 * ```ts
 * import { dataset } from '@chipwar/dataset';
 * dataset.figures.length; // every figure of the report
 * dataset.meta.source.title; // 'China’s New Microchip War'
 * ```
 */
export const dataset: ShippedDataset = deepFreeze({
  meta,
  countries,
  regions,
  organizations,
  people,
  policies,
  documents,
  technologies,
  concepts,
  objectives,
  tactics,
  events,
  figures,
  quotes,
  relations,
  retired,
});

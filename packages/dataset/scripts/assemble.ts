import { type AnyRecord, type Dataset, type RetiredId, SCHEMA_VERSION } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { SOURCE_SHA256 } from '@chipwar/source';

/** The id of the report's own document record. */
const REPORT_ID = 'doc:china-new-microchip-war';

/** Puts records into the dataset shape: one array per kind and the ledger, each sorted by id. */
export function assemble(
  records: readonly AnyRecord[],
  datasetVersion = '0.0.0',
  retired: readonly RetiredId[] = [],
): Dataset {
  const collections = Object.fromEntries(
    KIND_NAMES.map((kind) => [
      KINDS[kind].collection,
      records
        .filter((record) => record.kind === kind)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  );
  return {
    meta: {
      datasetVersion,
      schemaVersion: SCHEMA_VERSION,
      source: {
        document: REPORT_ID,
        title: 'China’s New Microchip War',
        author: 'Gregory C. Allen',
        publisher: 'Center for Strategic and International Studies (CSIS)',
        date: '2023-05-03',
        sha256: SOURCE_SHA256,
      },
    },
    ...collections,
    retired: [...retired].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  } as unknown as Dataset;
}

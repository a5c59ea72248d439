// The resources: every record at chipwar://record/<id> (listed, and completed as a client types an
// id), the dataset's metadata and the JSON Schema of its records.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AnyRecord } from '@chipwar/schema';
import { KIND_NAMES } from '@chipwar/schema/core';
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Context } from './context.ts';
import { answering, ERROR_CODES } from './errors.ts';
import { cited, labelOf } from './present.ts';

/**
 * The URI template of a record, as the server lists it in `resources/templates/list`.
 *
 * ```ts
 * await client.readResource({ uri: RECORD_URI_TEMPLATE.replace('{id}', 'org:smic') });
 * ```
 */
export const RECORD_URI_TEMPLATE = 'chipwar://record/{id}';
/**
 * The URI of the dataset's metadata: versions, content hash, the source report, and how many
 * records of each kind there are.
 *
 * ```ts
 * JSON.parse((await client.readResource({ uri: META_URI })).contents[0].text).datasetVersion; // '0.1.0'
 * ```
 */
export const META_URI = 'chipwar://meta';
/**
 * The URI of the JSON Schema of the dataset (the file `@chipwar/schema/schema.json`).
 *
 * ```ts
 * JSON.parse((await client.readResource({ uri: SCHEMA_URI })).contents[0].text).title; // 'chipwar dataset'
 * ```
 */
export const SCHEMA_URI = 'chipwar://schema';

const JSON_TYPE = 'application/json';

/**
 * The URI of a record's resource.
 *
 * ```ts
 * recordUri('org:smic'); // 'chipwar://record/org:smic'
 * ```
 */
export function recordUri(id: string): string {
  return `chipwar://record/${id}`;
}

/** A URI part with its percent-escapes decoded (`org%3Asmic` is `org:smic`), or as it is when they are malformed. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Registers every resource of the server. */
export function registerResources(server: McpServer, ctx: Context): void {
  const { dataset, query } = ctx;

  server.registerResource(
    'record',
    new ResourceTemplate(RECORD_URI_TEMPLATE, {
      list: () => ({
        resources: ctx.records().map((record) => ({
          uri: recordUri(record.id),
          name: record.id,
          title: labelOf(record),
          mimeType: JSON_TYPE,
        })),
      }),
      complete: { id: (typed) => ctx.completeId(typed) },
    }),
    {
      title: 'A record of the report',
      description:
        'One record of the report’s dataset (an entity, figure, event, quotation, relation, …) as JSON, with its citation: report, section, paragraph and verbatim excerpt.',
      mimeType: JSON_TYPE,
    },
    (uri, variables) =>
      answering(
        ERROR_CODES.resourceNotFound,
        () => {
          const requested = decoded(String(variables.id ?? ''));
          const record = query.get(ctx.liveId('resources/read', requested)) as AnyRecord;
          return {
            contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(cited(query, record)) }],
          };
        },
        { uri: uri.href },
      ),
  );

  server.registerResource(
    'meta',
    META_URI,
    {
      title: 'About the dataset',
      description:
        'The dataset’s versions, content hash and source (the report: title, author, publisher, date, sha256), and how many records of each kind it holds.',
      mimeType: JSON_TYPE,
    },
    (uri) => {
      const records = Object.fromEntries(KIND_NAMES.map((kind) => [kind, query.list(kind).length]));
      const meta = { ...dataset.meta, records, retiredIds: dataset.retired.length };
      return { contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(meta) }] };
    },
  );

  server.registerResource(
    'schema',
    SCHEMA_URI,
    {
      title: 'JSON Schema of the dataset',
      description: 'The JSON Schema (draft 2020-12) of a chipwar dataset and each kind of record.',
      mimeType: 'application/schema+json',
    },
    async (uri) => {
      // Read on demand, as the file that @chipwar/schema ships: clients rarely ask for it.
      const file = createRequire(import.meta.url).resolve('@chipwar/schema/schema.json');
      const text = await readFile(file, 'utf8');
      return { contents: [{ uri: uri.href, mimeType: 'application/schema+json', text }] };
    },
  );
}

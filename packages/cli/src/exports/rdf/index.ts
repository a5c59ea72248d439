// The RDF exports: the same triples as JSON-LD (written here), Turtle and N-Quads (written by N3),
// with the vocabulary document in the same syntax and the SHACL shapes in Turtle.
import type { Dataset } from '@chipwar/schema';
import { datasetTriples } from './data.ts';
import { toJsonLd } from './jsonld.ts';
import { shapeTriples } from './shapes.ts';
import { NS, recordPrefixes, type Triple } from './terms.ts';
import { vocabularyTriples } from './vocabulary.ts';

/** An RDF export format. */
export type RdfFormat = 'jsonld' | 'turtle' | 'nquads';

const EXTENSIONS: Record<RdfFormat, string> = { jsonld: 'jsonld', turtle: 'ttl', nquads: 'nq' };

/**
 * The dataset as JSON-LD: one `@graph` in the default graph (the dataset's own node inside it),
 * an inline `@context`, every record a node with schema.org and chipwar types, citations, dates
 * and affiliations as nodes of their own, and each relation as a direct triple beside its
 * reified statement.
 *
 * ```ts
 * const document = jsonLd(dataset); // { '@context': { … }, '@graph': [ … ] }
 * ```
 */
export function jsonLd(dataset: Dataset): Record<string, unknown> {
  return toJsonLd(datasetTriples(dataset));
}

/** Triples as Turtle or N-Quads, written by N3 (loaded only here). */
async function writeTriples(triples: Triple[], format: 'turtle' | 'nquads'): Promise<string> {
  const { DataFactory, Writer } = await import('n3');
  const { namedNode, blankNode, literal, quad } = DataFactory;
  const prefixes = { ...NS, ...recordPrefixes() };
  const writer = format === 'turtle' ? new Writer({ prefixes }) : new Writer({ format: 'N-Quads' });
  const subject = (value: string) => (value.startsWith('_:') ? blankNode(value.slice(2)) : namedNode(value));
  for (const { s, p, o } of triples) {
    const object =
      'iri' in o
        ? namedNode(o.iri)
        : 'blank' in o
          ? blankNode(o.blank)
          : literal(o.literal, namedNode(o.datatype));
    writer.addQuad(quad(subject(s), namedNode(p), object));
  }
  return new Promise((resolve, reject) =>
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result))),
  );
}

async function serialize(triples: Triple[], format: RdfFormat): Promise<string> {
  if (format === 'jsonld') return `${JSON.stringify(toJsonLd(triples), null, 2)}\n`;
  return writeTriples(triples, format);
}

/**
 * The files of an RDF export: `chipwar.<ext>` (the data), `chipwar-vocabulary.<ext>` (the
 * project's terms with labels and comments) and `chipwar-shapes.ttl` (SHACL).
 */
export async function rdfFiles(dataset: Dataset, format: RdfFormat): Promise<Map<string, string>> {
  const extension = EXTENSIONS[format];
  return new Map([
    [`chipwar.${extension}`, await serialize(datasetTriples(dataset), format)],
    [
      `chipwar-vocabulary.${extension}`,
      await serialize(vocabularyTriples(dataset.meta.schemaVersion), format),
    ],
    ['chipwar-shapes.ttl', await writeTriples(shapeTriples(), 'turtle')],
  ]);
}

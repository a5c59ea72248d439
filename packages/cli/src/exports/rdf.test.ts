import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset as shipped } from '@chipwar/dataset';
import { timeline } from '@chipwar/query';
import type { AnyRecord, Dataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS, PREDICATE_NAMES, RECORD_FIELDS } from '@chipwar/schema/core';
import jsonld from 'jsonld';
import { Parser, type Quad, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { exportFiles } from './index.ts';
import { python, writeExport } from './real-clients.ts';

const dataset = shipped as unknown as Dataset;
const files = {
  jsonld: await exportFiles(dataset, 'jsonld'),
  turtle: await exportFiles(dataset, 'turtle'),
  nquads: await exportFiles(dataset, 'nquads'),
};
const dirs = { jsonld: writeExport(files.jsonld), nquads: writeExport(files.nquads) };
const document = JSON.parse(files.jsonld.get('chipwar.jsonld') as string) as Record<string, unknown>;
const records = KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as AnyRecord[]);

/** jsonld.js, offline: a context or document it would have to fetch fails the test. */
const offline = async (url: string) => {
  throw new Error(`the export asked for ${url}; its context must be inline`);
};

/** The N-Quads lines jsonld.js reads from a JSON-LD document. */
async function jsonldQuads(input: Record<string, unknown>): Promise<string[]> {
  const nquads = (await jsonld.toRDF(input as never, {
    format: 'application/n-quads',
    documentLoader: offline as never,
  })) as unknown as string;
  return [...new Set(nquads.trim().split('\n'))].sort();
}

const parse = (text: string, format: 'Turtle' | 'N-Quads'): Quad[] => new Parser({ format }).parse(text);
const key = (quad: Quad) =>
  `${quad.subject.value} ${quad.predicate.value} ${quad.object.termType}:${quad.object.value}^^${quad.object.termType === 'Literal' ? quad.object.datatype.value : ''} ${quad.graph.value}`;
const quads = {
  turtle: parse(files.turtle.get('chipwar.ttl') as string, 'Turtle'),
  nquads: parse(files.nquads.get('chipwar.nq') as string, 'N-Quads'),
};
const jsonQuads = await jsonldQuads(document);

describe('RDF: one graph in three syntaxes', () => {
  it('puts the data in the default graph, with the dataset as a node inside it', () => {
    expect(Object.keys(document)).toEqual(['@context', '@graph']);
    expect(
      parse(jsonQuads.join('\n'), 'N-Quads').every((quad) => quad.graph.termType === 'DefaultGraph'),
    ).toBe(true);
    expect(quads.nquads.every((quad) => quad.graph.termType === 'DefaultGraph')).toBe(true);
    const node = (document['@graph'] as Record<string, unknown>[]).find(
      (entry) => entry['@type'] === 'schema:Dataset',
    );
    expect(node).toMatchObject({
      version: dataset.meta.datasetVersion,
      wasDerivedFrom: 'doc:china-new-microchip-war',
    });
  });

  it('reads to the same triples in jsonld.js (offline), N3’s Turtle parser and N3’s N-Quads parser', () => {
    expect(quads.turtle.length).toBe(jsonQuads.length);
    expect(quads.nquads.length).toBe(jsonQuads.length);
    expect(new Set(quads.turtle.map(key))).toEqual(new Set(quads.nquads.map(key)));
    const fromJsonld = parse(jsonQuads.join('\n'), 'N-Quads');
    expect(new Set(fromJsonld.map(key))).toEqual(new Set(quads.nquads.map(key)));
    expect(jsonQuads.length).toBeGreaterThan(10_000);
  });

  it('has an inline context that needs no network', () => {
    const context = document['@context'] as Record<string, unknown>;
    expect(JSON.stringify(context)).not.toMatch(/"https?:\/\/[^"]*context/);
    expect(context.org).toBe('urn:chipwar:org:');
    expect(context.startEarliest).toEqual({ '@id': 'cw:startEarliest', '@type': 'xsd:date' });
  });

  it('types dates as XSD literals as their precision allows, with bounds for uncertain and open dates', () => {
    const lines = (id: string) => jsonQuads.filter((line) => line.startsWith(`<urn:chipwar:${id}#date>`));
    expect(lines('event:october-7-export-controls')).toContain(
      '<urn:chipwar:event:october-7-export-controls#date> <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "2022-10-07"^^<http://www.w3.org/2001/XMLSchema#date> .',
    );
    const month = dataset.events.find((event) => /^\d{4}-\d{2}$/.test(event.date.edtf));
    const year = dataset.events.find((event) => /^\d{4}$/.test(event.date.edtf));
    expect(lines(month?.id ?? '').join('\n')).toContain(
      `"${month?.date.edtf}"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`,
    );
    expect(lines(year?.id ?? '').join('\n')).toContain(
      `"${year?.date.edtf}"^^<http://www.w3.org/2001/XMLSchema#gYear>`,
    );
    const open = lines('event:asml-source-code-theft').join('\n');
    expect(open).not.toContain('startEarliest');
    expect(open).toContain(
      '<urn:chipwar:vocab:startLatest> "2018-12-31"^^<http://www.w3.org/2001/XMLSchema#date>',
    );
    expect(open).toContain('<urn:chipwar:vocab:edtf> "../2018"^^<http://id.loc.gov/datatypes/edtf/EDTF>');
  });

  it('states each relation as a direct triple with an IRI predicate, and as a reified statement with its citations', () => {
    const relation =
      dataset.relations.find((entry) => entry.id === 'rel:qualcomm-customer-of-smic') ?? dataset.relations[0];
    const s = `<urn:chipwar:${relation?.subject}>`;
    const o = `<urn:chipwar:${relation?.object}>`;
    expect(
      jsonQuads.filter((line) => line.startsWith(`${s} <urn:chipwar:vocab:`) && line.endsWith(`${o} .`))
        .length,
    ).toBeGreaterThan(0);
    const statement = jsonQuads.filter((line) => line.startsWith(`<urn:chipwar:${relation?.id}> `));
    expect(statement).toContain(
      `<urn:chipwar:${relation?.id}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ${s} .`,
    );
    expect(statement.some((line) => line.includes('rdf-syntax-ns#predicate> <urn:chipwar:vocab:'))).toBe(
      true,
    );
    expect(
      statement.some((line) =>
        line.includes(`<urn:chipwar:vocab:citation> <urn:chipwar:${relation?.id}#citation-1>`),
      ),
    ).toBe(true);
    const direct = new Set(
      quads.nquads
        .filter(
          (quad) =>
            quad.predicate.value.startsWith('urn:chipwar:vocab:') &&
            PREDICATE_NAMES.some((name) =>
              quad.predicate.value.endsWith(name.replace(/-([a-z])/g, (_, l: string) => l.toUpperCase())),
            ),
        )
        .map((quad) => `${quad.subject.value} ${quad.predicate.value} ${quad.object.value}`),
    );
    expect(direct.size).toBe(
      new Set(dataset.relations.map((entry) => `${entry.subject} ${entry.predicate} ${entry.object}`)).size,
    );
  });

  it('makes citations addressable nodes quoted from their document', () => {
    const citations = quads.nquads.filter((quad) => quad.predicate.value === 'urn:chipwar:vocab:citation');
    expect(citations.length).toBe(records.reduce((n, record) => n + record.sources.length, 0));
    expect(citations.every((quad) => quad.object.termType === 'NamedNode')).toBe(true);
    expect(
      quads.nquads.some(
        (quad) =>
          quad.subject.value === 'urn:chipwar:org:smic#citation-1' &&
          quad.predicate.value === 'http://www.w3.org/ns/prov#wasQuotedFrom' &&
          quad.object.value === 'urn:chipwar:doc:china-new-microchip-war',
      ),
    ).toBe(true);
  });

  it('uses schema.org only where its meaning fits: no addressCountry, no attendee', () => {
    const predicates = new Set(quads.nquads.map((quad) => quad.predicate.value));
    expect(predicates.has('https://schema.org/addressCountry')).toBe(false);
    expect(predicates.has('https://schema.org/attendee')).toBe(false);
    expect(predicates.has('urn:chipwar:vocab:participant')).toBe(true);
    expect(predicates.has('urn:chipwar:vocab:countryOrRegion')).toBe(true);
  });

  it('is byte-reproducible in every syntax', async () => {
    for (const format of ['jsonld', 'turtle', 'nquads'] as const) {
      const again = await exportFiles(dataset, format);
      expect([...again.entries()], format).toEqual([...files[format].entries()]);
    }
  });
});

describe('RDF, read by Python’s rdflib (Debian)', () => {
  it('loads every triple jsonld.js produces, and answers a SPARQL range query over typed dates', () => {
    const reference = join(dirs.jsonld, 'jsonld-js.nq');
    writeFileSync(reference, `${jsonQuads.join('\n')}\n`);
    const result = python<{
      jsonld: number;
      reference: number;
      missing: number;
      extra: number;
      events2022: number;
      possible: number;
    }>(
      `
import json, sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="json-ld")
ref = rdflib.Graph()
ref.parse(sys.argv[2], format="nquads")
a, b = set(g), set(ref)
q = """PREFIX cw: <urn:chipwar:vocab:>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event a cw:Event ; cw:date ?date .
  ?date cw:startEarliest ?start ; cw:endLatest ?end .
  FILTER(?start >= "2022-01-01"^^xsd:date && ?end <= "2022-12-31"^^xsd:date)
}"""
possible = """PREFIX cw: <urn:chipwar:vocab:>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
  ?event a cw:Event ; cw:date ?date .
  OPTIONAL { ?date cw:startEarliest ?start } OPTIONAL { ?date cw:endLatest ?end }
  FILTER((!BOUND(?start) || ?start <= "2022-12-31"^^xsd:date) && (!BOUND(?end) || ?end >= "2022-01-01"^^xsd:date))
}"""
print(json.dumps({"jsonld": len(g), "reference": len(ref), "missing": len(b - a), "extra": len(a - b),
  "events2022": int(list(g.query(q))[0][0]), "possible": int(list(g.query(possible))[0][0])}))
`,
      join(dirs.jsonld, 'chipwar.jsonld'),
      reference,
    );
    expect(result).toMatchObject({
      reference: jsonQuads.length,
      jsonld: jsonQuads.length,
      missing: 0,
      extra: 0,
    });
    expect(result.events2022).toBe(timeline({ from: '2022', to: '2022' }).length);
    expect(result.possible).toBe(timeline({ from: '2022', to: '2022', match: 'possible' }).length);
    expect(result.possible).toBeGreaterThan(result.events2022);
  });

  it('loads the N-Quads and the vocabulary too', () => {
    const counts = python<{ data: number; vocabulary: number; labelled: number; terms: number }>(
      `
import json, sys, rdflib
from rdflib.namespace import RDFS
g = rdflib.Graph(); g.parse(sys.argv[1] + "/chipwar.nq", format="nquads")
v = rdflib.Graph(); v.parse(sys.argv[1] + "/chipwar-vocabulary.nq", format="nquads")
terms = {s for s in v.subjects() if str(s).startswith("urn:chipwar:vocab:") and str(s) != "urn:chipwar:vocab:"}
labelled = {s for s in terms if (s, RDFS.label, None) in v and (s, RDFS.comment, None) in v}
print(json.dumps({"data": len(g), "vocabulary": len(v), "labelled": len(labelled), "terms": len(terms)}))
`,
      dirs.nquads,
    );
    expect(counts.data).toBe(jsonQuads.length);
    expect(counts.terms).toBeGreaterThan(60);
    expect(counts.labelled).toBe(counts.terms);
  });
});

describe('the vocabulary and the SHACL shapes', () => {
  const vocabulary = parse(files.turtle.get('chipwar-vocabulary.ttl') as string, 'Turtle');
  const shapes = parse(files.turtle.get('chipwar-shapes.ttl') as string, 'Turtle');

  it('describes every term of the project the data uses, comments from the schema’s field docs', () => {
    const described = new Set(
      vocabulary
        .filter((quad) => quad.predicate.value.endsWith('#comment'))
        .map((quad) => quad.subject.value),
    );
    const used = new Set(
      quads.nquads.flatMap((quad) => [
        quad.predicate.value,
        ...(quad.predicate.value.endsWith('#type') ? [quad.object.value] : []),
      ]),
    );
    for (const term of used)
      if (term.startsWith('urn:chipwar:vocab:')) expect(described, term).toContain(term);
    const comment = (term: string) =>
      vocabulary.find((quad) => quad.subject.value === term && quad.predicate.value.endsWith('#comment'))
        ?.object.value;
    expect(comment('urn:chipwar:vocab:participant')).toBe(
      RECORD_FIELDS.event.find((field) => field.name === 'participants')?.description,
    );
    expect(comment('urn:chipwar:vocab:customerOf')).toContain('buys from');
  });

  it('the export conforms to its shapes (rdf-validate-shacl)', async () => {
    const validator = new SHACLValidator(new Store(shapes) as never);
    const report = await validator.validate(new Store([...quads.turtle, ...vocabulary]) as never);
    const problems = report.results
      .slice(0, 5)
      .map(
        (result) =>
          `${result.focusNode?.value} ${result.path?.value}: ${result.message.map((m) => m.value).join(' ')}`,
      );
    expect(problems).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('the shapes catch a broken export: a missing citation, a property no shape names, a predicate from the wrong kind, a value as text', async () => {
    const validator = new SHACLValidator(new Store(shapes) as never);
    const store = new Store(quads.nquads);
    const smic = 'urn:chipwar:org:smic';
    const { namedNode, literal } = (await import('n3')).DataFactory;
    store.removeQuads(store.getQuads(namedNode(smic), namedNode('urn:chipwar:vocab:citation'), null, null));
    store.addQuad(
      namedNode(smic),
      namedNode('https://schema.org/addressCountry'),
      namedNode('urn:chipwar:country:cn'),
    );
    store.addQuad(
      namedNode('urn:chipwar:tech:lithography'),
      namedNode('urn:chipwar:vocab:customerOf'),
      namedNode(smic),
    );
    store.addQuad(
      namedNode('urn:chipwar:figure:chokepoints-identified-count'),
      namedNode('https://schema.org/value'),
      literal('many'),
    );
    const report = await validator.validate(store as never);
    expect(report.conforms).toBe(false);
    const components = new Set(
      report.results.map(
        (result) => `${result.focusNode?.value} ${result.sourceConstraintComponent?.value.split('#')[1]}`,
      ),
    );
    expect(components).toContain(`${smic} MinCountConstraintComponent`);
    expect(components).toContain(`${smic} ClosedConstraintComponent`);
    expect(components).toContain('urn:chipwar:tech:lithography ClosedConstraintComponent');
    expect(components).toContain(
      'urn:chipwar:figure:chokepoints-identified-count DatatypeConstraintComponent',
    );
  });

  it('ship with every RDF format', () => {
    for (const format of ['jsonld', 'turtle', 'nquads'] as const)
      expect(files[format].get('chipwar-shapes.ttl')).toBe(files.turtle.get('chipwar-shapes.ttl'));
    expect([...files.jsonld.keys()]).toEqual([
      'chipwar.jsonld',
      'chipwar-vocabulary.jsonld',
      'chipwar-shapes.ttl',
    ]);
    expect(readFileSync(join(dirs.nquads, 'chipwar.nq'), 'utf8')).toBe(files.nquads.get('chipwar.nq'));
  });
});

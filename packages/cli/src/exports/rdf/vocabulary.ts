// The vocabulary document: every term of the project's namespace (`urn:chipwar:vocab:`) with an
// rdfs:label and an rdfs:comment. Field terms take their comment from the schema's own field docs
// (RECORD_FIELDS), classes from the record schemas' descriptions, relation predicates from the
// predicate table; classes name the schema.org or PROV-O class they refine.
import { RecordSchemas } from '@chipwar/schema';
import {
  type FieldSpec,
  KIND_NAMES,
  type Kind,
  PREDICATE_NAMES,
  PREDICATES,
  RECORD_FIELDS,
} from '@chipwar/schema/core';
import {
  FIELD_PROPERTIES,
  iri,
  KIND_CLASSES,
  NS,
  P,
  PART_PROPERTIES,
  predicateProperty,
  type Term,
  type Triple,
  text,
  typeProperty,
} from './terms.ts';

/** The IRI of the vocabulary itself. */
const VOCABULARY_IRI = NS.cw;

/** Words of a camelCase name: `startEarliest` → `start earliest`. */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Where each field name is used, with its description, across kinds and nested objects. */
function fieldDocs(): Map<string, { kind: Kind; description: string }[]> {
  const docs = new Map<string, { kind: Kind; description: string }[]>();
  const visit = (kind: Kind, spec: FieldSpec) => {
    const list = docs.get(spec.name) ?? [];
    if (spec.description) list.push({ kind, description: spec.description });
    docs.set(spec.name, list);
    for (const part of spec.fields ?? []) visit(kind, part);
    for (const part of spec.items?.fields ?? []) visit(kind, part);
  };
  for (const kind of KIND_NAMES) for (const spec of RECORD_FIELDS[kind]) visit(kind, spec);
  return docs;
}

/** One comment from the descriptions of a field in several kinds: shared, or per kind. */
function combined(entries: { kind: Kind; description: string }[]): string {
  const distinct = [...new Set(entries.map((entry) => entry.description))];
  if (distinct.length === 1) return distinct[0] as string;
  return distinct
    .map((description) => {
      const kinds = [
        ...new Set(entries.filter((entry) => entry.description === description).map((entry) => entry.kind)),
      ];
      return `Of ${kinds.map((kind) => `a ${kind}`).join(' or ')}: ${description}`;
    })
    .join(' ');
}

/** The comments of the terms that are not record fields. */
const OTHER_TERMS: Readonly<Record<string, string>> = {
  [P.citation]:
    'A citation that proves the record: a node with the verbatim excerpt, the section and paragraph, quoted from the document (prov:wasQuotedFrom).',
  [P.section]: 'The section of the cited document, as a slug: introduction, section-1, …, conclusion.',
  [P.sectionTitle]:
    'The heading of the cited section, as the document prints it ("Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors"), or a title made from its slug when it has none.',
  [P.subsectionTitle]:
    'The heading of the subsection the cited paragraph stands under, when it stands under one.',
  [P.paragraph]: 'The paragraph within the section, counted from 1.',
  [P.excerpt]: 'A verbatim excerpt of that paragraph that contains the fact, at most 300 characters.',
  [P.position]:
    'The position in an ordered list, from 1: of a citation in its record’s sources, of an affiliation in a person’s, of an objective or tactic in the report’s list.',
  [P.edtf]: 'The date as EDTF (ISO 8601-2), typed with the Library of Congress EDTF datatype.',
  [P.intervalStart]:
    'The first end of an interval, as xsd:date, xsd:gYearMonth or xsd:gYear as its precision allows; absent when open, unknown or coarser than a year.',
  [P.intervalEnd]:
    'The last end of an interval, as xsd:date, xsd:gYearMonth or xsd:gYear as its precision allows; absent when open, unknown or coarser than a year.',
  [P.startEarliest]:
    'The earliest day the date can start (xsd:date); absent only when the report gives no bound at all (an open start).',
  [P.startLatest]: 'The latest day the date can start (xsd:date).',
  [P.endEarliest]: 'The earliest day the date can end (xsd:date).',
  [P.endLatest]:
    'The latest day the date can end (xsd:date); absent only when the report gives no bound at all (an open end).',
  [P.precision]:
    'How finely the date is known: day, month, season, year, decade or century (an interval: the coarser end).',
  [P.approximate]: 'Whether the report marks the date approximate (~ or % in the EDTF).',
  [P.uncertain]: 'Whether the report marks the date uncertain (? or % in the EDTF).',
  [P.relative]: 'How a date the report gives only relatively ("next year") was worked out.',
  [P.phrase]: 'The words of the report, verbatim: "Next year", "only ten days after".',
  [P.anchorRecord]: 'The record whose date a relative date counts from.',
  [P.anchorDate]:
    'The EDTF date a relative date counts from (the report’s date, 2023-05-03, for "next year").',
  [P.method]: 'How the relative date was worked out, in a sentence.',
  [P.schemaVersion]: 'The version of the record schema the dataset follows.',
  [P.contentHash]: 'sha256 of the canonical records: the same hash means the same data.',
  [P.sourceSha256]: 'sha256 of the source text the excerpts were checked against.',
  [P.license]: 'The license of the data.',
};

/** The classes of the vocabulary that are not kinds, with their comments and superclasses. */
const OTHER_CLASSES: readonly [string, string, string[]][] = [
  [
    `${NS.cw}Citation`,
    'Where a fact stands in a source document, with a verbatim excerpt that contains it.',
    [`${NS.prov}Entity`],
  ],
  [
    `${NS.cw}Date`,
    'A date or interval as EDTF, with XSD-typed values where its precision allows and the earliest and latest days its start and end can be, so that range queries are correct for uncertain and open dates.',
    [],
  ],
  [`${NS.cw}RelativeDate`, 'How a relative date was resolved against its anchor.', []],
  [`${NS.cw}Affiliation`, 'A role a person holds, at an organization or for a country, and when.', []],
];

/**
 * The vocabulary document as triples: the ontology node, every class and every property of the
 * project's namespace that the exports use, each with a label and a comment.
 */
export function vocabularyTriples(schemaVersion: string): Triple[] {
  const out: Triple[] = [];
  const add = (s: string, p: string, o: Term) => out.push({ s, p, o });
  const label = `${NS.rdfs}label`;
  const comment = `${NS.rdfs}comment`;
  const definedBy = `${NS.rdfs}isDefinedBy`;
  add(VOCABULARY_IRI, P.type, iri(`${NS.owl}Ontology`));
  add(VOCABULARY_IRI, label, text('chipwar vocabulary'));
  add(
    VOCABULARY_IRI,
    comment,
    text(
      'The terms of the chipwar exports that schema.org, PROV-O and RDF(S) do not provide: the facts of the CSIS report “China’s New Microchip War” (Gregory C. Allen, 2023-05-03) as records with citations.',
    ),
  );
  add(VOCABULARY_IRI, `${NS.owl}versionInfo`, text(schemaVersion));

  const classTriples = (cls: string, description: string, supers: readonly string[]) => {
    add(cls, P.type, iri(`${NS.rdfs}Class`));
    add(cls, label, text(words(cls.slice(NS.cw.length))));
    add(cls, comment, text(description));
    for (const parent of supers) add(cls, `${NS.rdfs}subClassOf`, iri(parent));
    add(cls, definedBy, iri(VOCABULARY_IRI));
  };
  for (const kind of KIND_NAMES) {
    const [own, ...others] = KIND_CLASSES[kind];
    classTriples(own as string, RecordSchemas[kind].description ?? kind, others);
  }
  for (const [cls, description, supers] of OTHER_CLASSES) classTriples(cls, description, supers);

  const propertyTriples = (property: string, description: string, name?: string) => {
    add(property, P.type, iri(`${NS.rdf}Property`));
    add(property, label, text(name ?? words(property.slice(NS.cw.length))));
    add(property, comment, text(description));
    add(property, definedBy, iri(VOCABULARY_IRI));
  };
  const docs = fieldDocs();
  const seen = new Set<string>();
  for (const [property, description] of Object.entries(OTHER_TERMS)) {
    seen.add(property);
    propertyTriples(property, description);
  }
  for (const [field, property] of Object.entries(FIELD_PROPERTIES)) {
    if (!property.startsWith(NS.cw) || seen.has(property)) continue;
    seen.add(property);
    const entries = docs.get(field) ?? [];
    if (entries.length === 0) throw new Error(`no field docs for ${field}`);
    propertyTriples(property, combined(entries));
  }
  for (const kind of KIND_NAMES) {
    const spec = RECORD_FIELDS[kind].find((field) => field.name === 'type');
    if (spec) propertyTriples(typeProperty(kind), `${spec.description} One of: ${spec.values?.join(', ')}.`);
  }
  const speaker = RECORD_FIELDS.quote.find((field) => field.name === 'speaker')?.fields ?? [];
  const part = (name: string) => speaker.find((field) => field.name === name)?.description ?? name;
  propertyTriples(PART_PROPERTIES.speakerId, `Who said or wrote the quotation: ${part('id')}`);
  propertyTriples(PART_PROPERTIES.speakerDescription, part('description'));
  propertyTriples(PART_PROPERTIES.speakerAffiliation, part('affiliation'));
  for (const predicate of PREDICATE_NAMES) {
    const spec = PREDICATES[predicate];
    propertyTriples(
      predicateProperty(predicate),
      `The subject ${spec.description} the object: the relation predicate "${predicate}". Subjects: ${spec.subject.join(', ')}; objects: ${spec.object.join(', ')}. Each relation record restates the triple as an rdf:Statement with its citations.`,
      predicate.replaceAll('-', ' '),
    );
  }
  return out;
}

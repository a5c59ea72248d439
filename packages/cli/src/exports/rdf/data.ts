// The dataset as triples, all in the default graph: one node per record, a node per citation, date,
// relative date and affiliation (each an IRI under its record's: `org:smic#citation-1`), a direct
// triple per relation beside its reified statement, and a node for the dataset itself.
import { type AnyRecord, type Citation, type Dataset, type DateInfo, describeEdtf } from '@chipwar/schema';
import {
  citationHeadings,
  type FieldSpec,
  type Headings,
  KIND_NAMES,
  KINDS,
  type Kind,
  parseId,
  RECORD_FIELDS,
} from '@chipwar/schema/core';
import { DATA_LICENSE, dateBounds } from '../../tables.ts';
import {
  boolean,
  day,
  decimal,
  EDTF_DATATYPE,
  FIELD_PROPERTIES,
  integer,
  iri,
  isOutlineField,
  KIND_CLASSES,
  LEGISLATION_TYPES,
  NS,
  P,
  PART_PROPERTIES,
  predicateProperty,
  recordIri,
  type Term,
  type Triple,
  text,
  typeProperty,
} from './terms.ts';

/** The IRI of the dataset node of a version. */
function datasetIri(version: string): string {
  return `urn:chipwar:dataset:${version}`;
}

/** The typed literal of one date or interval end, when its precision has an XSD type. */
function xsdLiteral(edtf: string): Term | undefined {
  if (edtf === '' || edtf === '..') return undefined;
  const described = describeEdtf(edtf);
  if (!described.ok || described.value.start === null || !/^\d{4}-/.test(described.value.start))
    return undefined;
  const { start, precision } = described.value;
  if (precision === 'day') return { literal: start, datatype: `${NS.xsd}date` };
  if (precision === 'month') return { literal: start.slice(0, 7), datatype: `${NS.xsd}gYearMonth` };
  if (precision === 'year') return { literal: start.slice(0, 4), datatype: `${NS.xsd}gYear` };
  return undefined; // seasons, decades and centuries have no XSD type; their bounds say it
}

/** The triples of a date node: EDTF, XSD values where the precision allows, bounds and flags. */
function dateTriples(node: string, date: DateInfo, out: Triple[]): void {
  const add = (p: string, o: Term) => out.push({ s: node, p, o });
  add(P.type, iri(`${NS.cw}Date`));
  add(P.edtf, { literal: date.edtf, datatype: EDTF_DATATYPE });
  const ends = date.edtf.split('/');
  if (ends.length === 1) {
    const value = xsdLiteral(date.edtf);
    if (value) add(P.value, value);
  } else {
    const start = xsdLiteral(ends[0] ?? '');
    const end = xsdLiteral(ends[1] ?? '');
    if (start) add(P.intervalStart, start);
    if (end) add(P.intervalEnd, end);
  }
  const bounds = dateBounds(date);
  if (bounds.startEarliest) add(P.startEarliest, day(bounds.startEarliest));
  if (bounds.startLatest) add(P.startLatest, day(bounds.startLatest));
  if (bounds.endEarliest) add(P.endEarliest, day(bounds.endEarliest));
  if (bounds.endLatest) add(P.endLatest, day(bounds.endLatest));
  add(P.precision, text(date.precision));
  add(P.approximate, boolean(date.approximate));
  add(P.uncertain, boolean(date.uncertain));
  if (date.relative) {
    const relative = `${node}-relative`;
    add(P.relative, iri(relative));
    out.push({ s: relative, p: P.type, o: iri(`${NS.cw}RelativeDate`) });
    out.push({ s: relative, p: P.phrase, o: text(date.relative.phrase) });
    const anchor = date.relative.anchor;
    out.push(
      parseId(anchor)
        ? { s: relative, p: P.anchorRecord, o: iri(recordIri(anchor)) }
        : { s: relative, p: P.anchorDate, o: { literal: anchor, datatype: EDTF_DATATYPE } },
    );
    out.push({ s: relative, p: P.method, o: text(date.relative.method) });
  }
}

/** The object of a scalar field value: an IRI for an id, else a typed literal. */
function scalar(spec: FieldSpec, value: unknown): Term {
  if (spec.type === 'id') return iri(recordIri(value as string));
  if (spec.type === 'integer') return integer(value as number);
  if (spec.type === 'number') return decimal(value as number);
  if (spec.type === 'boolean') return boolean(value as boolean);
  return text(String(value));
}

/** The triples of one record, and of its citations, dates and affiliations. */
function recordTriples(record: AnyRecord, out: Triple[], headingsOf: (citation: Citation) => Headings): void {
  const subject = recordIri(record.id);
  const add = (p: string, o: Term) => out.push({ s: subject, p, o });
  const fields = record as unknown as Record<string, unknown>;
  for (const type of KIND_CLASSES[record.kind]) add(P.type, iri(type));
  if (record.kind === 'policy' && LEGISLATION_TYPES.includes(record.type))
    add(P.type, iri(`${NS.schema}Legislation`));
  const later: (() => void)[] = [];
  for (const spec of RECORD_FIELDS[record.kind]) {
    const value = fields[spec.name];
    if (
      value === undefined ||
      spec.name === 'id' ||
      spec.name === 'kind' ||
      spec.name === 'sources' ||
      isOutlineField(record.kind, spec.name)
    )
      continue;
    if (
      record.kind === 'relation' &&
      (spec.name === 'subject' || spec.name === 'object' || spec.name === 'predicate')
    )
      continue;
    if (spec.type === 'date') {
      const node = `${subject}#${spec.name}`;
      add(FIELD_PROPERTIES[spec.name] as string, iri(node));
      later.push(() => dateTriples(node, value as DateInfo, out));
    } else if (spec.name === 'type') {
      add(typeProperty(record.kind), text(value as string));
    } else if (spec.name === 'speaker') {
      const speaker = value as { id?: string; description?: string; affiliation?: string };
      if (speaker.id) add(PART_PROPERTIES.speakerId, iri(recordIri(speaker.id)));
      if (speaker.description) add(PART_PROPERTIES.speakerDescription, text(speaker.description));
      if (speaker.affiliation) add(PART_PROPERTIES.speakerAffiliation, iri(recordIri(speaker.affiliation)));
    } else if (spec.name === 'range') {
      const range = value as { min: number; max: number };
      add(PART_PROPERTIES.rangeMin, decimal(range.min));
      add(PART_PROPERTIES.rangeMax, decimal(range.max));
    } else if (spec.name === 'affiliations') {
      (value as { organization?: string; role: string; period?: DateInfo }[]).forEach(
        (affiliation, index) => {
          const node = `${subject}#affiliation-${index + 1}`;
          add(FIELD_PROPERTIES.affiliations as string, iri(node));
          later.push(() => {
            out.push({ s: node, p: P.type, o: iri(`${NS.cw}Affiliation`) });
            out.push({ s: node, p: P.position, o: integer(index + 1) });
            if (affiliation.organization)
              out.push({
                s: node,
                p: FIELD_PROPERTIES.organization as string,
                o: iri(recordIri(affiliation.organization)),
              });
            out.push({ s: node, p: FIELD_PROPERTIES.role as string, o: text(affiliation.role) });
            if (affiliation.period) {
              const period = `${node}-period`;
              out.push({ s: node, p: FIELD_PROPERTIES.period as string, o: iri(period) });
              dateTriples(period, affiliation.period, out);
            }
          });
        },
      );
    } else {
      const property = FIELD_PROPERTIES[spec.name];
      if (!property) throw new Error(`no RDF property for the field ${record.kind}.${spec.name}`);
      const items = spec.type === 'list' ? (value as unknown[]) : [value];
      const itemSpec = spec.type === 'list' ? (spec.items as FieldSpec) : spec;
      for (const item of items) add(property, scalar(itemSpec, item));
    }
  }
  if (record.kind === 'relation') {
    add(PART_PROPERTIES.subject, iri(recordIri(record.subject)));
    add(PART_PROPERTIES.predicate, iri(predicateProperty(record.predicate)));
    add(PART_PROPERTIES.object, iri(recordIri(record.object)));
  }
  const documents = [...new Set(record.sources.map((citation) => citation.document))];
  for (const document of documents) add(P.derivedFrom, iri(recordIri(document)));
  record.sources.forEach((citation, index) => {
    const node = `${subject}#citation-${index + 1}`;
    add(P.citation, iri(node));
    later.push(() => {
      const cite = (p: string, o: Term) => out.push({ s: node, p, o });
      cite(P.type, iri(`${NS.cw}Citation`));
      cite(P.type, iri(`${NS.prov}Entity`));
      cite(P.position, integer(index + 1));
      cite(P.quotedFrom, iri(recordIri(citation.document)));
      cite(P.section, text(citation.section));
      const { section, subsection } = headingsOf(citation);
      cite(P.sectionTitle, text(section));
      if (subsection) cite(P.subsectionTitle, text(subsection));
      cite(P.paragraph, integer(citation.paragraph));
      cite(P.excerpt, text(citation.excerpt));
    });
  });
  for (const step of later) step();
}

/**
 * The dataset as triples of the default graph, in a fixed order: the dataset node, then every
 * record by kind and id order, each followed by its citations, dates and affiliations, then the
 * direct triple of every relation (`org:qualcomm cw:customerOf org:smic`).
 */
export function datasetTriples(dataset: Dataset): Triple[] {
  const out: Triple[] = [];
  const { meta } = dataset;
  const node = datasetIri(meta.datasetVersion);
  const add = (p: string, o: Term) => out.push({ s: node, p, o });
  add(P.type, iri(`${NS.schema}Dataset`));
  add(`${NS.schema}name`, text(`chipwar: the facts of “${meta.source.title}”`));
  add(
    `${NS.schema}description`,
    text(
      `Every entity, figure, event, quotation and relation of ${meta.source.author}, “${meta.source.title}” (${meta.source.date}), each with a citation of the report.`,
    ),
  );
  add(P.version, text(meta.datasetVersion));
  add(P.schemaVersion, text(meta.schemaVersion));
  if (meta.contentHash) add(P.contentHash, text(meta.contentHash));
  add(P.derivedFrom, iri(recordIri(meta.source.document)));
  if (meta.source.sha256) add(P.sourceSha256, text(meta.source.sha256));
  add(P.license, text(DATA_LICENSE));
  const records = KIND_NAMES.flatMap((kind: Kind) => dataset[KINDS[kind].collection] as AnyRecord[]);
  const headingsOf = citationHeadings(dataset.documents);
  for (const record of records) recordTriples(record, out, headingsOf);
  for (const relation of dataset.relations)
    out.push({
      s: recordIri(relation.subject),
      p: predicateProperty(relation.predicate),
      o: iri(recordIri(relation.object)),
    });
  return unique(out);
}

/** The triples without repeats (two relations may state the same direct triple), first kept. */
function unique(triples: Triple[]): Triple[] {
  const seen = new Set<string>();
  return triples.filter((triple) => {
    const key = JSON.stringify([triple.s, triple.p, triple.o]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The SHACL shapes of the vocabulary, generated from the record fields (RECORD_FIELDS) as the data
// is, so that the two cannot drift: a closed node shape per kind (every property it may have,
// with its count, datatype or classes, and allowed values), and shapes for citations, dates,
// relative dates, affiliations and the dataset node.
import {
  ENTITY_KINDS,
  type FieldSpec,
  KIND_NAMES,
  KINDS,
  type Kind,
  PREDICATE_NAMES,
  PREDICATES,
  RECORD_FIELDS,
} from '@chipwar/schema/core';
import {
  blank,
  EDTF_DATATYPE,
  FIELD_PROPERTIES,
  integer,
  iri,
  isOutlineField,
  kindClass,
  NS,
  P,
  PART_PROPERTIES,
  predicateProperty,
  type Term,
  type Triple,
  text,
  typeProperty,
} from './terms.ts';

const SH = NS.sh;
const XSD = NS.xsd;

/** What a property shape requires. */
interface PropertyRule {
  path: string;
  min?: number;
  max?: number;
  datatype?: string;
  /** Any of these datatypes (sh:or). */
  datatypes?: string[];
  /** The value is a node of one of these classes. */
  classes?: string[];
  values?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minInclusive?: number;
}

class ShapeWriter {
  readonly triples: Triple[] = [];
  private blanks = 0;

  add(s: string, p: string, o: Term): void {
    this.triples.push({ s, p, o });
  }

  /** An RDF list of the terms, as blank nodes; returns its head. */
  list(items: Term[]): Term {
    if (items.length === 0) return iri(`${NS.rdf}nil`);
    const cells = items.map(() => `l${++this.blanks}`);
    cells.forEach((cell, index) => {
      this.add(`_:${cell}`, `${NS.rdf}first`, items[index] as Term);
      this.add(
        `_:${cell}`,
        `${NS.rdf}rest`,
        index + 1 < cells.length ? blank(cells[index + 1] as string) : iri(`${NS.rdf}nil`),
      );
    });
    return blank(cells[0] as string);
  }

  /** A blank node with one triple: `[ sh:class X ]`, for the members of sh:or. */
  one(p: string, o: Term): Term {
    const node = `b${++this.blanks}`;
    this.add(`_:${node}`, p, o);
    return blank(node);
  }

  nodeShape(shape: string, target: string, rules: PropertyRule[], closed: boolean): void {
    this.add(shape, `${NS.rdf}type`, iri(`${SH}NodeShape`));
    this.add(shape, `${SH}targetClass`, iri(target));
    if (closed) {
      this.add(shape, `${SH}closed`, { literal: 'true', datatype: `${XSD}boolean` });
      this.add(shape, `${SH}ignoredProperties`, this.list([iri(`${NS.rdf}type`)]));
    }
    const named = new Set<string>();
    for (const rule of rules) {
      const property = `${shape}-${rule.path.slice(Math.max(rule.path.lastIndexOf('/'), rule.path.lastIndexOf('#'), rule.path.lastIndexOf(':')) + 1)}`;
      if (named.has(property)) throw new Error(`two property shapes named ${property}`);
      named.add(property);
      this.add(shape, `${SH}property`, iri(property));
      this.add(property, `${SH}path`, iri(rule.path));
      if (rule.min !== undefined) this.add(property, `${SH}minCount`, integer(rule.min));
      if (rule.max !== undefined) this.add(property, `${SH}maxCount`, integer(rule.max));
      if (rule.datatype) this.add(property, `${SH}datatype`, iri(rule.datatype));
      if (rule.datatypes)
        this.add(
          property,
          `${SH}or`,
          this.list(rule.datatypes.map((type) => this.one(`${SH}datatype`, iri(type)))),
        );
      if (rule.classes) {
        this.add(property, `${SH}nodeKind`, iri(`${SH}IRI`));
        if (rule.classes.length === 1) this.add(property, `${SH}class`, iri(rule.classes[0] as string));
        else
          this.add(
            property,
            `${SH}or`,
            this.list(rule.classes.map((cls) => this.one(`${SH}class`, iri(cls)))),
          );
      }
      if (rule.values) this.add(property, `${SH}in`, this.list(rule.values.map((value) => text(value))));
      if (rule.minLength !== undefined) this.add(property, `${SH}minLength`, integer(rule.minLength));
      if (rule.maxLength !== undefined) this.add(property, `${SH}maxLength`, integer(rule.maxLength));
      if (rule.minInclusive !== undefined)
        this.add(property, `${SH}minInclusive`, integer(rule.minInclusive));
    }
  }
}

const classesOf = (kinds: readonly Kind[]) => kinds.map(kindClass);

/** The rule of a scalar field (or of a list's items). */
function scalarRule(path: string, spec: FieldSpec): PropertyRule {
  switch (spec.type) {
    case 'id':
      return { path, classes: classesOf(spec.kinds ?? []) };
    case 'integer':
      return {
        path,
        datatype: `${XSD}integer`,
        ...(spec.minimum !== undefined ? { minInclusive: spec.minimum } : {}),
      };
    case 'number':
      return { path, datatype: `${XSD}decimal` };
    case 'boolean':
      return { path, datatype: `${XSD}boolean` };
    case 'enum':
      return { path, datatype: `${XSD}string`, ...(spec.values ? { values: spec.values } : {}) };
    default:
      return { path, datatype: `${XSD}string`, minLength: 1 };
  }
}

/** The property rules of a kind's records, from its fields. */
function kindRules(kind: Kind): PropertyRule[] {
  const rules: PropertyRule[] = [];
  for (const spec of RECORD_FIELDS[kind]) {
    const single = spec.type !== 'list';
    const count = { ...(spec.required ? { min: 1 } : {}), ...(single ? { max: 1 } : {}) };
    if (spec.name === 'id' || spec.name === 'kind' || isOutlineField(kind, spec.name)) continue;
    if (spec.name === 'sources') {
      rules.push({ path: P.citation, min: 1, classes: [`${NS.cw}Citation`] });
      rules.push({ path: P.derivedFrom, min: 1, classes: [kindClass('document')] });
    } else if (kind === 'relation' && (spec.name === 'subject' || spec.name === 'object')) {
      rules.push({
        path: spec.name === 'subject' ? PART_PROPERTIES.subject : PART_PROPERTIES.object,
        min: 1,
        max: 1,
        classes: classesOf(ENTITY_KINDS),
      });
    } else if (kind === 'relation' && spec.name === 'predicate') {
      // sh:in of IRIs: a predicate from the closed vocabulary.
      rules.push({ path: PART_PROPERTIES.predicate, min: 1, max: 1 });
    } else if (spec.type === 'date') {
      rules.push({ path: FIELD_PROPERTIES[spec.name] as string, ...count, classes: [`${NS.cw}Date`] });
    } else if (spec.name === 'type') {
      rules.push({ ...scalarRule(typeProperty(kind), spec), ...count });
    } else if (spec.name === 'speaker') {
      rules.push({
        path: PART_PROPERTIES.speakerId,
        max: 1,
        classes: classesOf(['person', 'organization', 'country', 'region']),
      });
      rules.push({
        path: PART_PROPERTIES.speakerDescription,
        max: 1,
        datatype: `${XSD}string`,
        minLength: 1,
      });
      rules.push({
        path: PART_PROPERTIES.speakerAffiliation,
        max: 1,
        classes: classesOf(['organization', 'country', 'region']),
      });
    } else if (spec.name === 'range') {
      rules.push({ path: PART_PROPERTIES.rangeMin, max: 1, datatype: `${XSD}decimal` });
      rules.push({ path: PART_PROPERTIES.rangeMax, max: 1, datatype: `${XSD}decimal` });
    } else if (spec.name === 'affiliations') {
      rules.push({ path: FIELD_PROPERTIES.affiliations as string, classes: [`${NS.cw}Affiliation`] });
    } else {
      const itemSpec = single ? spec : (spec.items as FieldSpec);
      rules.push({ ...scalarRule(FIELD_PROPERTIES[spec.name] as string, itemSpec), ...count });
    }
  }
  // The direct triples of relations whose subject may be of this kind.
  for (const predicate of PREDICATE_NAMES) {
    const spec = PREDICATES[predicate];
    if ((spec.subject as readonly Kind[]).includes(kind))
      rules.push({ path: predicateProperty(predicate), classes: classesOf(spec.object) });
  }
  return rules;
}

const DATE_RULES: PropertyRule[] = [
  { path: P.edtf, min: 1, max: 1, datatype: EDTF_DATATYPE },
  { path: P.value, max: 1, datatypes: [`${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`] },
  { path: P.intervalStart, max: 1, datatypes: [`${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`] },
  { path: P.intervalEnd, max: 1, datatypes: [`${XSD}date`, `${XSD}gYearMonth`, `${XSD}gYear`] },
  { path: P.startEarliest, max: 1, datatype: `${XSD}date` },
  { path: P.startLatest, min: 1, max: 1, datatype: `${XSD}date` },
  { path: P.endEarliest, min: 1, max: 1, datatype: `${XSD}date` },
  { path: P.endLatest, max: 1, datatype: `${XSD}date` },
  {
    path: P.precision,
    min: 1,
    max: 1,
    datatype: `${XSD}string`,
    values: ['day', 'month', 'season', 'year', 'decade', 'century'],
  },
  { path: P.approximate, min: 1, max: 1, datatype: `${XSD}boolean` },
  { path: P.uncertain, min: 1, max: 1, datatype: `${XSD}boolean` },
  { path: P.relative, max: 1, classes: [`${NS.cw}RelativeDate`] },
];

/**
 * The SHACL shapes as triples. Shapes are closed: a property no shape names is a violation, so
 * the shapes document the whole graph.
 */
export function shapeTriples(): Triple[] {
  const writer = new ShapeWriter();
  const shape = (name: string) => `${NS.cwsh}${name}`;
  for (const kind of KIND_NAMES) {
    const name = kindClass(kind).slice(NS.cw.length);
    writer.nodeShape(shape(name), kindClass(kind), kindRules(kind), true);
  }
  // The predicate of a reified relation is one of the vocabulary's predicates.
  const predicateShape = `${shape('Relation')}-predicate`;
  writer.add(
    predicateShape,
    `${SH}in`,
    writer.list(PREDICATE_NAMES.map((predicate) => iri(predicateProperty(predicate)))),
  );
  writer.nodeShape(
    shape('Citation'),
    `${NS.cw}Citation`,
    [
      { path: P.position, min: 1, max: 1, datatype: `${XSD}integer`, minInclusive: 1 },
      { path: P.quotedFrom, min: 1, max: 1, classes: [kindClass('document')] },
      { path: P.section, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1 },
      { path: P.sectionTitle, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1 },
      { path: P.subsectionTitle, max: 1, datatype: `${XSD}string`, minLength: 1 },
      { path: P.paragraph, min: 1, max: 1, datatype: `${XSD}integer`, minInclusive: 1 },
      { path: P.excerpt, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1, maxLength: 300 },
    ],
    true,
  );
  writer.nodeShape(shape('Date'), `${NS.cw}Date`, DATE_RULES, true);
  writer.nodeShape(
    shape('RelativeDate'),
    `${NS.cw}RelativeDate`,
    [
      { path: P.phrase, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1 },
      { path: P.anchorRecord, max: 1, classes: classesOf(KIND_NAMES) },
      { path: P.anchorDate, max: 1, datatype: EDTF_DATATYPE },
      { path: P.method, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1 },
    ],
    true,
  );
  const affiliation =
    RECORD_FIELDS.person.find((field) => field.name === 'affiliations')?.items?.fields ?? [];
  const kindsOf = (name: string) => affiliation.find((field) => field.name === name)?.kinds ?? [];
  writer.nodeShape(
    shape('Affiliation'),
    `${NS.cw}Affiliation`,
    [
      { path: P.position, min: 1, max: 1, datatype: `${XSD}integer`, minInclusive: 1 },
      { path: FIELD_PROPERTIES.organization as string, max: 1, classes: classesOf(kindsOf('organization')) },
      { path: FIELD_PROPERTIES.role as string, min: 1, max: 1, datatype: `${XSD}string`, minLength: 1 },
      { path: FIELD_PROPERTIES.period as string, max: 1, classes: [`${NS.cw}Date`] },
    ],
    true,
  );
  writer.nodeShape(
    shape('Dataset'),
    `${NS.schema}Dataset`,
    [
      { path: `${NS.schema}name`, min: 1, max: 1, datatype: `${XSD}string` },
      { path: `${NS.schema}description`, min: 1, max: 1, datatype: `${XSD}string` },
      { path: P.version, min: 1, max: 1, datatype: `${XSD}string` },
      { path: P.schemaVersion, min: 1, max: 1, datatype: `${XSD}string` },
      { path: P.contentHash, max: 1, datatype: `${XSD}string` },
      { path: P.derivedFrom, min: 1, max: 1, classes: [kindClass('document')] },
      { path: P.sourceSha256, max: 1, datatype: `${XSD}string` },
      { path: P.license, min: 1, max: 1, datatype: `${XSD}string` },
    ],
    true,
  );
  // Every kind's id prefix, for readers of the shapes: which class a `<prefix>:` IRI is.
  for (const kind of KIND_NAMES)
    writer.add(
      shape(kindClass(kind).slice(NS.cw.length)),
      `${NS.rdfs}comment`,
      text(`Records of kind ${kind}: ids ${KINDS[kind].prefix}:<slug>.`),
    );
  return writer.triples;
}

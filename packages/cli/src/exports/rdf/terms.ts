// The RDF model the JSON-LD, Turtle and N-Quads exports share: namespaces, terms and triples as
// plain values, and which IRI each record field becomes. One model, three syntaxes: the tests
// check that jsonld.js reads the JSON-LD back to exactly the triples N3 writes.
import { KINDS, type Kind, PREDICATE_NAMES } from '@chipwar/schema/core';

/** The namespaces of the exports, by prefix. */
export const NS = {
  cw: 'urn:chipwar:vocab:',
  cwsh: 'urn:chipwar:shapes:',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  sh: 'http://www.w3.org/ns/shacl#',
  edtf: 'http://id.loc.gov/datatypes/edtf/',
} as const;

/** The vocabulary of the project: every term not taken from schema.org, PROV-O or RDF(S). */
export const CHIPWAR_VOCAB = NS.cw;

/** The IRI of a record: its id after `urn:chipwar:` (`org:smic` is `urn:chipwar:org:smic`). */
export function recordIri(id: string): string {
  return `urn:chipwar:${id}`;
}

/** The prefix of each kind's record IRIs, for Turtle and the JSON-LD context (`org:` …). */
export function recordPrefixes(): Record<string, string> {
  return Object.fromEntries(Object.values(KINDS).map(({ prefix }) => [prefix, `urn:chipwar:${prefix}:`]));
}

/** An object of a triple: an IRI, a blank node, or a literal with its datatype. */
export type Term =
  | { readonly iri: string }
  | { readonly blank: string }
  | { readonly literal: string; readonly datatype: string };

/** A triple of the default graph. The subject is an IRI or, as `_:label`, a blank node. */
export interface Triple {
  readonly s: string;
  readonly p: string;
  readonly o: Term;
}

export const iri = (value: string): Term => ({ iri: value });
export const blank = (label: string): Term => ({ blank: label });
export const text = (value: string): Term => ({ literal: value, datatype: `${NS.xsd}string` });
export const integer = (value: number): Term => ({ literal: String(value), datatype: `${NS.xsd}integer` });
export const boolean = (value: boolean): Term => ({ literal: String(value), datatype: `${NS.xsd}boolean` });
export const day = (value: string): Term => ({ literal: value, datatype: `${NS.xsd}date` });

/** A number as an `xsd:decimal` literal, written out without an exponent (1e-7 is 0.0000001). */
export function decimal(value: number): Term {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  let lexical = String(value);
  if (/e/i.test(lexical)) {
    lexical = Number.isInteger(value)
      ? BigInt(value).toString()
      : value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  return { literal: lexical, datatype: `${NS.xsd}decimal` };
}

/** The classes of a record of each kind: the project's, and schema.org's where its meaning fits. */
export const KIND_CLASSES: Readonly<Record<Kind, readonly string[]>> = {
  country: [`${NS.cw}Country`, `${NS.schema}Country`],
  region: [`${NS.cw}Region`, `${NS.schema}Place`],
  organization: [`${NS.cw}Organization`, `${NS.schema}Organization`],
  person: [`${NS.cw}Person`, `${NS.schema}Person`],
  // Only laws and regulations are schema:Legislation (see policyClasses); plans and reviews are not.
  policy: [`${NS.cw}Policy`],
  document: [`${NS.cw}Document`, `${NS.schema}CreativeWork`],
  technology: [`${NS.cw}Technology`],
  concept: [`${NS.cw}Concept`],
  objective: [`${NS.cw}Objective`],
  tactic: [`${NS.cw}Tactic`],
  event: [`${NS.cw}Event`, `${NS.schema}Event`],
  figure: [`${NS.cw}Figure`, `${NS.schema}QuantitativeValue`],
  quote: [`${NS.cw}Quote`, `${NS.schema}Quotation`],
  relation: [`${NS.cw}Relation`, `${NS.rdf}Statement`],
};

/** The policy types that are legislation in schema.org's sense ("a legal act: a law, a regulation"). */
export const LEGISLATION_TYPES: readonly string[] = ['law', 'regulation'];

/** The project's class of each kind (`cw:Figure`). */
export function kindClass(kind: Kind): string {
  return KIND_CLASSES[kind][0] as string;
}

/**
 * The property each record field becomes. schema.org's terms where their meaning is the field's
 * (a region `containsPlace` its member countries; a document's `author`; an event's `location`);
 * everything else is the project's own term, described in the vocabulary document. Not used:
 * schema:addressCountry (an organization's country is not a postal address) and schema:attendee
 * (participants include policies and technologies, which attend nothing).
 */
export const FIELD_PROPERTIES: Readonly<Record<string, string>> = {
  name: `${NS.schema}name`,
  label: `${NS.rdfs}label`,
  aliases: `${NS.schema}alternateName`,
  description: `${NS.schema}description`,
  tags: `${NS.cw}tag`,
  iso3166: `${NS.cw}iso3166Code`,
  members: `${NS.schema}containsPlace`,
  // `country` would clash with the `country:` prefix of record ids in JSON-LD.
  country: `${NS.cw}countryOrRegion`,
  nationality: `${NS.schema}nationality`,
  affiliations: `${NS.cw}affiliation`,
  issuers: `${NS.cw}issuer`,
  targets: `${NS.cw}target`,
  date: `${NS.cw}date`,
  thresholds: `${NS.cw}threshold`,
  authors: `${NS.schema}author`,
  publisher: `${NS.schema}publisher`,
  broader: `${NS.cw}broader`,
  order: `${NS.cw}position`,
  actor: `${NS.cw}actor`,
  serves: `${NS.cw}serves`,
  status: `${NS.cw}status`,
  participants: `${NS.cw}participant`,
  related: `${NS.cw}related`,
  location: `${NS.schema}location`,
  metric: `${NS.cw}metric`,
  value: `${NS.schema}value`,
  unit: `${NS.schema}unitText`,
  scale: `${NS.cw}scale`,
  qualifier: `${NS.cw}qualifier`,
  asWritten: `${NS.cw}asWritten`,
  period: `${NS.cw}period`,
  subjects: `${NS.cw}subject`,
  attributedTo: `${NS.cw}attributedTo`,
  equivalents: `${NS.cw}equivalent`,
  text: `${NS.schema}text`,
  addressees: `${NS.cw}addressee`,
  occasion: `${NS.cw}occasion`,
  occasionRefs: `${NS.cw}occasionRef`,
  organization: `${NS.cw}organization`,
  role: `${NS.cw}role`,
};

/** The property of a kind's `type` field (`cw:organizationType`): each kind has its own vocabulary. */
export function typeProperty(kind: Kind): string {
  return `${NS.cw}${kind}Type`;
}

/** The properties of a quote's speaker, of a figure's range and of a relation's ends. */
export const PART_PROPERTIES = {
  speakerId: `${NS.cw}speaker`,
  speakerDescription: `${NS.cw}speakerDescription`,
  speakerAffiliation: `${NS.cw}speakerAffiliation`,
  rangeMin: `${NS.schema}minValue`,
  rangeMax: `${NS.schema}maxValue`,
  subject: `${NS.rdf}subject`,
  predicate: `${NS.rdf}predicate`,
  object: `${NS.rdf}object`,
} as const;

/** The properties of dates, citations and the dataset node. */
export const P = {
  type: `${NS.rdf}type`,
  value: `${NS.rdf}value`,
  citation: `${NS.cw}citation`,
  derivedFrom: `${NS.prov}wasDerivedFrom`,
  quotedFrom: `${NS.prov}wasQuotedFrom`,
  section: `${NS.cw}section`,
  sectionTitle: `${NS.cw}sectionTitle`,
  subsectionTitle: `${NS.cw}subsectionTitle`,
  paragraph: `${NS.cw}paragraph`,
  excerpt: `${NS.cw}excerpt`,
  position: `${NS.cw}position`,
  edtf: `${NS.cw}edtf`,
  intervalStart: `${NS.cw}intervalStart`,
  intervalEnd: `${NS.cw}intervalEnd`,
  startEarliest: `${NS.cw}startEarliest`,
  startLatest: `${NS.cw}startLatest`,
  endEarliest: `${NS.cw}endEarliest`,
  endLatest: `${NS.cw}endLatest`,
  precision: `${NS.cw}precision`,
  approximate: `${NS.cw}approximate`,
  uncertain: `${NS.cw}uncertain`,
  relative: `${NS.cw}relative`,
  phrase: `${NS.cw}phrase`,
  anchorRecord: `${NS.cw}anchorRecord`,
  anchorDate: `${NS.cw}anchorDate`,
  method: `${NS.cw}method`,
  version: `${NS.schema}version`,
  schemaVersion: `${NS.cw}schemaVersion`,
  contentHash: `${NS.cw}contentHash`,
  sourceSha256: `${NS.cw}sourceSha256`,
  license: `${NS.cw}license`,
} as const;

/** The EDTF datatype of the Library of Congress, for a date's EDTF string. */
export const EDTF_DATATYPE = `${NS.edtf}EDTF`;

/** The property of a relation predicate (`customer-of` is `cw:customerOf`). */
export function predicateProperty(predicate: string): string {
  return `${NS.cw}${predicate.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
}

/** Every relation predicate's property, in vocabulary order. */
const PREDICATE_PROPERTIES: readonly string[] = PREDICATE_NAMES.map(predicateProperty);

/**
 * Whether a field is a document's outline (`sections`), which is not written as triples of the
 * document: it reaches RDF through every citation, which carries its section and subsection headings.
 */
export function isOutlineField(kind: string, field: string): boolean {
  return kind === 'document' && field === 'sections';
}

import type { AnyRecord, Dataset, Kind } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';

/** The vocabulary for what schema.org has no term for. */
export const CHIPWAR_VOCAB = 'urn:chipwar:vocab:';

const TYPES: Record<Kind, string> = {
  country: 'Country',
  region: 'Place',
  organization: 'Organization',
  person: 'Person',
  policy: 'Legislation',
  document: 'CreativeWork',
  technology: 'DefinedTerm',
  concept: 'DefinedTerm',
  objective: 'DefinedTerm',
  tactic: 'DefinedTerm',
  event: 'Event',
  figure: 'QuantitativeValue',
  quote: 'Quotation',
  relation: 'cw:Relation',
};

// Record fields with a schema.org term; every other field is a term of the chipwar vocabulary.
const SCHEMA_TERMS: Record<string, string> = {
  name: 'name',
  label: 'name',
  aliases: 'alternateName',
  description: 'description',
  text: 'text',
  value: 'value',
  unit: 'unitText',
  min: 'minValue',
  max: 'maxValue',
  subjects: 'about',
  authors: 'author',
  publisher: 'publisher',
  participants: 'attendee',
  location: 'location',
  nationality: 'nationality',
  excerpt: 'text',
  role: 'roleName',
  speaker: 'cw:speaker',
};

function collectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectKeys(item, keys);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      collectKeys(child, keys);
    }
  }
}

/**
 * The dataset as JSON-LD: a `@context` that maps every field to schema.org (Organization, Person,
 * Country, Event, Quotation, QuantitativeValue, …) or to the chipwar vocabulary, and a `@graph` with
 * one node per record. Ids stay as they are (`org:smic`): each id prefix is declared in the
 * context, so `org:smic` expands to `urn:chipwar:org:smic`.
 */
export function jsonLd(dataset: Dataset): Record<string, unknown> {
  const records = KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as AnyRecord[]);
  const keys = new Set<string>();
  collectKeys(records, keys);
  const referenceFields = new Set([
    'subjects',
    'attributedTo',
    'equivalents',
    'participants',
    'related',
    'location',
    'country',
    'members',
    'nationality',
    'organization',
    'issuers',
    'targets',
    'thresholds',
    'authors',
    'publisher',
    'broader',
    'actor',
    'serves',
    'addressees',
    'occasionRefs',
    'subject',
    'object',
    'document',
    'affiliation',
  ]);
  // `id` is the node's @id; a record's own `type` field (company, report, …) is cw:type, not @type.
  const context: Record<string, unknown> = { '@vocab': 'https://schema.org/', cw: CHIPWAR_VOCAB, id: '@id' };
  for (const kind of KIND_NAMES) context[KINDS[kind].prefix] = `urn:chipwar:${KINDS[kind].prefix}:`;
  for (const key of [...keys].sort()) {
    if (key === 'id' || key === 'kind' || key === 'country') continue;
    const iri = SCHEMA_TERMS[key] ?? `cw:${key}`;
    context[key] = referenceFields.has(key) ? { '@id': iri, '@type': '@id' } : iri;
  }
  context.kind = 'cw:kind';
  context.addressCountry = { '@type': '@id' };
  return {
    '@context': context,
    '@id': `urn:chipwar:dataset:${dataset.meta.datasetVersion}`,
    'cw:source': { '@id': dataset.meta.source.document },
    '@graph': records.map(({ country, ...record }: AnyRecord & { country?: string }) => ({
      '@type': TYPES[record.kind],
      ...record,
      // `country` is also the prefix of country ids (country:cn), so the field takes schema.org's name.
      ...(country ? { addressCountry: country } : {}),
    })),
  };
}

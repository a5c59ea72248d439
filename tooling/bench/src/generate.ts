// Synthetic chipwar datasets of any size with the shape of the real one: the same kinds in similar
// proportions, references that resolve, EDTF dates, figures with periods, relations between
// entities. Deterministic for a given size and seed.
import { type Dataset, type DateInfo, toDateInfo } from '@chipwar/schema';

const SHARES = {
  organization: 0.1,
  person: 0.03,
  policy: 0.04,
  document: 0.04,
  technology: 0.06,
  concept: 0.05,
  event: 0.18,
  figure: 0.13,
  quote: 0.07,
} as const;
const SOURCE = 'doc:synthetic-source';
const UNITS = ['USD', 'CNY', 'percent', 'count', 'nanometer', 'year'] as const;
const QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'nearly'] as const;
const ORG_TYPES = ['company', 'agency', 'government-body', 'think-tank', 'investment-fund'] as const;
const PREDICATES = ['customer-of', 'supplier-of', 'competitor-of', 'affiliated-with', 'member-of'] as const;
const WORDS = [
  'chip',
  'export',
  'control',
  'fund',
  'lithography',
  'memory',
  'foundry',
  'policy',
  'subsidy',
  'node',
];

/** A small seeded PRNG (mulberry32), so generated datasets are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates a valid dataset of about `size` records. */
export function generateDataset(size: number, seed = 7): Dataset {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const count = (share: number) => Math.max(1, Math.round(size * share));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const cite = (i: number) => [
    { document: SOURCE, section: 'section-1', paragraph: 1 + (i % 40), excerpt: `excerpt ${words(6)}` },
  ];
  const dates = new Map<number, DateInfo>();
  const date = (): DateInfo => {
    const year = 1990 + Math.floor(rand() * 35);
    const month = 1 + Math.floor(rand() * 12);
    const shape = rand();
    // Mostly months and years, some spans of up to three years, and one in 500 a span of a
    // century (as the report's '19XX'), which a range index must not let slow every query down.
    const key =
      shape < 0.5 ? year * 100 + month : shape < 0.9 ? year : shape < 0.998 ? -year : -10_000 - year;
    let info = dates.get(key);
    if (!info) {
      info =
        shape < 0.5
          ? toDateInfo(`${year}-${String(month).padStart(2, '0')}`)
          : shape < 0.9
            ? toDateInfo(String(year))
            : shape < 0.998
              ? toDateInfo(`${year}/${Math.min(year + 3, 2030)}`)
              : toDateInfo(`${year - 100}/${year}`);
      dates.set(key, info);
    }
    return info;
  };

  const countries = ['us', 'cn', 'jp', 'nl', 'kr', 'tw', 'de', 'in'].map((code, i) => ({
    id: `country:${code}`,
    kind: 'country',
    name: `Country ${code.toUpperCase()}`,
    iso3166: code.toUpperCase(),
    sources: cite(i),
  }));
  const countryIds = countries.map((country) => country.id);
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}:${prefix}-${i}`);
  const orgIds = ids('org', count(SHARES.organization));
  const personIds = ids('person', count(SHARES.person));
  const policyIds = ids('policy', count(SHARES.policy));
  const documentIds = [SOURCE, ...ids('doc', count(SHARES.document))];
  const techIds = ids('tech', count(SHARES.technology));
  const conceptIds = ids('concept', count(SHARES.concept));
  const entityIds = [...countryIds, ...orgIds, ...personIds, ...policyIds, ...techIds];
  const actorIds = [...countryIds, ...orgIds, ...personIds];
  const bodyIds = [...countryIds, ...orgIds];

  const organizations = orgIds.map((id, i) => ({
    id,
    kind: 'organization',
    name: `Organization ${i} ${words(2)}`,
    type: pick(ORG_TYPES),
    country: pick(countryIds),
    sources: cite(i),
  }));
  const people = personIds.map((id, i) => ({
    id,
    kind: 'person',
    name: `Person ${i}`,
    affiliations: [{ organization: pick(orgIds), role: 'Director', period: date() }],
    sources: cite(i),
  }));
  const policies = policyIds.map((id, i) => ({
    id,
    kind: 'policy',
    name: `Policy ${i} ${words(2)}`,
    type: 'export-control',
    issuers: [pick(countryIds)],
    targets: [pick(bodyIds), pick(techIds)],
    date: date(),
    sources: cite(i),
  }));
  const documents = documentIds.map((id, i) => ({
    id,
    kind: 'document',
    name: `Document ${i}`,
    type: 'report',
    authors: [pick(personIds)],
    date: date(),
    sources: cite(i),
  }));
  const technologies = techIds.map((id, i) => ({
    id,
    kind: 'technology',
    name: `Technology ${i} ${words(1)}`,
    type: 'chip-type',
    sources: cite(i),
  }));
  const concepts = conceptIds.map((id, i) => ({
    id,
    kind: 'concept',
    name: `Concept ${i} ${words(2)}`,
    sources: cite(i),
  }));
  const objectives = [1, 2, 3, 4].map((order) => ({
    id: `objective:objective-${order}`,
    kind: 'objective',
    name: `Objective ${order}`,
    order,
    sources: cite(order),
  }));
  const tactics = [1, 2, 3, 4, 5].map((order) => ({
    id: `tactic:tactic-${order}`,
    kind: 'tactic',
    name: `Tactic ${order}`,
    order,
    sources: cite(order),
  }));
  const events = ids('event', count(SHARES.event)).map((id, i) => ({
    id,
    kind: 'event',
    label: `Event ${i} ${words(3)}`,
    type: 'announcement',
    status: 'occurred',
    date: date(),
    participants: [pick(actorIds), pick(entityIds)],
    sources: cite(i),
  }));
  const figures = ids('figure', count(SHARES.figure)).map((id, i) => ({
    id,
    kind: 'figure',
    label: `Figure ${i}`,
    metric: `metric-${i % 25}`,
    value: Math.round(rand() * 1e6),
    unit: pick(UNITS),
    qualifier: pick(QUALIFIERS),
    asWritten: String(i),
    period: date(),
    subjects: [pick(entityIds)],
    attributedTo: [SOURCE],
    sources: cite(i),
  }));
  const quotes = ids('quote', count(SHARES.quote)).map((id, i) => ({
    id,
    kind: 'quote',
    label: `Quote ${i}`,
    text: `We must ${words(8)}.`,
    speaker:
      i % 4 === 0 ? { description: 'an official', affiliation: pick(countryIds) } : { id: pick(personIds) },
    date: date(),
    sources: cite(i),
  }));
  const fixed = countries.length + organizations.length + people.length + policies.length + documents.length;
  const rest = technologies.length + concepts.length + 9 + events.length + figures.length + quotes.length;
  const relations = Array.from({ length: Math.max(1, size - fixed - rest) }, (_, i) => {
    const subject = pick(bodyIds);
    let object = pick(bodyIds);
    if (object === subject)
      object = subject === countryIds[0] ? (countryIds[1] as string) : (countryIds[0] as string);
    return {
      id: `rel:rel-${i}`,
      kind: 'relation',
      subject,
      predicate: pick(PREDICATES),
      object,
      sources: cite(i),
    };
  }).map((relation) =>
    relation.predicate === 'member-of' ? { ...relation, predicate: 'affiliated-with' } : relation,
  );

  return {
    meta: {
      datasetVersion: '0.0.0',
      schemaVersion: '0.0.0',
      source: {
        document: SOURCE,
        title: 'Synthetic source',
        author: 'A Generator',
        date: '2023-05-03',
        sha256: '0'.repeat(64),
      },
    },
    countries,
    regions: [],
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
  } as unknown as Dataset;
}

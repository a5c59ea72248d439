// Triples as a JSON-LD document: an inline `@context` (no remote context, so it reads offline) and
// a `@graph` in the default graph, nothing beside it. A node that belongs to another (a citation,
// a date, an affiliation: `org:smic#citation-1`) is embedded in it.
import { NS, recordPrefixes, type Term, type Triple } from './terms.ts';

const XSD_STRING = `${NS.xsd}string`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;
const XSD_INTEGER = `${NS.xsd}integer`;
const RDF_TYPE = `${NS.rdf}type`;

/** The prefixes of the context, longest namespace first when compacting. */
function prefixes(): [string, string][] {
  const { cwsh: _shapes, sh: _sh, ...used } = NS;
  return [...Object.entries(used), ...Object.entries(recordPrefixes())];
}

function compacter(list: [string, string][]): (value: string) => string {
  const byLength = [...list].sort((a, b) => b[1].length - a[1].length);
  return (value) => {
    for (const [prefix, namespace] of byLength)
      if (value.startsWith(namespace) && value.length > namespace.length)
        return `${prefix}:${value.slice(namespace.length)}`;
    return value;
  };
}

interface TermDefinition {
  '@id': string;
  '@type'?: string;
}

/**
 * The context and the JSON-LD document of the triples. Each property gets a term named after its
 * local name (`name`, `citation`, `startEarliest`) unless two would share it or it would shadow a
 * prefix; a term's values are coerced to IRIs or to one datatype when all of them are, so that
 * most values are plain JSON.
 */
export function toJsonLd(triples: Triple[]): Record<string, unknown> {
  const list = prefixes();
  const compact = compacter(list);
  const prefixNames = new Set(list.map(([prefix]) => prefix));

  // What each property's values are: all IRIs, all one datatype, or mixed.
  const kinds = new Map<string, Set<string>>();
  for (const { p, o } of triples) {
    if (p === RDF_TYPE) continue;
    const kind = 'iri' in o || 'blank' in o ? '@id' : o.datatype;
    const set = kinds.get(p) ?? new Set<string>();
    set.add(kind);
    kinds.set(p, set);
  }
  const terms = new Map<string, string>(); // property IRI → term name
  const definitions: Record<string, TermDefinition | string> = {};
  const taken = new Set<string>(prefixNames);
  const localName = (value: string) =>
    value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('#'), value.lastIndexOf(':')) + 1);
  const byName = new Map<string, string[]>();
  for (const property of kinds.keys()) {
    const name = localName(property);
    byName.set(name, [...(byName.get(name) ?? []), property]);
  }
  for (const property of [...kinds.keys()].sort()) {
    const name = localName(property);
    if (taken.has(name) || (byName.get(name)?.length ?? 0) > 1 || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
      continue;
    taken.add(name);
    terms.set(property, name);
    const only = [...(kinds.get(property) as Set<string>)];
    const single = only.length === 1 ? only[0] : undefined;
    const coerced =
      single === '@id'
        ? '@id'
        : single && single !== XSD_STRING && single !== XSD_BOOLEAN && single !== XSD_INTEGER
          ? compact(single)
          : undefined;
    definitions[name] = coerced ? { '@id': compact(property), '@type': coerced } : compact(property);
  }
  const context: Record<string, unknown> = Object.fromEntries(list);
  for (const name of Object.keys(definitions).sort()) context[name] = definitions[name];

  // Nodes in order of first appearance as a subject.
  const nodes = new Map<string, Triple[]>();
  for (const triple of triples) {
    const found = nodes.get(triple.s);
    if (found) found.push(triple);
    else nodes.set(triple.s, [triple]);
  }
  const references = new Map<string, number>();
  for (const { o } of triples) if ('iri' in o) references.set(o.iri, (references.get(o.iri) ?? 0) + 1);
  // A node embeds where it is referenced when it belongs to the referrer and is referenced once.
  const embedded = (subject: string, object: string) =>
    nodes.has(object) &&
    references.get(object) === 1 &&
    (object.startsWith(`${subject}#`) || object.startsWith(`${subject}-`));

  const value = (p: string, o: Term, subject: string): unknown => {
    const term = terms.get(p);
    const coerced = term ? (definitions[term] as TermDefinition)['@type'] : undefined;
    if ('iri' in o) {
      if (embedded(subject, o.iri)) return node(o.iri);
      return coerced === '@id' ? compact(o.iri) : { '@id': compact(o.iri) };
    }
    if ('blank' in o) return coerced === '@id' ? `_:${o.blank}` : { '@id': `_:${o.blank}` };
    if (coerced) return o.literal;
    if (o.datatype === XSD_STRING) return o.literal;
    if (o.datatype === XSD_BOOLEAN) return o.literal === 'true';
    if (o.datatype === XSD_INTEGER && Number.isSafeInteger(Number(o.literal))) return Number(o.literal);
    return { '@value': o.literal, '@type': compact(o.datatype) };
  };

  const node = (subject: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { '@id': compact(subject) };
    const types = (nodes.get(subject) ?? []).filter((triple) => triple.p === RDF_TYPE);
    if (types.length) {
      const names = types.map((triple) => compact((triple.o as { iri: string }).iri));
      out['@type'] = names.length === 1 ? names[0] : names;
    }
    const grouped = new Map<string, unknown[]>();
    for (const triple of nodes.get(subject) ?? []) {
      if (triple.p === RDF_TYPE) continue;
      const key = terms.get(triple.p) ?? compact(triple.p);
      const values = grouped.get(key) ?? [];
      values.push(value(triple.p, triple.o, subject));
      grouped.set(key, values);
    }
    for (const [key, values] of grouped) out[key] = values.length === 1 ? values[0] : values;
    return out;
  };

  const owned = new Set<string>();
  for (const { s, o } of triples) if ('iri' in o && embedded(s, o.iri)) owned.add(o.iri);
  const graph: Record<string, unknown>[] = [];
  for (const subject of nodes.keys()) if (!owned.has(subject)) graph.push(node(subject));
  return { '@context': context, '@graph': graph };
}

// A record's relations as a small graph, laid out at build time (lib/graph-layout.ts), then the same
// relations as a table: each edge links to its relation record, and the table to its citation.
import { relationsOf } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { layoutGraph } from '../lib/graph-layout.ts';
import { headingLine, nameOf, recordOf } from '../site/data.ts';
import { recordPath } from '../site/paths.ts';
import { useHref, usePage } from '../site/render.tsx';
import { RecordLink } from './RecordLink.tsx';

const NODE_RADIUS = 9;

function short(text: string, max = 26): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The graph and table of a record's relations; nothing when it has none. */
export function NetworkGraph({ record }: { record: AnyRecord }) {
  const href = useHref();
  const { site } = usePage();
  const relations = relationsOf(record.id as never);
  if (relations.length === 0) return null;
  const layout = layoutGraph(
    record.id,
    relations.map((relation) => ({ id: relation.id, source: relation.subject, target: relation.object })),
  );
  const label = (id: string) => {
    const other = recordOf(id);
    return other ? nameOf(other) : id;
  };
  const showEdgeLabels = layout.edges.length <= 12;
  const centerX = layout.nodes.find((node) => node.id === record.id)?.x ?? layout.width / 2;
  return (
    <section aria-labelledby="network-title" class="network">
      <h2 id="network-title">Relations</h2>
      <figure>
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          aria-labelledby="network-caption"
          class="graph"
        >
          <title>{`The relations of ${label(record.id)}`}</title>
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX={10 + NODE_RADIUS}
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" />
            </marker>
          </defs>
          <g class="edges">
            {layout.edges.map((edge) => {
              const relation = relations.find((candidate) => candidate.id === edge.id);
              const text = `${label(edge.source)} ${relation?.predicate ?? ''} ${label(edge.target)}`;
              return (
                <a href={href(recordPath(edge.id))} key={edge.id} aria-label={`${text} (relation record)`}>
                  <title>{`${text}: ${relation?.label ?? ''}`}</title>
                  <path d={edge.path} marker-end="url(#arrow)" />
                  {showEdgeLabels && (
                    <text x={edge.mid.x} y={edge.mid.y - 3} text-anchor="middle">
                      {relation?.predicate}
                    </text>
                  )}
                </a>
              );
            })}
          </g>
          <g class="nodes">
            {layout.nodes.map((node) => {
              const other = recordOf(node.id);
              const circle = (
                <>
                  <circle
                    cx={node.x}
                    cy={node.y}
                    r={node.id === record.id ? NODE_RADIUS + 3 : NODE_RADIUS}
                    class={`node-${other?.kind ?? 'unknown'}`}
                  />
                  {/* Names stand on the outer side of each node, away from the center's edges. */}
                  <text
                    x={node.x < centerX ? node.x - NODE_RADIUS - 4 : node.x + NODE_RADIUS + 4}
                    y={node.y + 4}
                    text-anchor={node.x < centerX ? 'end' : 'start'}
                  >
                    {short(label(node.id))}
                  </text>
                </>
              );
              return node.id === record.id ? (
                <g class="center" key={node.id}>
                  {circle}
                </g>
              ) : (
                // Named by its <title>, the full name: an aria-label would not contain a shortened visible label.
                <a href={href(recordPath(node.id))} key={node.id}>
                  <title>{`${label(node.id)} (${other?.kind ?? 'record'})`}</title>
                  {circle}
                </a>
              );
            })}
          </g>
        </svg>
        <ul class="graph-legend" aria-hidden="true">
          {[...new Set(layout.nodes.map((node) => recordOf(node.id)?.kind ?? 'unknown'))]
            .sort()
            .map((kind) => (
              <li key={kind}>
                <svg width="12" height="12" viewBox="0 0 12 12" class="graph" role="presentation">
                  <circle cx="6" cy="6" r="5" class={`node-${kind}`} />
                </svg>{' '}
                {kind}
              </li>
            ))}
        </ul>
        <figcaption id="network-caption">
          {label(record.id)} and the {layout.nodes.length - 1} record{layout.nodes.length === 2 ? '' : 's'} it
          is related to. Each line is one relation the report states; select it for the relation record.
        </figcaption>
      </figure>
      <table class="relations">
        <caption class="visually-hidden">The relations of {label(record.id)}, with their citations</caption>
        <thead>
          <tr>
            <th scope="col">subject</th>
            <th scope="col">relation</th>
            <th scope="col">object</th>
            <th scope="col">citation</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((relation) => {
            const citation = relation.sources[0];
            const target = site.citationTargets.get(`${relation.id}#0`);
            const where = citation ? `${headingLine(citation)}, ¶${citation.paragraph}` : '';
            return (
              <tr key={relation.id}>
                <td>
                  {relation.subject === record.id ? (
                    <strong>{label(relation.subject)}</strong>
                  ) : (
                    <RecordLink id={relation.subject} />
                  )}
                </td>
                <td>
                  <a href={href(recordPath(relation.id))}>{relation.predicate}</a>
                </td>
                <td>
                  {relation.object === record.id ? (
                    <strong>{label(relation.object)}</strong>
                  ) : (
                    <RecordLink id={relation.object} />
                  )}
                </td>
                <td>{target ? <a href={href(target)}>{where}</a> : where}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

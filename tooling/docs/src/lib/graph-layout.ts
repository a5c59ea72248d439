// The layout of a record's network, computed once at build time with d3-force, so the page ships
// a finished SVG and no layout code.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';

/** A relation to draw, between two record ids. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** A node placed in the picture. */
interface PlacedNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** An edge placed in the picture: an SVG path (curved when two records share several relations) and its midpoint. */
interface PlacedEdge extends GraphEdge {
  readonly path: string;
  readonly mid: { readonly x: number; readonly y: number };
}

/** The finished picture. */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out `center` and the records around it, running the simulation until it has cooled (d3's
 * own stopping point, `alphaMin`), then crops the picture to the drawing, with `label` pixels left
 * and right for names, shrinking it to fit `maxWidth` × `maxHeight` but never enlarging it, so a
 * graph of two records stays small. d3-force seeds its own random source, so the same graph always
 * gets the same picture.
 *
 * ```ts
 * layoutGraph('org:smic', [{ id: 'rel:x', source: 'org:smic', target: 'country:cn' }]).nodes.length; // 2
 * ```
 */
export function layoutGraph(
  center: string,
  edges: readonly GraphEdge[],
  {
    maxWidth = 760,
    maxHeight = 460,
    label = 175,
    pad = 28,
  }: { maxWidth?: number; maxHeight?: number; label?: number; pad?: number } = {},
): GraphLayout {
  const ids = [...new Set([center, ...edges.flatMap((edge) => [edge.source, edge.target])])];
  const nodes: SimNode[] = ids.map((id) => (id === center ? { id, fx: 0, fy: 0 } : { id }));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(120),
    )
    .force('charge', forceManyBody().strength(-400))
    .force('collide', forceCollide(34))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.09))
    .stop();
  const steps = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(steps);

  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    1,
    (maxWidth - 2 * label) / Math.max(1, maxX - minX),
    (maxHeight - 2 * pad) / Math.max(1, maxY - minY),
  );
  const width = Math.ceil((maxX - minX) * scale + 2 * label);
  const height = Math.ceil((maxY - minY) * scale + 2 * pad);
  const placed = new Map<string, PlacedNode>(
    nodes.map((node) => [
      node.id,
      {
        id: node.id,
        x: round(label + ((node.x ?? 0) - minX) * scale),
        y: round(pad + ((node.y ?? 0) - minY) * scale),
      },
    ]),
  );

  // Several relations between the same two records bend apart so that each stays clickable.
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  const pairOf = (edge: GraphEdge) => [edge.source, edge.target].sort().join(' ');
  for (const edge of edges) pairCount.set(pairOf(edge), (pairCount.get(pairOf(edge)) ?? 0) + 1);
  const placedEdges = edges.map((edge) => {
    const a = placed.get(edge.source) as PlacedNode;
    const b = placed.get(edge.target) as PlacedNode;
    const key = pairOf(edge);
    const index = pairIndex.get(key) ?? 0;
    pairIndex.set(key, index + 1);
    const count = pairCount.get(key) ?? 1;
    const bend = (index - (count - 1) / 2) * 28 * (edge.source < edge.target ? 1 : -1);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const control = {
      x: round(mid.x - ((b.y - a.y) / length) * bend),
      y: round(mid.y + ((b.x - a.x) / length) * bend),
    };
    return {
      ...edge,
      path:
        bend === 0
          ? `M${a.x} ${a.y}L${b.x} ${b.y}`
          : `M${a.x} ${a.y}Q${control.x} ${control.y} ${b.x} ${b.y}`,
      // The midpoint of the quadratic curve is halfway between the chord's middle and the control point.
      mid:
        bend === 0
          ? { x: round(mid.x), y: round(mid.y) }
          : { x: round((mid.x + control.x) / 2), y: round((mid.y + control.y) / 2) },
    };
  });
  return { width, height, nodes: [...placed.values()], edges: placedEdges };
}

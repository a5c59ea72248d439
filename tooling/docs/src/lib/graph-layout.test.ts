import { describe, expect, it } from 'vitest';
import { type GraphEdge, layoutGraph } from './graph-layout.ts';

const star: GraphEdge[] = Array.from({ length: 12 }, (_, index) => ({
  id: `rel:${index}`,
  source: 'org:center',
  target: `org:n${index}`,
}));
const edges: GraphEdge[] = [
  ...star,
  { id: 'rel:back', source: 'org:n1', target: 'org:center' },
  { id: 'rel:between', source: 'org:n2', target: 'org:n3' },
];

describe('layoutGraph', () => {
  const layout = layoutGraph('org:center', edges, { maxWidth: 720, maxHeight: 420, label: 150 });

  it('places every record once', () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(
      ['org:center', ...star.map((edge) => edge.target)].sort(),
    );
  });
  it('keeps the picture within its bounds, with room for labels beside every node, and the nodes apart', () => {
    expect(layout.width).toBeLessThanOrEqual(720);
    expect(layout.height).toBeLessThanOrEqual(420);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(150);
      expect(node.x).toBeLessThanOrEqual(layout.width - 150);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(layout.height);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
  });
  it('draws each edge between its two nodes, and bends two relations of the same pair apart', () => {
    const at = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      const a = at.get(edge.source);
      const b = at.get(edge.target);
      expect(edge.path.startsWith(`M${a?.x} ${a?.y}`)).toBe(true);
      expect(edge.path.endsWith(`${b?.x} ${b?.y}`)).toBe(true);
    }
    const pair = layout.edges.filter((edge) => edge.id === 'rel:1' || edge.id === 'rel:back');
    expect(pair.every((edge) => edge.path.includes('Q'))).toBe(true);
    expect(pair[0]?.mid).not.toEqual(pair[1]?.mid);
  });
  it('gives the same picture every time', () => {
    expect(layoutGraph('org:center', edges, { maxWidth: 720, maxHeight: 420, label: 150 })).toEqual(layout);
  });
  it('keeps a small graph small', () => {
    const pair = layoutGraph('org:a', [{ id: 'rel:x', source: 'org:a', target: 'org:b' }], { label: 100 });
    // Two nodes about one link length apart, plus the room for labels: far from the 760 × 460 maximum.
    expect(pair.height).toBeLessThan(200);
    expect(pair.width).toBeLessThan(2 * 100 + 200);
  });
});

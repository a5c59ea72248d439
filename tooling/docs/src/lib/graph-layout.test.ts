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
  const layout = layoutGraph('org:center', edges, { width: 720, height: 420 });

  it('places every record once, the center in the middle', () => {
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(['org:center', ...star.map((edge) => edge.target)].sort());
    expect(layout.nodes.find((node) => node.id === 'org:center')).toMatchObject({ x: 360, y: 210 });
  });
  it('keeps every node inside the picture, and apart from the others', () => {
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(720);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(420);
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
    expect(layoutGraph('org:center', edges, { width: 720, height: 420 })).toEqual(layout);
  });
});

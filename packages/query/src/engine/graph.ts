// The relations as a graph, and the one breadth-first search behind relationsOf, neighbors and
// path: edges are walked in either direction, each record's edges in relation id order, so every
// answer is deterministic.
import type { Relation } from '@chipwar/schema';
import type { Direction } from '../types.ts';
import { byId, type Indexes } from './indexes.ts';

/** An edge of the graph as seen from one record: the relation and the record at its other end. */
export interface Edge {
  readonly relation: Relation;
  readonly other: string;
}

/**
 * The edges of a record in one direction or both, in relation id order: each index list is in
 * relation id order already, so both directions are a merge of two sorted lists. Loops, not array
 * builtins: V8 takes a slow path for those on the frozen index lists.
 */
export function edgesOf(indexes: Indexes, id: string, direction: Direction): Edge[] {
  const { out, in: into } = indexes.relations();
  const outgoing = direction === 'in' ? NONE : (out.get(id) ?? NONE);
  const incoming = direction === 'out' ? NONE : (into.get(id) ?? NONE);
  // Validation refuses a relation from a record to itself, so no edge is seen twice.
  const edges: Edge[] = [];
  let i = 0;
  let j = 0;
  while (i < outgoing.length || j < incoming.length) {
    const a = outgoing[i];
    const b = incoming[j];
    if (a !== undefined && (b === undefined || byId(a, b) <= 0)) {
      edges.push({ relation: a, other: a.object });
      i++;
    } else if (b !== undefined) {
      edges.push({ relation: b, other: b.subject });
      j++;
    }
  }
  return edges;
}

const NONE: readonly Relation[] = [];

/** What a search found: each reached record's distance, and the edge it was first reached by. */
export interface Reached {
  readonly distance: ReadonlyMap<string, number>;
  readonly via: ReadonlyMap<string, { readonly previous: string; readonly relation: Relation }>;
}

/**
 * Breadth-first search from `start` over relations in both directions, up to `depth` relations
 * away, stopping early once `target` is reached.
 */
export function search(indexes: Indexes, start: string, depth: number, target?: string): Reached {
  const distance = new Map<string, number>([[start, 0]]);
  const via = new Map<string, { previous: string; relation: Relation }>();
  let frontier = [start];
  const done = () => target !== undefined && distance.has(target);
  for (let level = 1; level <= depth && frontier.length > 0 && !done(); level++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const { relation, other } of edgesOf(indexes, current, 'both')) {
        if (distance.has(other)) continue;
        distance.set(other, level);
        via.set(other, { previous: current, relation });
        next.push(other);
      }
    }
    frontier = next;
  }
  return { distance, via };
}

// Answers no caller can change, checked on the BUILT @chipwar/query as a user imports it: the
// cases of the issue, one by one.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const query = await import('@chipwar/query');
const { createQuery } = await import('@chipwar/query/create');
const { dataset } = await import('@chipwar/dataset');

// Each step must throw (a frozen value, in strict mode) or change nothing.
function attempt(change: () => void): void {
  try {
    change();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}

describe('the built @chipwar/query', () => {
  it('is the build, not the source', () => {
    expect(fileURLToPath(import.meta.resolve('@chipwar/query'))).toMatch(/packages\/query\/dist\/index\.js$/);
  });

  for (const [name, q] of [
    ['the shipped helpers', query],
    ['createQuery', createQuery(structuredClone(dataset) as never)],
  ] as const) {
    describe(name, () => {
      it("list('figure').push(x) does not add x to later figures()", () => {
        const before = q.figures().length;
        attempt(() => (q.list('figure') as unknown as object[]).push({ id: 'figure:intruder' }));
        expect(q.figures().length).toBe(before);
        expect(q.figures().some((figure: { id: string }) => figure.id === 'figure:intruder')).toBe(false);
      });

      it("list('relation').length = 0 does not empty relationsOf, neighbors or path", () => {
        const relations = q.relationsOf('org:smic').length;
        const neighbors = q.neighbors('org:smic').length;
        const path = q.path('org:qualcomm', 'org:ymtc')?.length;
        attempt(() => {
          (q.list('relation') as unknown as unknown[]).length = 0;
        });
        expect(q.list('relation').length).toBeGreaterThan(0);
        expect(q.relationsOf('org:smic').length).toBe(relations);
        expect(q.neighbors('org:smic').length).toBe(neighbors);
        expect(q.path('org:qualcomm', 'org:ymtc')?.length).toBe(path);
      });

      it('timeline entries and mentions cannot be changed for the next caller', () => {
        const first = JSON.stringify(q.timeline({ from: '2018', to: '2018' }));
        attempt(() => {
          const entry = q.timeline({ from: '2018', to: '2018' })[0] as unknown as Record<string, unknown>;
          entry.label = 'changed';
        });
        attempt(() => (q.timeline({ from: '2018', to: '2018' }) as unknown as unknown[]).reverse());
        attempt(() => (q.mentions('org:smic') as unknown as unknown[]).splice(0));
        expect(JSON.stringify(q.timeline({ from: '2018', to: '2018' }))).toBe(first);
        expect(q.mentions('org:smic').length).toBeGreaterThan(0);
      });
    });
  }
});

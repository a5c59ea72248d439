// Every public export has a doc comment: it is what the generated API docs and editors show.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentedExports } from '../../../tooling/vitest-config/src/api-docs.ts';

const entries = ['index.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const exported = documentedExports(entries).map((item) => ({
  ...item,
  label: `${item.entry.split('/').pop()}: ${item.name}`,
}));

describe('API docs', () => {
  it('sees the exports', () => {
    expect(exported.length).toBeGreaterThan(10);
  });

  it.each(exported)('$label has a doc comment', ({ docs }) => {
    expect(docs.trim().length).toBeGreaterThan(10);
  });
});

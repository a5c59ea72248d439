// Every export is documented, and every value (function, class) with a ```ts example, as the
// README promises.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentedExports } from '../../../tooling/vitest-config/src/api-docs.ts';

const entries = ['index.ts', 'create.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const exported = documentedExports(entries).map((item) => ({
  ...item,
  label: `${item.entry.split('/').pop()}: ${item.name}`,
}));

describe('API docs', () => {
  it('sees the exports of both entry points', () => {
    expect(exported.filter((item) => item.entry.endsWith('create.ts')).map((item) => item.name)).toContain(
      'createQuery',
    );
    expect(exported.length).toBeGreaterThan(30);
  });

  it.each(exported)('$label has a doc comment', ({ docs }) => {
    expect(docs.trim().length).toBeGreaterThan(10);
  });

  it.each(exported.filter((item) => item.kind === 'value'))('$label has an example', ({ docs }) => {
    expect(docs).toContain('```ts');
  });
});

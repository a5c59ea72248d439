// Reads what a package exports, with each export's doc comment, using the TypeScript compiler
// (re-exports followed), so a test can hold every public export to a doc comment.
import ts from 'typescript';

/** One export of an entry point and its doc comment. */
export interface DocumentedExport {
  /** The entry file it is exported from. */
  entry: string;
  /** The exported name. */
  name: string;
  /** Whether it is a value (function, class, constant) or only a type. */
  kind: 'value' | 'type';
  /** The doc comment's text, tags included; empty when it has none. */
  docs: string;
}

/** Every export of these entry files (absolute paths) with its doc comment. */
export function documentedExports(entries: readonly string[]): DocumentedExport[] {
  const program = ts.createProgram([...entries], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    customConditions: ['@chipwar/source'],
  });
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read the exports of ${entry}`);
    return checker.getExportsOfModule(module).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol
        .getJsDocTags(checker)
        .map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`)
        .join('\n');
      const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
      return {
        entry,
        name: exported.getName(),
        kind: symbol.flags & ts.SymbolFlags.Value ? 'value' : 'type',
        docs: [text, tags].filter(Boolean).join('\n'),
      } satisfies DocumentedExport;
    });
  });
}

/**
 * Registers vitest tests that hold every export of these entry files (paths relative to the test
 * file's `import.meta.url`) to a doc comment of substance, and, with `examples`, every exported
 * value to a ```ts example.
 */
export async function testApiDocs(
  base: string,
  files: readonly string[],
  options: { examples?: boolean } = {},
): Promise<void> {
  const { describe, expect, it } = await import('vitest');
  const { fileURLToPath } = await import('node:url');
  const entries = files.map((file) => fileURLToPath(new URL(file, base)));
  const exported = documentedExports(entries).map((item) => ({
    ...item,
    label: `${item.entry.split('/').pop()}: ${item.name}`,
  }));
  describe('API docs', () => {
    it('sees the exports of every entry point', () => {
      for (const entry of entries)
        expect(
          exported.some((item) => item.entry === entry),
          entry,
        ).toBe(true);
      expect(exported.length).toBeGreaterThan(10);
    });
    it.each(exported)('$label has a doc comment', ({ docs }) => {
      expect(docs.trim().length).toBeGreaterThan(10);
    });
    if (options.examples) {
      it.each(exported.filter((item) => item.kind === 'value'))('$label has an example', ({ docs }) => {
        expect(docs).toContain('```ts');
      });
    }
  });
}

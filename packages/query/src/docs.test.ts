// Every value the package exports is documented with a doc comment that holds a ```ts example,
// as its README promises. Read with the TypeScript compiler, following re-exports.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entries = ['index.ts', 'create.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  noEmit: true,
  customConditions: ['@chipwar/source'],
});
const checker = program.getTypeChecker();

function exportedValues(entry: string): { name: string; docs: string }[] {
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${entry}`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
    .filter((symbol) => symbol.flags & ts.SymbolFlags.Value)
    .map((symbol) => ({
      name: symbol.getName(),
      docs: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
    }));
}

describe('API docs', () => {
  for (const entry of entries) {
    const values = exportedValues(entry);
    const name = entry.split('/').pop();

    it(`${name} exports values`, () => {
      expect(values.length).toBeGreaterThan(0);
    });

    it.each(values)(`${name}: $name has a doc comment with an example`, ({ docs }) => {
      expect(docs.length).toBeGreaterThan(20);
      expect(docs).toContain('```ts');
    });
  }
});

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

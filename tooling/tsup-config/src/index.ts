import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The custom export condition that points tests and type checks at a package's TypeScript source. */
export const SOURCE_CONDITION = '@chipwar/source';

type ExportTarget = string | { [condition: string]: ExportTarget };

/**
 * Reads the entry points from the `@chipwar/source` condition of the package's `exports` map,
 * so the exports map is the single place where a package lists its public entry points.
 * `./dist/figures.js` is built from `./src/figures.ts`, and so on.
 */
export function entriesFromExports(packageDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, ExportTarget>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== 'object') continue;
    const source = target[SOURCE_CONDITION];
    if (typeof source !== 'string' || !source.endsWith('.ts')) continue;
    const name = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
    entries[name] = source;
  }
  if (Object.keys(entries).length === 0) {
    throw new Error(
      `${packageDir}/package.json: no export has a "${SOURCE_CONDITION}" condition pointing at a .ts file; expected at least ".": { "${SOURCE_CONDITION}": "./src/index.ts", ... }`,
    );
  }
  return entries;
}

/**
 * The shared build: ESM and CJS, each with its own declarations (`.d.ts` / `.d.cts`),
 * targeting Node 20, tree-shakeable, with dependencies left external.
 *
 * ```ts
 * // packages/schema/tsup.config.ts
 * export { default } from '@chipwar/tsup-config';
 * ```
 */
export function chipwarConfig(overrides: Options = {}) {
  return defineConfig({
    entry: entriesFromExports(process.cwd()),
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    ...overrides,
  });
}

export default chipwarConfig();

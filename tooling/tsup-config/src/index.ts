import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { entryName, SOURCE_CONDITION } from './entries.ts';

export { SOURCE_CONDITION } from './entries.ts';

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
    entries[entryName(subpath)] = source;
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
  const library: Options = {
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
  };
  const bins = entriesFromBin(process.cwd());
  if (Object.keys(bins).length === 0) return defineConfig(library);
  // A command is an ES module that runs on import (top-level await), so it gets no CJS twin.
  return defineConfig([library, { ...library, entry: bins, format: ['esm'], dts: false, clean: false }]);
}

/**
 * Reads the commands from the package's `bin` map: `"chipwar": "./dist/cli.js"` is built from
 * `./src/cli.ts`.
 */
export function entriesFromBin(packageDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? { command: manifest.bin } : (manifest.bin ?? {});
  const entries: Record<string, string> = {};
  for (const target of Object.values(bin)) {
    const match = /^\.\/dist\/(.+)\.js$/.exec(target);
    if (!match?.[1])
      throw new Error(
        `${packageDir}/package.json: bin ${target} must be ./dist/<name>.js, built from ./src/<name>.ts`,
      );
    entries[match[1]] = `./src/${match[1]}.ts`;
  }
  return entries;
}

export default chipwarConfig();

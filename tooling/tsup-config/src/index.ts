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
export function chipwarConfig(overrides: Options = {}, binOverrides: Options = {}) {
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
  const builds = [library];
  for (const format of ['esm', 'cjs'] as const) {
    const entry = Object.fromEntries(
      Object.entries(bins)
        .filter(([, bin]) => bin.format === format)
        .map(([name, bin]) => [name, bin.source]),
    );
    if (Object.keys(entry).length === 0) continue;
    // A command in ./dist/<name>.cjs is one CommonJS file: Node starts it without its ES module
    // loader, which costs a command that runs many times in a row more than anything it does.
    const command: Options =
      format === 'cjs' ? { splitting: false, outExtension: () => ({ js: '.cjs' }) } : {};
    builds.push({
      ...library,
      entry,
      format: [format],
      dts: false,
      clean: false,
      ...command,
      ...binOverrides,
    });
  }
  return defineConfig(builds);
}

/**
 * Reads the commands from the package's `bin` map: `"chipwar": "./dist/cli.cjs"` is built from
 * `./src/cli.ts` as one CommonJS file, `"chipwar-mcp": "./dist/cli.js"` as an ES module.
 */
export function entriesFromBin(
  packageDir: string,
): Record<string, { source: string; format: 'esm' | 'cjs' }> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? { command: manifest.bin } : (manifest.bin ?? {});
  const entries: Record<string, { source: string; format: 'esm' | 'cjs' }> = {};
  for (const target of Object.values(bin)) {
    const match = /^\.\/dist\/(.+)\.(c?js)$/.exec(target);
    if (!match?.[1])
      throw new Error(
        `${packageDir}/package.json: bin ${target} must be ./dist/<name>.js or ./dist/<name>.cjs, built from ./src/<name>.ts`,
      );
    entries[match[1]] = { source: `./src/${match[1]}.ts`, format: match[2] === 'cjs' ? 'cjs' : 'esm' };
  }
  return entries;
}

export default chipwarConfig();

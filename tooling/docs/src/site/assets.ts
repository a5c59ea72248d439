// The site's static assets: the shared stylesheet, the browser scripts of src/client/ bundled by
// esbuild (classic scripts, not modules: module scripts are refused on file://), and the search
// index as a script that defines it.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildSearchIndex, searchDocument } from '../lib/search-index.ts';
import { collectionOf, kinds, records } from './data.ts';
import { recordPath } from './paths.ts';

const here = new URL('..', import.meta.url).pathname;

/** Writes `assets/`: the stylesheet, the browser scripts and the search index; returns their sizes in bytes. */
export async function writeAssets(outDir: string): Promise<Record<string, number>> {
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  copyFileSync(join(here, 'layout/styles.css'), join(assets, 'style.css'));

  const result = await build({
    entryPoints: ['search', 'table', 'timeline', 'source'].map((name) => join(here, `client/${name}.ts`)),
    outdir: assets,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    platform: 'browser',
    metafile: true,
    logLevel: 'warning',
  });

  const index = buildSearchIndex(records.map((record) => searchDocument(record, recordPath(record.id))));
  const file = {
    kinds: kinds.map((kind) => [kind, collectionOf(kind)]),
    index: JSON.stringify(index),
  };
  const script = `window.chipwarSearch=${JSON.stringify(file)};\n`;
  writeFileSync(join(assets, 'search-index.js'), script);

  const sizes: Record<string, number> = { 'search-index.js': Buffer.byteLength(script) };
  for (const [path, output] of Object.entries(result.metafile.outputs))
    sizes[path.split('/').pop() ?? path] = output.bytes;
  return sizes;
}

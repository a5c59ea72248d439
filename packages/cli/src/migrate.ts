import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ResolvedId } from '@chipwar/query';

/** The file types `chipwar migrate` rewrites. */
export const MIGRATABLE_EXTENSIONS = [
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.mdx',
];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist']);

/** One line a migration changes. */
export interface LineChange {
  line: number;
  before: string;
  after: string;
}

/** An occurrence of a retired id that has no single replacement (split or removed). */
export interface Refusal {
  file: string;
  line: number;
  id: string;
  reason: string;
}

/** What `chipwar migrate` would do (or did) to the given paths. */
export interface MigrationPlan {
  files: { file: string; changes: LineChange[]; text: string }[];
  refused: Refusal[];
  replacements: number;
}

async function collectFiles(path: string, out: string[]): Promise<void> {
  const info = await stat(path);
  if (info.isFile()) {
    if (MIGRATABLE_EXTENSIONS.includes(extname(path))) out.push(path);
    return;
  }
  if (!info.isDirectory()) return;
  for (const entry of (await readdir(path)).sort()) {
    if (SKIPPED_DIRECTORIES.has(entry)) continue;
    await collectFiles(join(path, entry), out);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Plans the rewrite of retired ids in the files under `paths` (and only there): every occurrence of
 * a retired id with one live replacement is replaced; a split or removed id is refused and listed.
 * Running it again on the result changes nothing.
 */
export async function planMigration(
  paths: readonly string[],
  retiredIds: readonly string[],
  resolve: (id: string) => ResolvedId,
): Promise<MigrationPlan> {
  const files: string[] = [];
  for (const path of paths) await collectFiles(path, files);
  const plan: MigrationPlan = { files: [], refused: [], replacements: 0 };
  if (retiredIds.length === 0) return plan;
  // An id is a whole token: not part of a longer id or word on either side.
  const pattern = new RegExp(
    `(?<![A-Za-z0-9:_-])(${[...retiredIds]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![A-Za-z0-9_-])`,
    'g',
  );
  for (const file of [...new Set(files)]) {
    const text = await readFile(file, 'utf8');
    const changes: LineChange[] = [];
    const lines = text.split('\n').map((line, index) => {
      const after = line.replace(pattern, (id) => {
        const resolved = resolve(id);
        if (resolved.id) {
          plan.replacements += 1;
          return resolved.id;
        }
        const entry = resolved.chain.at(-1);
        plan.refused.push({
          file,
          line: index + 1,
          id,
          reason: resolved.candidates.length
            ? `${entry?.change ?? 'split'} into ${resolved.candidates.join(', ')}: choose one by hand`
            : `${entry?.change ?? 'removed'} with no replacement (${entry?.reason ?? 'see the ledger'})`,
        });
        return id;
      });
      if (after !== line) changes.push({ line: index + 1, before: line, after });
      return after;
    });
    if (changes.length) plan.files.push({ file, changes, text: lines.join('\n') });
  }
  return plan;
}

/** Writes a planned migration. */
export async function applyMigration(plan: MigrationPlan): Promise<void> {
  for (const file of plan.files) await writeFile(file.file, file.text);
}

// The folder of `chipwar export`: written only when new or empty, or with --force over an earlier
// export, replacing only the files that export listed in its manifest.
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { failure, isSystemError, systemErrorText } from '../errors.ts';
import { terminalText } from '../output.ts';
import { isPlainRelativeName, isWithin, lstatOrUndefined, realPath } from './paths.ts';
import { decodeUtf8, FileReadError, readInputFile } from './read.ts';
import { makeFolders, writeFilesAtomically } from './write.ts';

/** The manifest an export writes into its folder: the files it wrote, so --force knows its own. */
const EXPORT_MANIFEST = '.chipwar-export.json';

/** What {@link EXPORT_MANIFEST} holds. */
interface ExportManifest {
  generator: 'chipwar export';
  format: string;
  datasetVersion: string;
  files: { name: string; bytes: number; sha256: string }[];
}

const MAX_MANIFEST_BYTES = 1024 * 1024;

function manifestOf(
  files: ReadonlyMap<string, string | Uint8Array>,
  format: string,
  datasetVersion: string,
): string {
  const manifest: ExportManifest = {
    generator: 'chipwar export',
    format,
    datasetVersion,
    files: [...files].map(([name, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// The names an earlier export wrote, from its manifest: plain relative names only, so a doctored
// manifest cannot make --force replace or remove anything outside the folder.
async function earlierExport(folder: string): Promise<Set<string>> {
  const path = join(folder, EXPORT_MANIFEST);
  const info = await lstatOrUndefined(path);
  if (!info) return new Set();
  const notManifest = (why: string) =>
    failure(
      `${terminalText(path)} is not a manifest of chipwar export (${why}); remove the folder's files by hand or choose another folder`,
    );
  if (!info.isFile()) throw notManifest('it is not a regular file');
  let text: string | undefined;
  try {
    text = decodeUtf8(await readInputFile(path, { maxBytes: MAX_MANIFEST_BYTES }));
  } catch (error) {
    if (error instanceof FileReadError) throw notManifest(error.reason);
    throw error;
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text ?? '');
  } catch {
    throw notManifest('not JSON');
  }
  const files = (manifest as Partial<ExportManifest> | null)?.files;
  if (
    (manifest as Partial<ExportManifest> | null)?.generator !== 'chipwar export' ||
    !Array.isArray(files) ||
    !files.every((file) => typeof file?.name === 'string' && isPlainRelativeName(file.name))
  )
    throw notManifest('unexpected content');
  return new Set(files.map((file) => file.name));
}

/**
 * Writes the files of an export into `out`: created if missing; refused if not empty unless
 * `force`, and then only the files of the earlier export there (named in its manifest) are
 * replaced or, when this export has no such file, removed; any other file is kept, and one with a
 * name this export writes is a reason to stop. Every file and the manifest are written to
 * temporary files first and renamed into place only when all are on disk.
 */
export async function writeExport(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  options: { force: boolean; format: string; datasetVersion: string },
): Promise<{ folder: string; removed: string[] }> {
  for (const name of files.keys())
    if (!isPlainRelativeName(name) || name === EXPORT_MANIFEST)
      throw new Error(`an export may not write a file named ${JSON.stringify(name)}`);
  const given = resolve(out);
  const cannotWrite = (error: unknown, after = '') => {
    if (!isSystemError(error)) return error;
    return failure(`cannot write to ${terminalText(given)}: ${systemErrorText(error)}${after}`);
  };
  let folder: string;
  let entries: string[];
  try {
    await makeFolders(given);
    folder = await realPath(given);
    entries = await readdir(folder);
  } catch (error) {
    throw cannotWrite(error);
  }
  let earlier = new Set<string>();
  if (entries.length) {
    if (!options.force)
      throw failure(
        `${terminalText(given)} is not empty; chipwar export writes into a new or empty folder. Use --force to replace an earlier export there (the files its ${EXPORT_MANIFEST} lists; other files are kept)`,
      );
    earlier = await earlierExport(folder);
    for (const name of files.keys()) {
      if (earlier.has(name) || !(await lstatOrUndefined(join(folder, name)))) continue;
      throw failure(
        `refusing to replace ${terminalText(join(given, name))}: chipwar export did not write it (${EXPORT_MANIFEST} does not list it); move it away or choose another folder`,
      );
    }
  }
  try {
    for (const name of files.keys()) if (name.includes('/')) await makeFolders(join(folder, dirname(name)));
    await writeFilesAtomically(
      [
        ...[...files].map(([name, content]) => ({ path: join(folder, name), content })),
        {
          path: join(folder, EXPORT_MANIFEST),
          content: manifestOf(files, options.format, options.datasetVersion),
        },
      ],
      { within: folder },
    );
  } catch (error) {
    throw cannotWrite(error, '; no file in it was changed');
  }
  const removed: string[] = [];
  for (const name of earlier) {
    if (files.has(name)) continue;
    const path = join(folder, name);
    const info = await lstatOrUndefined(path);
    // Only a regular file the earlier export wrote, still inside the folder; never a link.
    if (!info?.isFile() || !isWithin(await realPath(dirname(path)), folder)) continue;
    await rm(path);
    removed.push(name);
  }
  return { folder: given, removed };
}

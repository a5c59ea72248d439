// How entry points are named, with no side effect: importing the package's main module builds the
// tsup configuration of the package in the current folder, so other tools import this one.

/** The custom export condition that points tests and type checks at a package's TypeScript source. */
export const SOURCE_CONDITION = '@chipwar/source';

/**
 * The name of the entry point an `exports` subpath is built as: `.` is `index`, `./figures` is
 * `figures` (so `./dist/figures.js`). API reports are named the same way.
 */
export function entryName(subpath: string): string {
  return subpath === '.' ? 'index' : subpath.replace(/^\.\//, '');
}

// The site's URL scheme, in one place: every page is addressed by its path from the site root, and
// links are made relative to the page they stand on, so the site works from file:// and any host.
import { posix } from 'node:path';
import { find } from '@chipwar/query';
import type { Kind } from '@chipwar/schema';
import { KINDS } from '@chipwar/schema/core';

/** The page of a kind's list: `catalog/organizations.html`. */
export function kindPath(kind: Kind): string {
  return `catalog/${KINDS[kind].collection}.html`;
}

/**
 * The page of one record: `catalog/organizations/smic.html` for `org:smic`. Ids keep their colon
 * out of file names, where `org:` would read as a URL scheme in a relative link.
 */
export function recordPath(id: string): string {
  const record = find(id);
  if (!record) throw new Error(`recordPath: no record has the id ${JSON.stringify(id)}`);
  return `catalog/${KINDS[record.kind].collection}/${id.slice(id.indexOf(':') + 1)}.html`;
}

/** The page of a section of the annotated report: `source/section-1.html`. */
export function sourcePath(section: string): string {
  return `source/${section}.html`;
}

/** The anchor, on its section's page, of the marker after one citation's excerpt. */
export function citationAnchor(id: string, citation: number): string {
  return `cite-${id}-${citation}`;
}

/**
 * A link from the page at `from` to `to` (both from the site root; `to` may carry `#…` or `?…`).
 *
 * ```ts
 * relativeHref('catalog/organizations/smic.html', 'source/section-1.html#p6'); // '../../source/section-1.html#p6'
 * ```
 */
export function relativeHref(from: string, to: string): string {
  const cut = to.search(/[?#]/);
  const path = cut < 0 ? to : to.slice(0, cut);
  const rest = cut < 0 ? '' : to.slice(cut);
  if (path === '' || path === from) return rest || posix.basename(from);
  return posix.relative(posix.dirname(from), path) + rest;
}

/** The way from a page back to the site root: `''` or `'../'`, `'../../'`. */
export function rootOf(from: string): string {
  return '../'.repeat(from.split('/').length - 1);
}

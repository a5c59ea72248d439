import type { Dataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';

const START = '<!-- counts:start -->';
const END = '<!-- counts:end -->';

/** The README table of records per kind. */
function countsTable(dataset: Dataset): string {
  const rows = KIND_NAMES.map((kind) => `| ${kind} | ${dataset[KINDS[kind].collection].length} |`);
  const total = KIND_NAMES.reduce((sum, kind) => sum + dataset[KINDS[kind].collection].length, 0);
  return ['| kind | records |', '| --- | ---: |', ...rows, `| **all** | **${total}** |`].join('\n');
}

/** Replaces the table between the README's counts markers. */
export function withCounts(readme: string, dataset: Dataset): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${countsTable(dataset)}\n${readme.slice(end)}`;
}

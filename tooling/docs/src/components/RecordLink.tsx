import { nameOf, recordOf } from '../site/data.ts';
import { recordPath } from '../site/paths.ts';
import { useHref } from '../site/render.tsx';

/** A link to a record's page, labelled with its name; a plain id when no record has it. */
export function RecordLink({ id, hash }: { id: string; hash?: string }) {
  const href = useHref();
  const record = recordOf(id);
  if (!record) return <code>{id}</code>;
  return <a href={href(recordPath(id) + (hash ? `#${hash}` : ''))}>{nameOf(record)}</a>;
}

/** The kind of a record, as a small label. */
export function KindBadge({ kind }: { kind: string }) {
  return <span class={`kind kind-${kind}`}>{kind}</span>;
}

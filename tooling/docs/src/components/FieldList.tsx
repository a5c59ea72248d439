// The remaining fields of a record as a definition list: ids become links, dates show their EDTF.
import { find } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import type { ComponentChildren } from 'preact';
import { RecordLink } from './RecordLink.tsx';

const SHOWN_ELSEWHERE = new Set(['id', 'kind', 'name', 'label', 'sources', 'description']);

function Value({ value }: { value: unknown }): ComponentChildren {
  if (typeof value === 'string') return find(value) ? <RecordLink id={value} /> : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return (
      <ul class="inline">
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  if (value && typeof value === 'object') {
    if ('edtf' in value) {
      const date = value as {
        edtf: string;
        start: string | null;
        end: string | null;
        relative?: { phrase: string; method: string };
      };
      return (
        <>
          <code>{date.edtf}</code> ({date.start ?? 'open'} to {date.end ?? 'open'})
          {date.relative && (
            <span class="relative">
              {' '}
              — “{date.relative.phrase}”: {date.relative.method}
            </span>
          )}
        </>
      );
    }
    return (
      <dl class="nested">
        {Object.entries(value).map(([key, child]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              <Value value={child} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return String(value);
}

/** The fields of a record not shown elsewhere on its page. */
export function FieldList({ record }: { record: AnyRecord }) {
  const fields = Object.entries(record).filter(([key]) => !SHOWN_ELSEWHERE.has(key));
  if (fields.length === 0) return null;
  return (
    <dl class="fields">
      {fields.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

// Figures as data: every figure in one table that sorts and filters in the browser (client/table.ts)
// and reads complete without it. Values are shown as formatFigure writes them.
import { figures, formatFigure } from '@chipwar/query';
import { RecordLink } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import { nameOf, recordOf } from '../site/data.ts';

/** The number a figure sorts by: its value, or the low end of its range. */
function sortValue(figure: { value?: number; range?: { min: number; max: number } }): number {
  return figure.value ?? figure.range?.min ?? 0;
}

const subjectName = (id: string) => {
  const record = recordOf(id);
  return record ? nameOf(record) : id;
};

function Filter({
  name,
  label,
  values,
}: {
  name: string;
  label: string;
  values: readonly [string, string][];
}) {
  return (
    <label>
      {label}{' '}
      <select data-filter={name}>
        <option value="">all</option>
        {values.map(([value, text]) => (
          <option value={value} key={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function distinct(values: readonly string[]): [string, string][] {
  return [...new Set(values)].sort().map((value) => [value, value]);
}

/** The figures table page. */
export function FiguresPage() {
  const all = figures();
  const subjects = [...new Set(all.flatMap((figure) => figure.subjects))]
    .map((id): [string, string] => [id, subjectName(id)])
    .sort((a, b) => a[1].localeCompare(b[1]));
  const columns: [key: string, label: string, numeric?: boolean][] = [
    ['label', 'Figure'],
    ['value', 'Value', true],
    ['metric', 'Metric'],
    ['unit', 'Unit'],
    ['subject', 'Subject'],
    ['period', 'Period'],
    ['qualifier', 'Qualifier'],
  ];
  return (
    <Layout
      title="Figures"
      description="Every figure of the report, sortable and filterable"
      scripts={['table']}
      wide
      crumbs={[['Home', 'index.html'], ['Catalog', 'catalog/index.html'], ['figures']]}
    >
      <p>
        Every quantity the report states, {all.length} in all, each value as the report’s qualifier and scale
        give it. Sort by any column; filter by metric, unit, subject or qualifier, or by words. See also the{' '}
        <a href="figures-by-metric.html">charts per metric</a>.
      </p>
      <form class="table-controls" data-table-controls="figures-table" hidden>
        <label>
          Words <input type="search" data-filter="text" placeholder="label, subject…" />
        </label>
        <Filter name="metric" label="Metric" values={distinct(all.map((figure) => figure.metric))} />
        <Filter name="unit" label="Unit" values={distinct(all.map((figure) => figure.unit))} />
        <Filter name="subject" label="Subject" values={subjects} />
        <Filter name="qualifier" label="Qualifier" values={distinct(all.map((figure) => figure.qualifier))} />
        <button type="reset">Clear</button>
        <output class="table-status" aria-live="polite" />
      </form>
      <table id="figures-table" class="data sortable">
        <caption class="visually-hidden">The report’s figures</caption>
        <thead>
          <tr>
            {columns.map(([key, label, numeric]) => (
              <th scope="col" data-key={key} data-numeric={numeric ? '' : undefined} key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {all.map((figure) => (
            <tr
              key={figure.id}
              id={figure.id}
              data-metric={figure.metric}
              data-unit={figure.unit}
              data-qualifier={figure.qualifier}
              data-subject={figure.subjects.join(' ')}
            >
              <td data-sort={figure.label}>
                <RecordLink id={figure.id} />
              </td>
              <td data-sort={String(sortValue(figure))} class="num">
                {formatFigure(figure)}
              </td>
              <td>{figure.metric}</td>
              <td>{figure.unit}</td>
              <td data-sort={subjectName(figure.subjects[0] ?? '')}>
                {figure.subjects.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <RecordLink id={id} />
                  </span>
                ))}
              </td>
              <td data-sort={figure.period?.start ?? figure.period?.end ?? ''}>
                {figure.period ? <code>{figure.period.edtf}</code> : '—'}
              </td>
              <td>{figure.qualifier}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

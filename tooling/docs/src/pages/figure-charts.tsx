// Charts per metric: the figures a reader can compare, drawn by Observable Plot at build time.
// A metric with one figure has nothing to compare it with, so those are listed, not charted; the
// units that recur across metrics (dollars, percentages) also get one chart each across metrics.
import { figures, formatFigure } from '@chipwar/query';
import { type ChartRow, figureChart } from '../components/figure-chart.ts';
import { RecordLink } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import { recordPath } from '../site/paths.ts';
import { useHref } from '../site/render.tsx';

type Figure = ReturnType<typeof figures>[number];

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function Chart({
  id,
  title,
  list,
  note,
}: {
  id: string;
  title: string;
  list: readonly Figure[];
  note?: string;
}) {
  const href = useHref();
  const rows: ChartRow[] = [...list]
    .sort((a, b) => (b.value ?? b.range?.max ?? 0) - (a.value ?? a.range?.max ?? 0))
    .map((figure) => ({
      id: figure.id,
      label: figure.label,
      text: formatFigure(figure),
      ...(figure.range ? { range: figure.range } : { value: figure.value ?? 0 }),
      href: href(recordPath(figure.id)),
    }));
  return (
    <figure class="chart" id={id} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
        {note && <> · {note}</>}
      </figcaption>
      <div class="chart-svg" dangerouslySetInnerHTML={{ __html: figureChart(rows, { label: title }) }} />
    </figure>
  );
}

/** The page of charts per metric. */
export function FigureChartsPage() {
  const href = useHref();
  const all = figures();
  const byMetric = group(all, (figure) => figure.metric);
  const compared = [...byMetric].filter(([, list]) => list.length > 1).sort(([a], [b]) => a.localeCompare(b));
  const single = [...byMetric].filter(([, list]) => list.length === 1).sort(([a], [b]) => a.localeCompare(b));
  const byUnit = [...group(all, (figure) => figure.unit)].filter(
    ([unit, list]) => ['USD', 'percent'].includes(unit) && list.length > 1,
  );
  return (
    <Layout
      title="Figures by metric"
      description="Charts of the report's figures, per metric and per unit"
      wide
      crumbs={[['Home', 'index.html'], ['Catalog', 'catalog/index.html'], ['figures by metric']]}
    >
      <p>
        The report’s figures drawn to compare: one chart per metric that has more than one figure, then every
        dollar amount and every percentage side by side. A bar is a value, a line with end marks a range; each
        mark leads to its figure. The same figures as a table:{' '}
        <a href={href('catalog/figures.html')}>sort and filter them</a>.
      </p>
      <nav aria-label="Charts on this page" class="toc">
        <ul>
          {compared.map(([metric]) => (
            <li key={metric}>
              <a href={`#metric-${metric}`}>{metric}</a>
            </li>
          ))}
          {byUnit.map(([unit]) => (
            <li key={unit}>
              <a href={`#unit-${unit}`}>all {unit === 'USD' ? 'dollar amounts' : 'percentages'}</a>
            </li>
          ))}
          <li>
            <a href="#single">metrics with one figure</a>
          </li>
        </ul>
      </nav>
      <h2>Per metric</h2>
      {compared.flatMap(([metric, list]) =>
        [...group(list, (figure) => figure.unit)].map(([unit, ofUnit], index) => (
          <Chart
            key={`${metric}-${unit}`}
            id={index === 0 ? `metric-${metric}` : `metric-${metric}-${unit}`}
            title={`${metric} (${unit})`}
            list={ofUnit}
            note={`${ofUnit.length} figure${ofUnit.length === 1 ? '' : 's'}`}
          />
        )),
      )}
      <h2>Across metrics</h2>
      {byUnit.map(([unit, list]) => (
        <Chart
          key={unit}
          id={`unit-${unit}`}
          title={unit === 'USD' ? 'Every dollar amount' : 'Every percentage'}
          list={list}
          note="whatever the metric"
        />
      ))}
      <h2 id="single">Metrics with one figure</h2>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">metric</th>
            <th scope="col">figure</th>
            <th scope="col">value</th>
          </tr>
        </thead>
        <tbody>
          {single.map(([metric, [figure]]) =>
            figure ? (
              <tr key={metric}>
                <td>{metric}</td>
                <td>
                  <RecordLink id={figure.id} />
                </td>
                <td>{formatFigure(figure)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </Layout>
  );
}

// The home page: what the site is, and the ways in.
import { list } from '@chipwar/query';
import { Layout } from '../layout/Layout.tsx';
import { meta } from '../site/data.ts';
import { useHref, usePage } from '../site/render.tsx';
import { KindList } from './catalog.tsx';

/** The home page. */
export function HomePage() {
  const href = useHref();
  const { site } = usePage();
  return (
    <Layout
      title="chipwar"
      description="The facts of the CSIS report “China’s New Microchip War” as typed, validated, citable data."
    >
      <p class="lede">
        The facts of Gregory C. Allen’s report <cite>{meta.source.title}</cite> ({meta.source.publisher},{' '}
        {meta.source.date}) as typed, validated, citable data. Every entity, figure, event and quotation is a
        record, and every record cites the paragraph and the words of the report that prove it.
      </p>
      <p class="hint">
        Search any record from the box at the top of every page: by name, by alias, or by words of the report.
      </p>
      <ul class="cards">
        <li>
          <h2>
            <a href={href('catalog/figures.html')}>Figures</a>
          </h2>
          <p>
            {list('figure').length} quantities as a table to sort and filter, and{' '}
            <a href={href('catalog/figures-by-metric.html')}>charts per metric</a>.
          </p>
        </li>
        <li>
          <h2>
            <a href={href('catalog/timeline.html')}>Timeline</a>
          </h2>
          <p>
            {list('event').length} events, uncertain and open dates drawn as what they are; filter and zoom to
            a year.
          </p>
        </li>
        <li>
          <h2>
            <a href={href('source/index.html')}>The report, annotated</a>
          </h2>
          <p>
            {site.report
              ? 'Paragraph by paragraph, every excerpt a record cites highlighted and linked to it.'
              : 'Not built here: the report’s text was not beside the checkout.'}
          </p>
        </li>
        <li>
          <h2>
            <a href={href('api/index.html')}>API</a>
          </h2>
          <p>
            The reference of <code>@chipwar/schema</code>, <code>@chipwar/dataset</code>,{' '}
            <code>@chipwar/query</code>, <code>@chipwar/cli</code> and <code>@chipwar/mcp</code>.
          </p>
        </li>
      </ul>
      <h2>The catalog</h2>
      <KindList />
    </Layout>
  );
}

// The catalog's front page: every kind, with its count and what it holds.
import { Layout } from '../layout/Layout.tsx';
import { collectionOf, countOf, kinds } from '../site/data.ts';
import { kindPath } from '../site/paths.ts';
import { useHref } from '../site/render.tsx';

/** The list of kinds. */
export function KindList() {
  const href = useHref();
  return (
    <ul class="kinds">
      {kinds.map((kind) => (
        <li key={kind}>
          <a href={href(kindPath(kind))}>{collectionOf(kind)}</a> <span class="count">{countOf(kind)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The catalog index page. */
export function CatalogPage() {
  return (
    <Layout title="Catalog" crumbs={[['Home', 'index.html'], ['Catalog']]}>
      <p>
        Every record of the dataset, by kind. Each has a page with its fields, its relations and its
        citations.
      </p>
      <KindList />
    </Layout>
  );
}

// The frame of every page: the header with the search box and the main navigation, the content,
// and the footer with the attribution. Page types fill in the middle.
import type { ComponentChildren } from 'preact';
import { SearchBox } from '../components/SearchBox.tsx';
import { meta } from '../site/data.ts';
import { useHref, usePage, useRoot } from '../site/render.tsx';

/** A browser script of `src/client/`, bundled to `assets/<name>.js`. */
export type ClientScript = 'search' | 'table' | 'timeline' | 'source';

const NAV: readonly [string, string][] = [
  ['Catalog', 'catalog/index.html'],
  ['Figures', 'catalog/figures.html'],
  ['Charts', 'catalog/figures-by-metric.html'],
  ['Timeline', 'catalog/timeline.html'],
  ['The report', 'source/index.html'],
  ['API', 'api/index.html'],
];

/** One step of the trail above the title: a label and, except for the last, where it leads. */
export type Crumb = readonly [label: string, to?: string];

/** The page frame. */
export function Layout(props: {
  title: string;
  /** The `<meta name="description">` text. */
  description?: string;
  /** Page scripts besides search, which every page has. */
  scripts?: readonly ClientScript[];
  crumbs?: readonly Crumb[];
  /** Extra class on `<main>` (a wide layout for tables and charts). */
  wide?: boolean;
  children: ComponentChildren;
}) {
  const href = useHref();
  const root = useRoot();
  const { path } = usePage();
  const scripts: ClientScript[] = ['search', ...(props.scripts ?? [])];
  return (
    <html lang="en" data-root={root}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === 'chipwar' ? 'chipwar' : `${props.title} · chipwar`}</title>
        {props.description && <meta name="description" content={props.description} />}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={href('assets/style.css')} />
        {scripts.map((name) => (
          <script defer src={href(`assets/${name}.js`)} key={name} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href={href('index.html')}>
            chipwar
          </a>
          <SearchBox />
          <nav aria-label="Main">
            <ul>
              {NAV.map(([label, to]) => (
                <li key={to}>
                  <a href={href(to)} aria-current={to === path ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined}>
          {props.crumbs && props.crumbs.length > 0 && (
            <nav aria-label="Breadcrumb" class="crumbs">
              <ol>
                {props.crumbs.map(([label, to]) => (
                  <li key={label}>
                    {to ? <a href={href(to)}>{label}</a> : <span aria-current="page">{label}</span>}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <h1>{props.title}</h1>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            Facts from Gregory C. Allen, “China’s New Microchip War”, Center for Strategic and International
            Studies (CSIS), 2023-05-03, each with the report’s own words as its citation. Dataset{' '}
            {meta.datasetVersion}, schema {meta.schemaVersion}. Code MIT.
          </p>
        </footer>
      </body>
    </html>
  );
}

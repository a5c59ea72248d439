// npm run docs (after typedoc has written site/api): builds the explorer around the API docs.
// Each page type is a component in src/pages/ sharing src/layout/; data is read through the
// public APIs of @chipwar/dataset and @chipwar/query; the annotated report only when the report
// is beside the checkout. Writes only generated output, into site/ (never committed).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { list } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { CatalogPage } from './pages/catalog.tsx';
import { FigureChartsPage } from './pages/figure-charts.tsx';
import { FiguresPage } from './pages/figures.tsx';
import { HomePage } from './pages/home.tsx';
import { KindPage } from './pages/kind.tsx';
import { RecordPage } from './pages/record.tsx';
import { SourceIndexPage, SourceMissingPage, SourceSectionPage } from './pages/source.tsx';
import { TimelinePage } from './pages/timeline.tsx';
import { writeAssets } from './site/assets.ts';
import { kinds, records } from './site/data.ts';
import { citationAnchor, kindPath, recordPath, sourcePath } from './site/paths.ts';
import { renderPage, type SiteInfo } from './site/render.tsx';
import { loadReport } from './site/report.ts';

const outDir = new URL('../../../site/', import.meta.url).pathname;
// Our part of site/ is rebuilt from nothing; site/api belongs to typedoc.
for (const part of ['catalog', 'source', 'assets', 'screenshots', 'index.html'])
  rmSync(join(outDir, part), { recursive: true, force: true });

const report = loadReport();
if (report && report.missing.length > 0) {
  const lines = report.missing.map(
    (excerpt) =>
      `${excerpt.id} cites ${excerpt.section} ¶${excerpt.paragraph}: “${excerpt.excerpt}” is not there`,
  );
  throw new Error(
    `build-site: ${report.missing.length} citation(s) not found in the report:\n${lines.join('\n')}`,
  );
}
const citationTargets = new Map<string, string>();
for (const section of report?.sections ?? [])
  for (const { annotation } of section.paragraphs)
    for (const excerpt of annotation.placed)
      citationTargets.set(
        `${excerpt.id}#${excerpt.citation}`,
        `${sourcePath(section.slug)}#${citationAnchor(excerpt.id, excerpt.citation)}`,
      );
const site: SiteInfo = { report, citationTargets };

let pages = 0;
const write = (path: string, page: preact.ComponentChildren) => {
  renderPage(outDir, path, site, page);
  pages += 1;
};

write('index.html', <HomePage />);
write('catalog/index.html', <CatalogPage />);
for (const kind of kinds) {
  const ofKind = list(kind) as unknown as AnyRecord[];
  // The figures' own list is the sortable table.
  if (kind === 'figure') write(kindPath(kind), <FiguresPage />);
  else write(kindPath(kind), <KindPage kind={kind} records={ofKind} />);
}
for (const record of records) write(recordPath(record.id), <RecordPage record={record} />);
write('catalog/figures-by-metric.html', <FigureChartsPage />);
write('catalog/timeline.html', <TimelinePage />);
if (report) {
  write('source/index.html', <SourceIndexPage report={report} />);
  report.sections.forEach((section, index) => {
    write(
      sourcePath(section.slug),
      <SourceSectionPage
        section={section}
        previous={report.sections[index - 1]}
        next={report.sections[index + 1]}
      />,
    );
  });
} else write('source/index.html', <SourceMissingPage />);

const sizes = await writeAssets(outDir);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `site: ${pages} pages (${records.length} records), ${report ? `the annotated report in ${report.sections.length} sections` : 'no annotated report (the report was not found beside the checkout)'}; assets: ${Object.entries(
    sizes,
  )
    .map(([name, bytes]) => `${name} ${kib(bytes)}`)
    .join(', ')}`,
);

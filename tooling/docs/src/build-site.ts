// Builds the site around the typedoc API docs (site/api): a home page and a data catalog: a page
// per kind listing every record with its fields, relations and citation, a timeline page and a
// figures page, with static SVG charts made here at build time (no client framework).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dataset } from '@chipwar/dataset';
import { cite, formatFigure, relationsOf } from '@chipwar/query';
import { type AnyRecord, type Kind } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';

const site = new URL('../../../site/', import.meta.url).pathname;
const catalog = `${site}catalog/`;
mkdirSync(catalog, { recursive: true });

const records = KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as unknown as AnyRecord[]);
const byId = new Map<string, AnyRecord>(records.map((record) => [record.id, record]));

function escape(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function nameOf(record: AnyRecord): string {
  return ('name' in record ? record.name : record.label) ?? record.id;
}

function link(id: string, from: 'catalog' | 'root' = 'catalog'): string {
  const record = byId.get(id);
  if (!record) return escape(id);
  const page = `${KINDS[record.kind].collection}.html#${encodeURIComponent(id)}`;
  return `<a href="${from === 'root' ? 'catalog/' : ''}${page}" title="${escape(nameOf(record))}">${escape(id)}</a>`;
}

function page(title: string, body: string, depth: 0 | 1): string {
  const up = depth ? '../' : '';
  const nav = [
    `<a href="${up}index.html">chipwar</a>`,
    `<a href="${up}api/index.html">API</a>`,
    ...KIND_NAMES.map((kind) => `<a href="${up}catalog/${KINDS[kind].collection}.html">${KINDS[kind].collection}</a>`),
    `<a href="${up}catalog/timeline.html">timeline</a>`,
    `<a href="${up}catalog/figures-by-metric.html">figures by metric</a>`,
  ].join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escape(title)} · chipwar</title><link rel="stylesheet" href="${up}catalog/style.css"></head>
<body><nav>${nav}</nav><main><h1>${escape(title)}</h1>
${body}
</main><footer>Facts from Gregory C. Allen, “China’s New Microchip War”, CSIS, 2023-05-03; dataset ${escape(dataset.meta.datasetVersion)}.</footer></body></html>
`;
}

function valueHtml(value: unknown): string {
  if (typeof value === 'string') return byId.has(value) ? link(value) : escape(value);
  if (Array.isArray(value)) return value.map(valueHtml).join(', ');
  if (value && typeof value === 'object') {
    if ('edtf' in value) return `<code>${escape((value as { edtf: string }).edtf)}</code>`;
    return Object.entries(value)
      .map(([key, child]) => `${escape(key)}: ${valueHtml(child)}`)
      .join('; ');
  }
  return escape(value);
}

function recordHtml(record: AnyRecord): string {
  const fields = Object.entries(record)
    .filter(([key]) => !['id', 'kind', 'name', 'label', 'sources'].includes(key))
    .map(([key, value]) => `<dt>${escape(key)}</dt><dd>${valueHtml(value)}</dd>`)
    .join('');
  const relations = relationsOf(record.id as never)
    .map((relation) => `<li>${link(relation.subject)} <em>${escape(relation.predicate)}</em> ${link(relation.object)}</li>`)
    .join('');
  const figure = record.kind === 'figure' ? `<p class="figure">${escape(formatFigure(record))}</p>` : '';
  return `<section id="${escape(record.id)}"><h2>${escape(nameOf(record))} <small><code>${escape(record.id)}</code></small></h2>
${figure}<dl>${fields}</dl>
${relations ? `<h3>Relations</h3><ul>${relations}</ul>` : ''}
<h3>Citation</h3><blockquote>${escape(cite(record.id as never))}</blockquote></section>`;
}

// A page per kind.
for (const kind of KIND_NAMES) {
  const list = dataset[KINDS[kind].collection] as unknown as AnyRecord[];
  const index = `<p>${list.length} ${escape(KINDS[kind].collection)}. Every record cites the report; ids link to their records.</p>
<ul class="index">${list.map((record) => `<li><a href="#${encodeURIComponent(record.id)}">${escape(nameOf(record))}</a></li>`).join('')}</ul>`;
  writeFileSync(`${catalog}${KINDS[kind].collection}.html`, page(KINDS[kind].collection, index + list.map(recordHtml).join('\n'), 1));
}

// The timeline: events by year, as a static SVG strip chart, then the list.
// Only events dated to the year or finer: a decade or a century would stretch the axis to a blur.
const events = [...dataset.events]
  .filter((event) => event.date.start && event.date.end && ['day', 'month', 'season', 'year'].includes(event.date.precision))
  .sort((a, b) => ((a.date.start ?? '') < (b.date.start ?? '') ? -1 : 1));
const years = events.map((event) => Number(event.date.start?.slice(0, 4)));
const first = Math.min(...years);
const last = Math.max(...years);
const width = 960;
const x = (year: number) => 40 + ((year - first) / Math.max(1, last - first)) * (width - 80);
const perYear = new Map<number, number>();
const dots = events
  .map((event) => {
    const year = Number(event.date.start?.slice(0, 4));
    const stack = perYear.get(year) ?? 0;
    perYear.set(year, stack + 1);
    return `<a href="events.html#${encodeURIComponent(event.id)}"><circle cx="${x(year).toFixed(1)}" cy="${(250 - stack * 9).toFixed(1)}" r="4" class="${event.status}"><title>${escape(`${event.date.edtf}: ${event.label}`)}</title></circle></a>`;
  })
  .join('');
const ticks = Array.from({ length: Math.floor(last / 5) - Math.ceil(first / 5) + 1 }, (_, index) => (Math.ceil(first / 5) + index) * 5)
  .map((year) => `<g><line x1="${x(year)}" x2="${x(year)}" y1="260" y2="266"/><text x="${x(year)}" y="280" text-anchor="middle">${year}</text></g>`)
  .join('');
const timelineSvg = `<svg viewBox="0 0 ${width} 300" role="img" aria-label="Events of the report by year of their first day">
<line x1="40" x2="${width - 40}" y1="260" y2="260"/>${ticks}${dots}</svg>
<p class="legend"><span class="occurred">●</span> occurred <span class="reported">●</span> reported <span class="planned">●</span> planned <span class="forecast">●</span> forecast. Events with an open start or end, or known only to the decade, are listed below but not plotted.</p>`;
const timelineList = `<table><thead><tr><th>date (EDTF)</th><th>event</th><th>status</th></tr></thead><tbody>${[...dataset.events]
  .sort((a, b) => ((a.date.start ?? '') < (b.date.start ?? '') ? -1 : (a.date.start ?? '') > (b.date.start ?? '') ? 1 : a.id < b.id ? -1 : 1))
  .map((event) => `<tr><td><code>${escape(event.date.edtf)}</code></td><td>${link(event.id)} ${escape(event.label)}</td><td>${escape(event.status)}</td></tr>`)
  .join('')}</tbody></table>`;
writeFileSync(`${catalog}timeline.html`, page('Timeline', timelineSvg + timelineList, 1));

// The figures: the dollar amounts as a bar chart, then every figure grouped by metric.
const dollars = dataset.figures
  .filter((figure) => figure.unit === 'USD' && figure.value !== undefined)
  .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
const max = Math.max(...dollars.map((figure) => figure.value ?? 0));
const bars = dollars
  .map((figure, index) => {
    const w = Math.max(2, ((figure.value ?? 0) / max) * 560);
    return `<g transform="translate(0 ${index * 22})"><a href="#${encodeURIComponent(figure.id)}"><rect x="380" y="2" width="${w.toFixed(1)}" height="16"><title>${escape(figure.label)}</title></rect></a><text x="372" y="14" text-anchor="end">${escape(figure.label.length > 58 ? `${figure.label.slice(0, 57)}…` : figure.label)}</text><text x="${(386 + w).toFixed(1)}" y="14">${escape(formatFigure(figure))}</text></g>`;
  })
  .join('');
const figuresSvg = `<h2>Dollar figures</h2><svg viewBox="0 0 1200 ${dollars.length * 22 + 4}" role="img" aria-label="The report's dollar figures, largest first">${bars}</svg>`;
const metrics = new Map<string, typeof dataset.figures>();
for (const figure of dataset.figures) metrics.set(figure.metric, [...(metrics.get(figure.metric) ?? []), figure]);
const grouped = [...metrics.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(
    ([metric, list]) =>
      `<h2 id="metric-${escape(metric)}">${escape(metric)}</h2><table><thead><tr><th>figure</th><th>value</th><th>unit</th><th>period</th><th>about</th></tr></thead><tbody>${list
        .map((figure) => `<tr id="${escape(figure.id)}"><td>${escape(figure.label)}</td><td>${escape(formatFigure(figure))}</td><td>${escape(figure.unit)}</td><td>${figure.period ? `<code>${escape(figure.period.edtf)}</code>` : ''}</td><td>${figure.subjects.map((id) => link(id)).join(', ')}</td></tr>`)
        .join('')}</tbody></table>`,
  )
  .join('\n');
writeFileSync(`${catalog}figures-by-metric.html`, page('Figures by metric', figuresSvg + grouped, 1));

writeFileSync(
  `${catalog}style.css`,
  `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232a}nav{padding:.6em 1em;background:#f1f3f5;font-size:13px}main{max-width:1100px;margin:auto;padding:1em}
section{border-top:1px solid #dde1e5;padding:.5em 0}dt{font-weight:600;float:left;clear:left;width:9em}dd{margin-left:9.5em}blockquote{margin:.3em 0;color:#495057}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e9ecef;padding:.25em .5em;text-align:left;vertical-align:top}ul.index{columns:3}
svg{width:100%;height:auto}svg line{stroke:#868e96}svg text{font-size:11px;fill:#343a40}svg rect{fill:#4c6ef5}circle.occurred{fill:#4c6ef5}circle.reported{fill:#fab005}
circle.planned{fill:#40c057}circle.forecast{fill:#fa5252}.legend .occurred{color:#4c6ef5}.legend .reported{color:#fab005}.legend .planned{color:#40c057}.legend .forecast{color:#fa5252}footer{padding:1em;color:#868e96;font-size:12px}
`,
);

const counts = KIND_NAMES.map((kind: Kind) => `<li><a href="catalog/${KINDS[kind].collection}.html">${escape(KINDS[kind].collection)}</a>: ${dataset[KINDS[kind].collection].length}</li>`).join('');
writeFileSync(
  `${site}index.html`,
  page(
    'chipwar',
    `<p>The facts of the CSIS report “China’s New Microchip War” (Gregory C. Allen, 2023-05-03) as typed, validated, citable data.</p>
<h2>API</h2><p><a href="api/index.html">The API documentation</a> of <code>@chipwar/schema</code>, <code>@chipwar/dataset</code>, <code>@chipwar/query</code> and <code>@chipwar/cli</code>.</p>
<h2>Data catalog</h2><ul>${counts}</ul><p>Also: <a href="catalog/timeline.html">the timeline</a> and <a href="catalog/figures-by-metric.html">the figures by metric</a>. For example ${link('org:smic', 'root')}.</p>`,
    0,
  ),
);
console.log(`site: ${records.length} records in ${KIND_NAMES.length + 2} catalog pages, API docs in site/api`);

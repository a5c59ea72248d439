// npm run docs:check: the built site, checked as readers meet it, in Debian's Chromium driven by
// playwright-core. On the files: every link and anchor. In the browser, on one page of each type:
// no console error or failed request, no serious or critical axe-core violation, the page weight
// (home and catalog pages must stay under 300 KiB transferred), a screenshot in site/screenshots/.
// Then the user flows of check/flows.ts. Exits 1 on any problem.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { list } from '@chipwar/query';
import { chromium, type Page } from 'playwright-core';
import { isBlocking, runAxe, type Violation } from './check/axe.ts';
import { citationFlow, figuresFlow, searchFlow, searchFromFileFlow, timelineFlow } from './check/flows.ts';
import { checkLinks } from './check/links.ts';
import { serve } from './check/server.ts';
import { kinds } from './site/data.ts';
import { recordPath } from './site/paths.ts';

const site = new URL('../../../site/', import.meta.url).pathname;
const screenshots = join(site, 'screenshots');
const BUDGET = 300 * 1024;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `docs:check: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}
if (!existsSync(join(site, 'index.html'))) {
  console.error('docs:check: site/index.html is missing; run npm run docs first');
  process.exit(1);
}
mkdirSync(screenshots, { recursive: true });
const reportBuilt = existsSync(join(site, 'source/section-1.html'));

/**
 * One page per page type; `budget` pages fail the check above 300 KiB. The API pages are typedoc's
 * own theme: their axe results are printed, not held against the explorer.
 */
const PAGE_TYPES: { type: string; path: string; budget: boolean; theirs?: boolean }[] = [
  { type: 'home', path: '/index.html', budget: true },
  { type: 'catalog', path: '/catalog/index.html', budget: true },
  { type: 'kind-list', path: '/catalog/organizations.html', budget: true },
  // A record page of every kind: each kind shows different parts (China, the first country, has the largest network).
  ...kinds.map((kind) => ({
    type: `record-${kind}`,
    path: `/${recordPath(list(kind)[0]?.id ?? '')}`,
    budget: true,
  })),
  { type: 'figures-table', path: '/catalog/figures.html', budget: true },
  { type: 'figure-charts', path: '/catalog/figures-by-metric.html', budget: true },
  { type: 'timeline', path: '/catalog/timeline.html', budget: true },
  { type: 'source-index', path: '/source/index.html', budget: false },
  ...(reportBuilt ? [{ type: 'source-section', path: '/source/section-1.html', budget: false }] : []),
  { type: 'api', path: '/api/modules/_chipwar_query.html', budget: false, theirs: true },
];

const problems: string[] = [];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const links = checkLinks(site);
problems.push(...links.problems);
console.log(
  `links: ${links.links} links and anchors on ${links.pages} pages, ${links.problems.length} broken`,
);

const { origin, close } = await serve(site);
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Records console errors, uncaught errors and failed requests of a page as problems. */
function watch(page: Page, label: () => string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label()}: page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`${label()}: request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${label()}: ${response.url()} answered HTTP ${response.status()}`);
  });
}

function reportAxe(label: string, violations: Violation[], theirs = false): string {
  for (const violation of theirs ? [] : violations.filter(isBlocking)) {
    problems.push(
      `${label}: axe ${violation.impact} ${violation.id} (${violation.help}) on ${violation.nodes} element(s): ${violation.targets.join(', ')}`,
    );
  }
  const counts = new Map<string, number>();
  for (const violation of violations) counts.set(violation.impact, (counts.get(violation.impact) ?? 0) + 1);
  const text =
    counts.size === 0
      ? 'axe: no violations'
      : `axe: ${[...counts].map(([impact, count]) => `${count} ${impact}`).join(', ')}`;
  return theirs && counts.size > 0
    ? `${text} (typedoc's theme: ${violations.map((violation) => violation.id).join(', ')}; reported only)`
    : text;
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  console.log('pages (one of each type):');
  for (const { type, path, budget, theirs } of PAGE_TYPES) {
    const page = await context.newPage();
    watch(page, () => path);
    let transferred = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
    if (!(await page.title())) problems.push(`${path}: no title`);
    const axe = reportAxe(path, await runAxe(page), theirs);
    await page.screenshot({ path: join(screenshots, `${type}.png`) });
    if (budget && transferred > BUDGET)
      problems.push(`${path}: ${kib(transferred)} transferred, over the ${kib(BUDGET)} budget`);
    console.log(
      `  ${type.padEnd(20)} ${path.padEnd(48)} ${kib(transferred).padStart(10)}${budget ? ` (budget ${kib(BUDGET)})` : ''}  ${axe}`,
    );
    await page.close();
  }

  // Interactive states get their own accessibility check and screenshot.
  const page = await context.newPage();
  let step = 'flows';
  watch(page, () => step);
  console.log('flows:');
  const flows: [string, () => Promise<string>][] = [
    ['search', () => searchFlow(page, origin)],
    ['search from file://', () => searchFromFileFlow(page, site)],
    ['figures table', () => figuresFlow(page, origin)],
    ['citation and back', () => citationFlow(page, origin, reportBuilt)],
    ['timeline', () => timelineFlow(page, origin, join(screenshots, 'timeline-2018.png'))],
  ];
  for (const [name, flow] of flows) {
    step = `flow "${name}"`;
    try {
      console.log(`  ${name}: ${await flow()}`);
    } catch (error) {
      problems.push(`${step}: ${error instanceof Error ? error.message : String(error)}`);
      console.log(`  ${name}: FAILED`);
    }
  }
  step = 'search results open';
  await page.goto(`${origin}/catalog/timeline.html`);
  await page.locator('#site-search').click();
  await page.locator('#site-search').pressSequentially('export controls', { delay: 10 });
  await page.locator('#site-search-results [role="option"]').first().waitFor({ state: 'visible' });
  await page.locator('#site-search').press('ArrowDown');
  console.log(`  ${step}: ${reportAxe(step, await runAxe(page))}`);
  await page.screenshot({ path: join(screenshots, 'search.png') });
} finally {
  await browser.close();
  close();
}

for (const problem of problems) console.error(`problem: ${problem}`);
console.log(`docs:check: ${problems.length} problem(s); screenshots in site/screenshots/`);
process.exit(problems.length ? 1 : 0);

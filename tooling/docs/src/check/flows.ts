// The user flows of npm run docs:check, each driven in Chromium as a reader would: any step that
// does not behave throws, and the check fails.
import { figures, formatFigure, timeline } from '@chipwar/query';
import type { Page } from 'playwright-core';
import { recordPath } from '../site/paths.ts';

/** A flow's step that did not behave. */
class FlowError extends Error {
  override name = 'FlowError';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new FlowError(message);
}

/** Search "lithography" on the home page; move with the arrow keys, close with Escape, open with Enter. */
export async function searchFlow(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/index.html`);
  const input = page.locator('#site-search');
  await input.click();
  await input.pressSequentially('lithography', { delay: 20 });
  const options = page.locator('#site-search-results [role="option"]');
  await options.first().waitFor({ state: 'visible', timeout: 10_000 });
  expect(
    (await input.getAttribute('aria-expanded')) === 'true',
    'search: the combobox is not marked expanded with results showing',
  );
  const groups = await page.locator('#site-search-results [role="group"]').count();
  expect(groups >= 1, 'search: results are not grouped by kind');
  const first = (await options.first().textContent()) ?? '';
  expect(/lithograph/i.test(first), `search: the first result for "lithography" is "${first}"`);
  await input.press('ArrowDown');
  const firstId = await options.first().getAttribute('id');
  expect(
    (await input.getAttribute('aria-activedescendant')) === firstId,
    'search: ArrowDown does not make the first option active',
  );
  expect(
    (await options.first().getAttribute('aria-selected')) === 'true',
    'search: the active option is not aria-selected',
  );
  await input.press('Escape');
  expect(await page.locator('#site-search-results').isHidden(), 'search: Escape does not close the results');
  expect((await input.getAttribute('aria-expanded')) === 'false', 'search: Escape leaves aria-expanded true');
  await input.press('ArrowDown');
  await options.first().waitFor({ state: 'visible' });
  await Promise.all([
    page.waitForURL(/\/catalog\/[a-z]+\/[^/]+\.html$/, { timeout: 10_000 }),
    input.press('Enter'),
  ]);
  const title = (await page.locator('h1').textContent()) ?? '';
  expect(/lithograph/i.test(title), `search: Enter opened "${title}", not a lithography record`);
  return `"lithography" → ${groups} group(s), Enter opened “${title}”`;
}

/** Search works where no server is: the home page opened from file://, found by an alias. */
export async function searchFromFileFlow(page: Page, site: string): Promise<string> {
  await page.goto(`file://${site}index.html`);
  const input = page.locator('#site-search');
  await input.click();
  await input.pressSequentially('Big Fund', { delay: 20 });
  const option = page.locator('#site-search-results [role="option"]').first();
  await option.waitFor({ state: 'visible', timeout: 10_000 });
  const text = (await option.textContent()) ?? '';
  expect(/fund/i.test(text), `search from file://: the first result for "Big Fund" is "${text}"`);
  return `from file://, "Big Fund" → “${text}”`;
}

async function valueColumn(page: Page): Promise<number[]> {
  // What the reader sees: rendered rows, not rows merely marked hidden.
  return page.$$eval('#figures-table tbody tr', (rows) =>
    rows
      .filter((row) => row.checkVisibility())
      .map((row) => Number((row.querySelector('td:nth-child(2)') as HTMLElement).dataset.sort)),
  );
}

/** Sort the figures table by value, both ways; filter it by metric; every value as formatFigure writes it. */
export async function figuresFlow(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/catalog/figures.html`);
  const all = figures();
  const cells = await page.$$eval('#figures-table tbody tr', (rows) =>
    rows.map((row) => [row.id, row.querySelector('td:nth-child(2)')?.textContent ?? '']),
  );
  const shown = new Map(cells as [string, string][]);
  for (const figure of all) {
    expect(
      shown.get(figure.id) === formatFigure(figure),
      `figures: ${figure.id} shows "${shown.get(figure.id)}", not "${formatFigure(figure)}"`,
    );
  }
  const header = page.locator('#figures-table th[data-key="value"]');
  await header.locator('button').click();
  expect(
    (await header.getAttribute('aria-sort')) === 'ascending',
    'figures: the value column is not aria-sort=ascending after one click',
  );
  const up = await valueColumn(page);
  expect(
    up.length === all.length && up.every((value, index) => index === 0 || (up[index - 1] as number) <= value),
    'figures: sorted by value, the rows are not in ascending order',
  );
  await header.locator('button').click();
  expect(
    (await header.getAttribute('aria-sort')) === 'descending',
    'figures: a second click does not sort descending',
  );
  const down = await valueColumn(page);
  expect(
    down.every((value, index) => index === 0 || (down[index - 1] as number) >= value),
    'figures: the rows are not in descending order',
  );
  await page.selectOption('select[data-filter="metric"]', 'fund-size');
  const expected = figures({ metric: 'fund-size' }).length;
  const visible = await page.$$eval(
    '#figures-table tbody tr',
    (rows) => rows.filter((row) => row.checkVisibility()).length,
  );
  expect(
    visible === expected,
    `figures: filtered to fund-size, ${visible} rows show; the data has ${expected}`,
  );
  return `${all.length} formatted values; sorted by value both ways; filtered to fund-size: ${visible} rows`;
}

/** Follow a record's citation to its highlighted paragraph, and back from the marker to the record. */
export async function citationFlow(page: Page, origin: string, reportBuilt: boolean): Promise<string> {
  const id = 'figure:zte-fine-2017';
  const record = `${origin}/${recordPath(id)}`;
  await page.goto(record);
  const title = await page.locator('h1').textContent();
  if (!reportBuilt) {
    const notice = await page.locator('#citations').textContent();
    expect(
      /annotated report was not built/.test(notice ?? ''),
      'citation: without the report, the record page does not say the annotated report was not built',
    );
    await page.goto(`${origin}/source/index.html`);
    expect(
      /not part of this build/.test((await page.locator('main').textContent()) ?? ''),
      'citation: source/index.html does not say plainly that the report is missing',
    );
    return 'the report is not beside the checkout: checked that the site says so (the citation round trip needs the report)';
  }
  const excerpt = (await page.locator('#citations blockquote').first().textContent()) ?? '';
  await Promise.all([
    page.waitForURL(/\/source\/[a-z0-9-]+\.html#cite-/),
    page.locator('a.to-source').first().click(),
  ]);
  const paragraphs = await page.locator('.para:has(:target)').count();
  expect(paragraphs === 1, `citation: ${paragraphs} paragraphs are highlighted as the target`);
  const highlighted = (await page.locator('.para:has(:target) mark.current').allTextContents()).join('');
  expect(
    highlighted === excerpt,
    `citation: the highlighted words are "${highlighted}", the excerpt is "${excerpt}"`,
  );
  const where = new URL(page.url());
  await Promise.all([
    page.waitForURL((url) => url.pathname === new URL(record).pathname),
    page.locator('a.marker:target').click(),
  ]);
  expect(
    (await page.locator('h1').textContent()) === title,
    'citation: the marker does not lead back to the record',
  );
  return `${id} → ${where.pathname}${where.hash} (excerpt highlighted) → back`;
}

async function visibleRanges(page: Page) {
  return page.$$eval('.tl-row', (rows) =>
    rows.map((row) => ({
      // What the reader sees: a rendered row, not a row merely marked hidden.
      hidden: !row.checkVisibility(),
      start: Number((row as HTMLElement).dataset.start),
      end: Number((row as HTMLElement).dataset.end),
      width: (row.querySelector('[data-bar]') as HTMLElement | null)?.getBoundingClientRect().width ?? 0,
      faded:
        (row.querySelector('[data-bar]') as HTMLElement | null)?.matches('.fade-start, .fade-end') ?? false,
      participants: (row as HTMLElement).dataset.participants ?? '',
    })),
  );
}

/** Every event drawn; zoom to 2018; filter by a participant. */
export async function timelineFlow(page: Page, origin: string, screenshot: string): Promise<string> {
  await page.goto(`${origin}/catalog/timeline.html`);
  const events = timeline().length;
  const before = await visibleRanges(page);
  expect(before.length === events, `timeline: ${before.length} rows for ${events} events`);
  const undrawn = before.filter((row) => row.hidden || row.width <= 0).length;
  expect(undrawn === 0, `timeline: ${undrawn} events are not drawn in the full view`);
  await page.selectOption('select[data-zoom]', '2018-2019');
  const zoomed = await visibleRanges(page);
  const shown = zoomed.filter((row) => !row.hidden);
  const inYear = zoomed.filter((row) => row.start < 2019 && row.end > 2018);
  expect(
    shown.length > 0 && shown.length === inYear.length,
    `timeline: zoomed to 2018, ${shown.length} rows show; ${inYear.length} events reach into 2018`,
  );
  expect(
    shown.every((row) => row.start < 2019 && row.end > 2018 && row.width > 0),
    'timeline: zoomed to 2018, a row outside 2018 shows, or a bar is not drawn',
  );
  expect(
    shown.some((row) => row.faded),
    'timeline: zoomed to 2018, no open or vague date shows',
  );
  const ticks = await page.locator('[data-axis] .tl-tick').allTextContents();
  expect(ticks.includes('Jun'), `timeline: zoomed to 2018, the axis reads ${ticks.join(' ')}`);
  await page.screenshot({ path: screenshot });
  await page.selectOption('select[data-zoom]', 'all');
  await page.selectOption('select[data-participant]', 'org:zte');
  const zte = (await visibleRanges(page)).filter((row) => !row.hidden);
  const expected = timeline().filter((entry) =>
    (entry.record as unknown as { participants: string[] }).participants.includes('org:zte'),
  ).length;
  expect(
    zte.length === expected && zte.every((row) => row.participants.split(' ').includes('org:zte')),
    `timeline: filtered to ZTE, ${zte.length} rows show; ZTE takes part in ${expected} events`,
  );
  return `${events} events drawn; 2018: ${shown.length} events (${shown.filter((row) => row.faded).length} with open or vague dates); ZTE: ${zte.length}`;
}

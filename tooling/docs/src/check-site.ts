// npm run docs:check: serves site/ on localhost and opens it in headless Chromium (Debian's
// chromium, driven by playwright-core): the home page, an API package page, a catalog page and the
// timeline must render with no console errors and no broken internal links. Writes a screenshot of
// the timeline to site/timeline.png.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const site = new URL('../../../site/', import.meta.url).pathname;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`docs:check: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2' };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems: string[] = [];
const pages = ['/index.html', '/api/modules/_chipwar_query.html', '/catalog/organizations.html', '/catalog/timeline.html'];
const checkedLinks = new Set<string>();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const path of pages) {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${path}: ${response.url().replace(origin, '')} answered HTTP ${response.status()}`);
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
    const title = await page.title();
    if (!title) problems.push(`${path}: no title`);
    // getAttribute, not .href: links inside SVG charts have no string href property.
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    for (const href of links) {
      const url = new URL(href, page.url());
      if (url.origin !== origin) continue;
      const target = `${url.pathname}`;
      if (!checkedLinks.has(target)) {
        checkedLinks.add(target);
        const status = (await fetch(`${origin}${target}`)).status;
        if (status !== 200) problems.push(`${path}: broken link ${target} (HTTP ${status})`);
      }
      if (url.hash && target === new URL(`${origin}${path}`).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        if ((await page.locator(`[id="${id.replace(/"/g, '\\"')}"]`).count()) === 0 && !id.startsWith('metric-')) {
          problems.push(`${path}: broken anchor #${id}`);
        }
      }
    }
    if (path === '/catalog/timeline.html') {
      const dots = await page.locator('svg circle').count();
      if (dots < 10) problems.push(`${path}: the timeline chart shows only ${dots} events`);
      await page.screenshot({ path: join(site, 'timeline.png'), fullPage: false });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.error(problem);
console.log(`docs:check: ${pages.length} pages, ${checkedLinks.size} internal links checked in Chromium; ${problems.length} problem(s); screenshot: site/timeline.png`);
process.exit(problems.length ? 1 : 0);

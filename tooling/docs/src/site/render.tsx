// Renders a page component to a static HTML file. Components learn which page they stand on
// through a context, so every link they make is relative to it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { relativeHref, rootOf } from './paths.ts';
import type { Report } from './report.ts';

/** What every page of one build shares. */
export interface SiteInfo {
  /** The annotated report, when the report was beside the checkout. */
  readonly report: Report | undefined;
  /** Where each citation's excerpt stands in the annotated report: `id#index` → page path with its anchor. */
  readonly citationTargets: ReadonlyMap<string, string>;
}

/** The page being rendered. */
export interface PageInfo {
  /** Its path from the site root: `catalog/organizations/smic.html`. */
  readonly path: string;
  readonly site: SiteInfo;
}

const PageContext = createContext<PageInfo | undefined>(undefined);

/** The page being rendered (inside `renderPage` only). */
export function usePage(): PageInfo {
  const page = useContext(PageContext);
  if (!page) throw new Error('usePage: a component was rendered outside renderPage');
  return page;
}

/** A function that turns a path from the site root into a link from the current page. */
export function useHref(): (to: string) => string {
  const { path } = usePage();
  return (to) => relativeHref(path, to);
}

/** The way from the current page back to the site root (`'../../'`). */
export function useRoot(): string {
  return rootOf(usePage().path);
}

/**
 * Renders a page and writes it to `<outDir>/<path>`; returns the HTML.
 *
 * ```ts
 * renderPage(site, 'index.html', info, <Home />);
 * ```
 */
export function renderPage(outDir: string, path: string, site: SiteInfo, page: ComponentChildren): string {
  const html = `<!doctype html>\n${renderToString(<PageContext.Provider value={{ path, site }}>{page}</PageContext.Provider>)}\n`;
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  return html;
}

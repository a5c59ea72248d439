// Every link and every anchor of the explorer's pages, checked on the files: 600-odd pages are
// read in well under a second this way, where a browser would take minutes. typedoc's own pages
// (site/api) are link targets only; typedoc checks its links itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function htmlFiles(dir: string, skip: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === skip) return [];
    if (statSync(path).isDirectory()) return htmlFiles(path, skip);
    return name.endsWith('.html') ? [path] : [];
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Checks every `href` and `src` of every page under `site` but `site/api`; returns the problems and counts. */
export function checkLinks(site: string): { problems: string[]; pages: number; links: number } {
  const files = htmlFiles(site, join(site, 'api'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(
        [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) =>
          decodeEntities(match[1] ?? ''),
        ),
      );
      ids.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  let links = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = relative(site, file);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decodeEntities(match[1] ?? '');
      if (/^(?:[a-z]+:)/i.test(href)) {
        if (!/^(?:data|mailto):/i.test(href)) problems.push(`${page}: a link leaves the site: ${href}`);
        continue;
      }
      links += 1;
      const [pathAndQuery = '', fragment] = href.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      const target = path === '' ? file : resolve(dirname(file), path);
      if (!target.startsWith(site) || !existsSync(target) || !statSync(target).isFile()) {
        problems.push(`${page}: broken link ${href}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !target.startsWith(join(site, 'api'))) {
        if (!idsOf(target).has(decodeURIComponent(fragment))) problems.push(`${page}: broken anchor ${href}`);
      }
    }
  }
  return { problems, pages: files.length, links };
}

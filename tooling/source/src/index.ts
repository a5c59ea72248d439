import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One numbered block of text of the source. */
export interface Paragraph {
  /** The section slug: `lede`, `introduction`, `section-1` … `section-4`, `conclusion`, `about-the-author`. */
  section: string;
  /** The paragraph's number within its section, from 1. */
  paragraph: number;
  /** The heading of the subsection (`####`) it stands under, if any. */
  subsection?: string;
  /** The text, with markdown markers (`> `, `__`, a wrapping `_`) removed. */
  text: string;
  /** Its 1-based line number in the source file. */
  line: number;
  /** Whether it is a block quotation (`> ` lines). */
  blockQuote: boolean;
}

/** One section of the source's outline, as citations count it. */
export interface OutlineSection {
  /** The section slug citations use. */
  section: string;
  /** The `###` heading as printed; absent for the lede and the author's note, which have none. */
  title?: string;
  /** How many numbered blocks the section has. */
  paragraphs: number;
  /** The `####` subsections, with the first and last paragraph under each. */
  subsections?: { title: string; from: number; to: number }[];
}

/** The source, parsed. */
export interface ParsedSource {
  /** The front matter fields (`title`, `author`, `date`, …). */
  frontMatter: Record<string, string>;
  /** Every numbered block, in order. */
  paragraphs: Paragraph[];
  /** Every section with its heading, paragraph count and subsections, in order. */
  outline: OutlineSection[];
}

/** The outline of parsed paragraphs: sections in order, with headings and subsection ranges. */
function outlineOf(paragraphs: Paragraph[], titles: Map<string, string>): OutlineSection[] {
  const outline: OutlineSection[] = [];
  for (const paragraph of paragraphs) {
    let section = outline.at(-1);
    if (section?.section !== paragraph.section) {
      const title = titles.get(paragraph.section);
      section = { section: paragraph.section, ...(title ? { title } : {}), paragraphs: 0 };
      outline.push(section);
    }
    section.paragraphs = paragraph.paragraph;
    if (paragraph.subsection) {
      section.subsections ??= [];
      const last = section.subsections.at(-1);
      if (last?.title === paragraph.subsection) last.to = paragraph.paragraph;
      else
        section.subsections.push({
          title: paragraph.subsection,
          from: paragraph.paragraph,
          to: paragraph.paragraph,
        });
    }
  }
  return outline;
}

/** The section slug of a `###` heading: "Section 2: …" is `section-2`, "Conclusion" is `conclusion`. */
export function sectionSlug(heading: string): string {
  const numbered = /^Section (\d+)\b/i.exec(heading);
  if (numbered) return `section-${numbered[1]}`;
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function clean(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/^>\s?/, ''))
    .join('\n')
    .replace(/__/g, '')
    .replace(/^_(.*)_$/s, '$1')
    .trim();
}

/**
 * Splits the report's markdown into sections and paragraphs. Paragraphs are counted within each
 * `###` section over every block of text (paragraph, list item, block quotation); headings,
 * images, rules and the `<excerpt/>` marker are not counted. Text before the first heading is the
 * `lede`; text after the closing `---` rule is `about-the-author`.
 */
export function parseSource(markdown: string): ParsedSource {
  const text = markdown.replace(/\r\n/g, '\n');
  const frontMatter: Record<string, string> = {};
  let body = text;
  let lineOffset = 0;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const match = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (match?.[1]) frontMatter[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1').trim();
    }
    body = text.slice(fm[0].length);
    lineOffset = fm[0].split('\n').length - 1;
  }

  const paragraphs: Paragraph[] = [];
  const titles = new Map<string, string>();
  let section = 'lede';
  let subsection: string | undefined;
  let count = 0;
  const lines = body.split('\n');
  let block: string[] = [];
  let blockLine = 0;
  const flush = () => {
    const raw = block.join('\n').trim();
    block = [];
    if (!raw) return;
    if (raw === '<excerpt/>' || /^!\[.*\]\(.*\)$/.test(raw)) return;
    if (raw === '---') {
      section = 'about-the-author';
      subsection = undefined;
      count = 0;
      return;
    }
    const heading = /^(#{2,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      const title = (heading[2] ?? '').trim();
      if (level <= 3) {
        section = sectionSlug(title);
        titles.set(section, title);
        subsection = undefined;
        count = 0;
      } else {
        subsection = title;
      }
      return;
    }
    const cleaned = clean(raw.replace(/^-\s+/, ''));
    if (!cleaned) return;
    count += 1;
    const paragraph: Paragraph = {
      section,
      paragraph: count,
      text: cleaned,
      line: blockLine + lineOffset + 1,
      blockQuote: raw.startsWith('>'),
    };
    if (subsection) paragraph.subsection = subsection;
    paragraphs.push(paragraph);
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') flush();
    else {
      if (block.length === 0) blockLine = index;
      block.push(line);
    }
  });
  flush();
  return { frontMatter, paragraphs, outline: outlineOf(paragraphs, titles) };
}

/**
 * Every paragraph that contains `excerpt` verbatim.
 *
 * ```ts
 * locate(source, 'paid a $1.2 billion fine'); // [{ section: 'section-1', paragraph: 6, … }]
 * ```
 */
export function locate(source: ParsedSource, excerpt: string): Paragraph[] {
  return source.paragraphs.filter((paragraph) => paragraph.text.includes(excerpt));
}

/** The report's file name inside `shared/sources/`. */
export const SOURCE_FILE = 'china-new-microchip-war.md';

/** The sha256 of the report text the dataset is checked against. */
export const SOURCE_SHA256 = '1c90bb2dbb81eb18bdd1a24d039a07b15da4fe70b8af1817df346b69dabfd6ba';

/**
 * Finds the report: `--source <path>` or `CHIPWAR_SOURCE` if given, else `../shared/sources/`
 * beside the checkout (where CI puts it). Returns `undefined` when it is not there.
 */
export function findSourcePath(explicit?: string): string | undefined {
  const candidate = explicit ?? process.env.CHIPWAR_SOURCE;
  if (candidate) return resolve(candidate);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const beside = join(repoRoot, '..', 'shared', 'sources', SOURCE_FILE);
  return existsSync(beside) ? beside : undefined;
}

/** Reads and parses the report at `path`. */
export function loadSource(path: string): ParsedSource & { text: string } {
  const text = readFileSync(path, 'utf8');
  return { ...parseSource(text), text };
}

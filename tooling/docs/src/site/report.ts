// The annotated report: the report's text read by tooling/source into sections and the numbered
// paragraphs that citations count, each paragraph annotated with the excerpts records cite from it,
// and the source coverage (every number and quotation, covered or waived) per section. Only when
// the report is beside the checkout: its text is never part of the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dataset } from '@chipwar/dataset';
import { headingsOf } from '@chipwar/query';
import type { Dataset } from '@chipwar/schema';
import { findSourcePath, loadSource, type Paragraph, sectionSlug } from '@chipwar/source';
import { parse } from 'yaml';
// The coverage rules have one home, the dataset's own coverage report; the site reads them from
// there instead of keeping a second copy that could drift.
import {
  type CoverageItem,
  sourceCoverage,
  type Waiver,
} from '../../../../packages/dataset/scripts/coverage.ts';
import { type Annotation, annotate, type Excerpt } from '../lib/annotate.ts';
import { records } from './data.ts';

/** How many of a section's items (numbers or quotations) records cover, and how many are waived. */
export interface Tally {
  total: number;
  covered: number;
  waived: number;
}

/** One paragraph, annotated. */
export interface AnnotatedParagraph {
  readonly paragraph: Paragraph;
  readonly annotation: Annotation;
}

/** One section of the report. */
export interface ReportSection {
  readonly slug: string;
  /** The heading as the report prints it ("Section 1: The Turning Point …"). */
  readonly title: string;
  readonly paragraphs: readonly AnnotatedParagraph[];
  readonly numbers: Tally;
  readonly quotations: Tally;
}

/** The report, annotated. */
export interface Report {
  readonly title: string;
  readonly author: string;
  readonly date: string;
  readonly sections: readonly ReportSection[];
  /** Citations whose excerpt is not found verbatim in the paragraph they name. */
  readonly missing: readonly (Excerpt & { section: string; paragraph: number })[];
}

function tally(items: readonly CoverageItem[]): Tally {
  return {
    total: items.length,
    covered: items.filter((item) => item.coveredBy.length > 0).length,
    waived: items.filter((item) => item.coveredBy.length === 0 && item.waived).length,
  };
}

/** Reads and annotates the report; `undefined` when it is not beside the checkout. */
export function loadReport(): Report | undefined {
  const path = findSourcePath();
  if (!path) return undefined;
  if (!existsSync(path)) {
    console.warn(`site: no report at ${path} (CHIPWAR_SOURCE); the annotated report is left out`);
    return undefined;
  }
  const source = loadSource(path);

  const excerpts = new Map<string, Excerpt[]>();
  for (const record of records) {
    record.sources.forEach((citation, index) => {
      const key = `${citation.section}#${citation.paragraph}`;
      excerpts.set(key, [
        ...(excerpts.get(key) ?? []),
        { id: record.id, citation: index, excerpt: citation.excerpt },
      ]);
    });
  }

  const waiverFile = new URL('../../../../packages/dataset/coverage-waivers.yaml', import.meta.url);
  const waivers = (parse(readFileSync(waiverFile, 'utf8')) ?? []) as Waiver[];
  const { items } = sourceCoverage(dataset as unknown as Dataset, source, waivers);

  const headings = new Map<string, string>();
  for (const match of source.text.matchAll(/^###\s+(.+)$/gm))
    headings.set(sectionSlug(match[1] ?? ''), (match[1] ?? '').trim());

  const slugs = [...new Set(source.paragraphs.map((paragraph) => paragraph.section))];
  const missing: Report['missing'][number][] = [];
  const sections = slugs.map((slug): ReportSection => {
    const paragraphs = source.paragraphs
      .filter((paragraph) => paragraph.section === slug)
      .map((paragraph) => {
        const annotation = annotate(paragraph.text, excerpts.get(`${slug}#${paragraph.paragraph}`) ?? []);
        for (const excerpt of annotation.missing)
          missing.push({ ...excerpt, section: slug, paragraph: paragraph.paragraph });
        return { paragraph, annotation };
      });
    const own = items.filter((item) => item.section === slug);
    return {
      slug,
      title:
        headings.get(slug) ??
        headingsOf({ document: dataset.meta.source.document, section: slug, paragraph: 1 }).section,
      paragraphs,
      numbers: tally(own.filter((item) => item.type === 'number')),
      quotations: tally(own.filter((item) => item.type === 'quotation')),
    };
  });
  // Citations of paragraphs that the report does not have are missing too.
  const known = new Set(source.paragraphs.map((paragraph) => `${paragraph.section}#${paragraph.paragraph}`));
  for (const [key, list] of excerpts) {
    if (known.has(key)) continue;
    const [section = '', paragraph = '0'] = key.split('#');
    for (const excerpt of list) missing.push({ ...excerpt, section, paragraph: Number(paragraph) });
  }
  return {
    title: source.frontMatter.title ?? 'the report',
    author: source.frontMatter.author ?? '',
    date: (source.frontMatter.date ?? '').slice(0, 10),
    sections,
    missing,
  };
}

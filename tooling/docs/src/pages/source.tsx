// The report, annotated: its text paragraph by paragraph as citations count them, each excerpt a
// record cites highlighted, with a numbered marker linking to the record, and a margin listing the
// records of each paragraph. When the report is not beside the checkout, one page says so.
import type { AnyRecord } from '@chipwar/schema';
import { KindBadge } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import { nameOf, recordOf } from '../site/data.ts';
import { citationAnchor, recordPath, sourcePath } from '../site/paths.ts';
import { useHref } from '../site/render.tsx';
import type { AnnotatedParagraph, Report, ReportSection, Tally } from '../site/report.ts';

const crumbs = (last?: string) =>
  [
    ['Home', 'index.html'],
    ['The report', last ? 'source/index.html' : undefined],
    ...(last ? [[last]] : []),
  ] as [string, string?][];

function TallyText({ tally, noun }: { tally: Tally; noun: string }) {
  const uncovered = tally.total - tally.covered - tally.waived;
  return (
    <>
      {tally.covered} of {tally.total} {noun} covered
      {tally.waived > 0 && <>, {tally.waived} waived</>}
      {uncovered > 0 && <>, {uncovered} uncovered</>}
    </>
  );
}

/** The page that says the annotated report was not built. */
export function SourceMissingPage() {
  return (
    <Layout title="The report, annotated" crumbs={crumbs()}>
      <p class="notice" role="note">
        The annotated report is not part of this build: the report’s text was not found beside the checkout
        (it is read from <code>../shared/sources/china-new-microchip-war.md</code>, or from the path in{' '}
        <code>CHIPWAR_SOURCE</code>). The report is not in the repository; records quote only short excerpts
        of it, and every record page still shows its citations.
      </p>
    </Layout>
  );
}

/** The contents of the annotated report, with each section's coverage. */
export function SourceIndexPage({ report }: { report: Report }) {
  const href = useHref();
  const cited = (section: ReportSection) =>
    section.paragraphs.reduce((sum, paragraph) => sum + paragraph.annotation.placed.length, 0);
  return (
    <Layout
      title="The report, annotated"
      description="The report's text with every cited excerpt linked to its record"
      crumbs={crumbs()}
    >
      <p>
        {report.author}, <cite>{report.title}</cite>, {report.date}. Its text paragraph by paragraph, numbered
        as the citations count them; every excerpt a record cites is highlighted and followed by a numbered
        link to the record, and the margin lists the records of each paragraph. Coverage counts the report’s
        numbers and quotations that some record’s excerpt covers (the rest are waived with a reason, or
        uncovered).
      </p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">section</th>
            <th scope="col">paragraphs</th>
            <th scope="col">excerpts cited</th>
            <th scope="col">numbers</th>
            <th scope="col">quotations</th>
          </tr>
        </thead>
        <tbody>
          {report.sections.map((section) => (
            <tr key={section.slug}>
              <td>
                <a href={href(sourcePath(section.slug))}>{section.title}</a>
              </td>
              <td class="num">{section.paragraphs.length}</td>
              <td class="num">{cited(section)}</td>
              <td>
                <TallyText tally={section.numbers} noun="numbers" />
              </td>
              <td>
                <TallyText tally={section.quotations} noun="quotations" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function ParagraphView({ item }: { item: AnnotatedParagraph }) {
  const href = useHref();
  const { paragraph, annotation } = item;
  const byNumber = new Map(annotation.placed.map((excerpt) => [excerpt.n, excerpt]));
  const recordAt = (id: string) => recordOf(id) as AnyRecord;
  const Text = paragraph.blockQuote ? 'blockquote' : 'p';
  return (
    <div class="para" id={`p${paragraph.paragraph}`}>
      <a class="pnum" href={`#p${paragraph.paragraph}`} aria-label={`Paragraph ${paragraph.paragraph}`}>
        ¶{paragraph.paragraph}
      </a>
      <Text class="para-text">
        {annotation.pieces.map((piece, index) => {
          if (piece.type === 'text')
            return piece.excerpts.length === 0 ? (
              piece.text
            ) : (
              <mark
                key={index}
                data-x={piece.excerpts.join(' ')}
                class={piece.excerpts.length > 1 ? 'overlap' : undefined}
              >
                {piece.text}
              </mark>
            );
          const excerpt = byNumber.get(piece.n);
          if (!excerpt) return null;
          const record = recordAt(excerpt.id);
          return (
            <a
              key={index}
              class="marker"
              id={citationAnchor(excerpt.id, excerpt.citation)}
              data-n={piece.n}
              href={href(`${recordPath(excerpt.id)}#citations`)}
              aria-label={`${piece.n}: cited by ${nameOf(record)} (${record.kind})`}
            >
              {piece.n}
            </a>
          );
        })}
      </Text>
      {annotation.placed.length > 0 && (
        <aside class="margin" aria-label={`Records citing paragraph ${paragraph.paragraph}`}>
          <ol>
            {annotation.placed.map((excerpt) => {
              const record = recordAt(excerpt.id);
              return (
                <li value={excerpt.n} key={excerpt.n}>
                  <a href={href(recordPath(excerpt.id))}>{nameOf(record)}</a> <KindBadge kind={record.kind} />
                </li>
              );
            })}
          </ol>
        </aside>
      )}
    </div>
  );
}

/** One section of the annotated report. */
export function SourceSectionPage({
  section,
  previous,
  next,
}: {
  section: ReportSection;
  previous?: ReportSection;
  next?: ReportSection;
}) {
  const href = useHref();
  let subsection: string | undefined;
  return (
    <Layout
      title={section.title}
      description={`${section.title}, annotated with the records that cite it`}
      scripts={['source']}
      wide
      crumbs={crumbs(section.title)}
    >
      <p class="coverage">
        <TallyText tally={section.numbers} noun="numbers" />;{' '}
        <TallyText tally={section.quotations} noun="quotations" />.
      </p>
      <div class="report">
        {section.paragraphs.map((item) => {
          const heading = item.paragraph.subsection !== subsection ? item.paragraph.subsection : undefined;
          subsection = item.paragraph.subsection;
          return (
            <div key={item.paragraph.paragraph}>
              {heading && <h2>{heading}</h2>}
              <ParagraphView item={item} />
            </div>
          );
        })}
      </div>
      <nav aria-label="Sections" class="pager">
        {previous && (
          <a href={href(sourcePath(previous.slug))} rel="prev">
            ← {previous.title}
          </a>
        )}
        {next && (
          <a href={href(sourcePath(next.slug))} rel="next">
            {next.title} →
          </a>
        )}
      </nav>
    </Layout>
  );
}

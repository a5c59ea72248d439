// The page of one record: what it is, its fields, its network, what else the report says about it,
// and its citations, each linked to its paragraph in the annotated report.
import type { RecordId } from '@chipwar/dataset';
import { figures, formatFigure, quotes, timeline } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { CitationList } from '../components/CitationList.tsx';
import { FieldList } from '../components/FieldList.tsx';
import { NetworkGraph } from '../components/NetworkGraph.tsx';
import { KindBadge, RecordLink } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import { collectionOf, isEntity, nameOf } from '../site/data.ts';
import { kindPath } from '../site/paths.ts';

function Related({ record }: { record: AnyRecord }) {
  if (!isEntity(record.kind)) return null;
  // Records of the shipped dataset: their ids are shipped ids.
  const id = record.id as RecordId;
  const about = figures({ subject: id });
  const events = timeline({ involving: id });
  const said =
    record.kind === 'person' || record.kind === 'organization' || record.kind === 'country'
      ? quotes({ speaker: id })
      : [];
  if (about.length + events.length + said.length === 0) return null;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">Also in the data</h2>
      {about.length > 0 && (
        <>
          <h3>Figures about {nameOf(record)}</h3>
          <ul>
            {about.map((figure) => (
              <li key={figure.id}>
                <RecordLink id={figure.id} />: <strong>{formatFigure(figure)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Events</h3>
          <ul>
            {events.map((entry) => (
              <li key={entry.id}>
                <code>{entry.date.edtf}</code> <RecordLink id={entry.id} />
              </li>
            ))}
          </ul>
        </>
      )}
      {said.length > 0 && (
        <>
          <h3>Quotations</h3>
          <ul>
            {said.map((quote) => (
              <li key={quote.id}>
                <RecordLink id={quote.id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Lead({ record }: { record: AnyRecord }) {
  switch (record.kind) {
    case 'figure':
      return (
        <p class="figure-value">
          {formatFigure(record)} <span class="as-written">(the report: “{record.asWritten}”)</span>
        </p>
      );
    case 'quote':
      return <blockquote class="quote-text">{record.text}</blockquote>;
    case 'relation':
      return (
        <p class="relation-line">
          <RecordLink id={record.subject} /> <strong>{record.predicate}</strong>{' '}
          <RecordLink id={record.object} />
        </p>
      );
    default:
      return null;
  }
}

/** The page of one record. */
export function RecordPage({ record }: { record: AnyRecord }) {
  const collection = collectionOf(record.kind);
  return (
    <Layout
      title={nameOf(record)}
      description={record.description ?? `${record.kind} ${record.id} of the chipwar dataset`}
      crumbs={[
        ['Home', 'index.html'],
        ['Catalog', 'catalog/index.html'],
        [collection, kindPath(record.kind)],
        [record.id],
      ]}
    >
      <p class="record-id">
        <KindBadge kind={record.kind} /> <code>{record.id}</code>
      </p>
      <Lead record={record} />
      {record.description && <p class="description">{record.description}</p>}
      <FieldList record={record} />
      <NetworkGraph record={record} />
      <Related record={record} />
      <CitationList record={record} />
    </Layout>
  );
}

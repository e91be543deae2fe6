import { type AggregateKind, ROLE_LABELS, STATUS_LABELS } from '@fahrplan/domain';
import { Fragment } from 'react';
import { Link } from 'wouter';
import { itemPath, kindOfGlobalId } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import type { ResultOf } from '../../graphql/graphql.js';
import { isRole } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { withRole } from '../../session/actor-label.js';
import { Empty } from '../../ui/feedback.js';
import { Table } from '../../ui/table.js';
import { codeLabel } from './code-labels.js';
import { useEventLabel } from './event-labels.js';
import type { HistoryEntryFields } from './fragments.js';
import { fieldMessages, itemMessages } from './messages.js';
import { type Piece, readableChanges } from './readable-changes.js';
import { wordDiff } from './word-diff.js';

export type HistoryEntry = ResultOf<typeof HistoryEntryFields>;

const Pieces = ({ pieces }: { pieces: readonly Piece[] }) => {
  const m = useMessages(itemMessages);
  if (pieces.length === 0) return <>{m.empty}</>;
  return (
    <>
      {pieces.map((piece, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pieces have no identity but their order
        <Fragment key={index}>
          {index > 0 ? ', ' : null}
          {piece.href ? <Link href={piece.href}>{piece.text}</Link> : piece.text}
        </Fragment>
      ))}
    </>
  );
};

const longText = (pieces: readonly Piece[]): string | undefined =>
  pieces.length === 1 && pieces[0] && !pieces[0].href ? pieces[0].text : undefined;

/** Long texts show word by word what changed; short values side by side. */
const ChangedValue = ({
  before,
  after,
  prose,
}: {
  before: readonly Piece[];
  after: readonly Piece[];
  prose: boolean;
}) => {
  const [old, next] = [longText(before), longText(after)];
  if (prose && old !== undefined && next !== undefined && (old + next).length > 60) {
    return (
      <td colSpan={2} className="diff">
        {wordDiff(old, next).map((part, index) =>
          part.kind === 'same' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <del key={index}>{part.text}</del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <ins key={index}>{part.text}</ins>
          ),
        )}
      </td>
    );
  }
  return (
    <>
      <td>
        <Pieces pieces={before} />
      </td>
      <td>
        <Pieces pieces={after} />
      </td>
    </>
  );
};

const Evidence = ({ evidence }: { evidence: readonly unknown[] }) => {
  const m = useMessages(itemMessages);
  return (
    <ul className="evidence-list">
      {evidence.map((entry) => {
        const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
          string,
          unknown
        >;
        const url = typeof record.url === 'string' ? record.url : undefined;
        const text = [record.document, record.note, record.meetingId ? m.meeting : undefined]
          .filter((part): part is string => typeof part === 'string')
          .join(' · ');
        return (
          <li key={JSON.stringify(entry)}>
            {url ? (
              <a href={url} rel="noreferrer noopener" target="_blank">
                {url}
              </a>
            ) : null}
            {url && text ? ' · ' : null}
            {text}
          </li>
        );
      })}
    </ul>
  );
};

/** The items a change names, by raw id, with their titles and links. */
const useChangeItems = () => {
  const href = useHrefWithAsOf();
  return (items: readonly { readonly id: string; readonly title: string }[]) =>
    new Map(
      items.flatMap((item): [string, Piece][] => {
        const kind = kindOfGlobalId(item.id);
        if (!kind) return [];
        const rawId = atob(item.id).slice(kind.length + 1);
        return [[rawId, { text: item.title, href: href(itemPath(kind, item.id)) }]];
      }),
    );
};

const Entry = ({ entry, kind }: { entry: HistoryEntry; kind: AggregateKind }) => {
  const m = useMessages(itemMessages);
  const fields = useMessages(fieldMessages) as Readonly<Record<string, string>>;
  const format = useFormat();
  const label = useLabel();
  const eventLabel = useEventLabel();
  const changeItems = useChangeItems();
  const role = isRole(entry.role) ? label(ROLE_LABELS[entry.role]) : entry.role;
  const items = changeItems(entry.changes.flatMap((change) => change.items));
  const changes = readableChanges(entry.changes, {
    // Statuses are keys (`in_review`): show them as the status badge would.
    status: (status) => label(STATUS_LABELS[kind][status], status),
    // A calendar date, or an event that carries only a day: that day, without a time.
    moment: format.moment,
    code: (field, code) => {
      const message = codeLabel(field, code);
      return message ? label(message) : undefined;
    },
    item: (id) => items.get(id),
    percent: format.percent,
    people: m.peopleCount,
    milestone: m.milestone,
    hiddenItem: m.hiddenItem,
  });
  return (
    <li className="history__entry" data-kind={kind}>
      <div className="history__head">
        <strong>{eventLabel(entry.type)}</strong>
        <span className="meta">
          {m.occurredAt}: {format.moment(entry.occurredAt)}
          {format.shortDate(entry.recordedAt) !== format.shortDate(entry.occurredAt)
            ? ` · ${m.recordedAt}: ${format.dateTime(entry.recordedAt)}`
            : null}
        </span>
      </div>
      <p className="meta">
        {m.by}: {withRole(entry.actorName ?? entry.actor ?? m.unknownActor, role)} ·{' '}
        {m.version(entry.version)}
        {entry.position ? ` · ${m.position(entry.position)}` : null}
      </p>
      {entry.reason ? (
        <p className="history__reason">
          <span className="visually-hidden">{m.reason}: </span>„{entry.reason}“
        </p>
      ) : null}
      {entry.evidence.length > 0 ? (
        <div>
          <span className="meta">{m.evidence}:</span> <Evidence evidence={entry.evidence} />
        </div>
      ) : null}
      {changes.length > 0 ? (
        <Table
          className="changes"
          caption={m.changes}
          columns={[m.field, m.before, m.after]}
          wrap={false}
        >
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{fields[change.field] ?? change.field}</th>
              <ChangedValue before={change.before} after={change.after} prose={change.prose} />
            </tr>
          ))}
        </Table>
      ) : null}
      {entry.people.length > 0 ? (
        <p className="meta">
          {m.people}:{' '}
          {entry.people
            .map((person) =>
              person.erased
                ? m.erased
                : [person.name, person.organisation].filter(Boolean).join(', '),
            )
            .join('; ')}
        </p>
      ) : null}
    </li>
  );
};

/** The item's whole history, newest first: who, when, why, with what evidence, what changed. */
export const History = ({
  history,
  kind,
}: {
  history: readonly HistoryEntry[];
  kind: AggregateKind;
}) => {
  if (history.length === 0) return <Empty />;
  const newestFirst = [...history].sort((a, b) => b.version - a.version);
  return (
    <ol className="history" reversed>
      {newestFirst.map((entry) => (
        <Entry key={entry.version} entry={entry} kind={kind} />
      ))}
    </ol>
  );
};

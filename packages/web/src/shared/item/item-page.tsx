import { type AggregateKind, KIND_LABELS } from '@fahrplan/domain';
import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { processBase, useProcessSlug } from '../../app/process.js';
import type { ResultOf } from '../../graphql/graphql.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { Page, Section } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { FollowButton } from '../follow/follow-button.js';
import type { ItemPageFields } from './fragments.js';
import { History, type HistoryEntry } from './history.js';
import { itemMessages } from './messages.js';
import { Provenance } from './provenance.js';
import { useWholeHistory } from './whole-history.js';

/**
 * What happened when, not when it was entered: a measure adopted on 19 June 2018 and recorded
 * today came about in 2018. ISO instants in UTC compare as text.
 */
const happenedBetween = (item: ItemRecord, history: readonly HistoryEntry[]) => {
  const moments = history.map((entry) => entry.occurredAt).sort();
  return { first: moments[0] ?? item.createdAt, last: moments.at(-1) ?? item.updatedAt };
};

export type ItemRecord = ResultOf<typeof ItemPageFields>;

/**
 * The frame of every item's page: kind, status and version; the kind's own sections; then its
 * full history and provenance. Printing it gives the document the ministry files.
 */
export const ItemPage = ({
  kind,
  item,
  actions,
  children,
}: {
  readonly kind: AggregateKind;
  /** The item as `ItemPageFields` reads it, with the kind's own fields beside. */
  readonly item: ItemRecord;
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}) => {
  const m = useMessages(itemMessages);
  const label = useLabel();
  const format = useFormat();
  const history = useWholeHistory(item.id, item.historyEntries);
  const happened = happenedBetween(item, history);
  const slug = useProcessSlug();
  const [location] = useLocation();
  const search = useSearch();
  // An item's page lives in its own process (the graph's node for the item names it): an
  // address in another (an old bookmark, led to the default process) goes there.
  const own = item.provenance.nodes.find((node) => node.id === item.id)?.process?.slug;
  if (own && slug && own !== slug) {
    const query = search ? `?${search}` : '';
    return <Redirect to={`~${processBase(own)}${location}${query}`} replace />;
  }
  return (
    <Page
      title={item.title}
      subtitle={
        <span className="row">
          <span>{label(KIND_LABELS[kind])}</span>
          <StatusBadge kind={kind} status={item.status} />
          <span className="meta">
            {m.version(item.version)} · {m.created(format.date(happened.first))} ·{' '}
            {m.updated(format.date(happened.last))}
          </span>
        </span>
      }
      actions={
        <>
          {actions}
          <FollowButton id={item.id} />
          <button type="button" className="button" onClick={() => window.print()}>
            {m.print}
          </button>
        </>
      }
    >
      {children}
      <Section title={m.provenance} id="provenance">
        <p className="meta">{m.provenanceIntro}</p>
        <Provenance graph={item.provenance} itemId={item.id} />
      </Section>
      <Section title={m.history} id="history">
        <p className="meta">{m.historyIntro}</p>
        <History history={history} kind={kind} />
      </Section>
    </Page>
  );
};

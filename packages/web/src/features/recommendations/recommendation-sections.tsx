import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { ActionFieldNames, type ActionFieldRef } from '../../shared/action-fields.js';
import { type RelatedItem, RelatedList } from '../../shared/related-list.js';
import { Fact } from '../../ui/fact.js';
import { Section } from '../../ui/page.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { recommendationMessages } from './messages.js';
import type { Priority } from './priority.js';
import { usePriorityLabel } from './priority.js';

export interface RecommendationDetails {
  readonly body: string;
  readonly status: string;
  readonly priority: Priority | null;
  readonly reason: string | null;
  readonly closedAt: string | null;
  readonly adoptedAt: string | null;
  readonly actionFields: readonly ActionFieldRef[];
  readonly measure: {
    readonly id: string;
    readonly title: string;
    readonly status: string;
    readonly owner: string;
    readonly plannedStart: string | null;
    readonly plannedEnd: string | null;
  } | null;
  readonly mergedInto: RelatedItem | null;
  readonly splitFrom: RelatedItem | null;
  readonly splitInto: readonly RelatedItem[];
}

/** The text and the facts: action fields, priority, and how it was decided or closed. */
export const TextAndDetails = ({ item }: { item: RecommendationDetails }) => {
  const m = useMessages(recommendationMessages);
  const format = useFormat();
  const priorityLabel = usePriorityLabel();
  return (
    <>
      <Section title={m.text} id="text">
        <p className="prose">{item.body}</p>
      </Section>
      <Section title={m.details} id="details">
        <dl className="facts">
          <Fact term={m.actionFields}>
            <ActionFieldNames fields={item.actionFields} />
          </Fact>
          <Fact term={m.priority}>
            {item.priority ? priorityLabel(item.priority) : m.noPriority}
          </Fact>
          {item.adoptedAt ? <Fact term={m.adoptedAt}>{format.date(item.adoptedAt)}</Fact> : null}
          {item.closedAt ? <Fact term={m.closedAt}>{format.date(item.closedAt)}</Fact> : null}
          {item.reason ? <Fact term={m.closedReason}>{item.reason}</Fact> : null}
        </dl>
      </Section>
    </>
  );
};

/** The measure the adoption started. */
export const MeasureSection = ({
  measure,
}: {
  measure: NonNullable<RecommendationDetails['measure']>;
}) => {
  const m = useMessages(recommendationMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const { plannedStart, plannedEnd } = measure;
  return (
    <Section title={m.measure} id="measure">
      <p className="row">
        <Link href={href(itemPath('Measure', measure.id))}>{measure.title}</Link>
        <StatusBadge kind="Measure" status={measure.status} />
      </p>
      <dl className="facts">
        <Fact term={m.measureOwner}>{measure.owner}</Fact>
        {plannedStart || plannedEnd ? (
          <Fact term={m.measurePeriod}>
            {m.period(
              plannedStart ? format.date(plannedStart) : m.open,
              plannedEnd ? format.date(plannedEnd) : m.open,
            )}
          </Fact>
        ) : null}
      </dl>
    </Section>
  );
};

/** Where it went (merged into, split into) or came from (split from). */
export const RelationsSection = ({ item }: { item: RecommendationDetails }) => {
  const m = useMessages(recommendationMessages);
  const { mergedInto, splitFrom, splitInto } = item;
  if (!mergedInto && !splitFrom && splitInto.length === 0) return null;
  return (
    <Section title={m.relations} id="relations">
      {mergedInto ? (
        <>
          <h3>{m.mergedInto}</h3>
          <RelatedList kind="Recommendation" items={[mergedInto]} />
        </>
      ) : null}
      {splitFrom ? (
        <>
          <h3>{m.splitFrom}</h3>
          <RelatedList kind="Recommendation" items={[splitFrom]} />
        </>
      ) : null}
      {splitInto.length > 0 ? (
        <>
          <h3>{m.splitInto}</h3>
          <RelatedList kind="Recommendation" items={splitInto} />
        </>
      ) : null}
    </Section>
  );
};

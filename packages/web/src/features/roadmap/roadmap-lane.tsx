import { useId } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { useTimeZone } from '../../i18n/time-zone.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { Empty } from '../../ui/feedback.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { roadmapMessages } from './messages.js';
import { RoadmapAxis } from './roadmap-axis.js';
import { laneEntries } from './roadmap-entries.js';
import { RoadmapEntryRow } from './roadmap-entry.js';
import type { RoadmapLane as Lane } from './roadmap-query.js';
import type { TimelineRange, YearTick } from './timeline.js';

/** One action field's lane: its heading links to the action field, then its entries by start. */
export const RoadmapLane = ({
  lane,
  range,
  ticks,
  now,
  nowLabel,
}: {
  readonly lane: Lane;
  readonly range: TimelineRange;
  readonly ticks: readonly YearTick[];
  readonly now: string;
  readonly nowLabel: string;
}) => {
  const m = useMessages(roadmapMessages);
  const href = useHrefWithAsOf();
  const fieldTitle = useActionFieldName();
  const headingId = useId();
  const entries = laneEntries(lane, useTimeZone());
  const field = lane.actionField;
  return (
    <section className="section roadmap-lane" aria-labelledby={headingId}>
      <div className="roadmap-lane__head">
        <h2 id={headingId}>
          {field ? (
            <Link href={href(itemPath('ActionField', field.id))}>{fieldTitle(field)}</Link>
          ) : (
            m.noActionField
          )}
        </h2>
        {field && field.status !== 'active' ? (
          <StatusBadge kind="ActionField" status={field.status} />
        ) : null}
        <p className="meta">{m.laneSummary(lane.measures.length, lane.projectIdeas.length)}</p>
      </div>
      {entries.length === 0 ? (
        <Empty>{m.emptyLane}</Empty>
      ) : (
        <>
          <RoadmapAxis range={range} ticks={ticks} now={now} nowLabel={nowLabel} />
          <ol className="roadmap-entries">
            {entries.map((entry) => (
              <RoadmapEntryRow
                key={`${entry.kind}:${entry.id}`}
                entry={entry}
                range={range}
                ticks={ticks}
                now={now}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
};

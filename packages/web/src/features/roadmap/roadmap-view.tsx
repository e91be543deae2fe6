import { useMessages } from '../../i18n/i18n.js';
import { useTimeZone, useToday } from '../../i18n/time-zone.js';
import { Empty } from '../../ui/feedback.js';
import { roadmapMessages } from './messages.js';
import { datesShown } from './roadmap-entries.js';
import { RoadmapLane } from './roadmap-lane.js';
import { RoadmapLegend } from './roadmap-legend.js';
import type { RoadmapData } from './roadmap-query.js';
import { timelineRange, yearTicks } from './timeline.js';

/**
 * The lanes on one shared axis, so the lanes can be compared year by year. On a narrow screen
 * the bars give way to the lists beside them (a CSS container query): the text is always there.
 */
export const RoadmapView = ({
  roadmap,
  date,
}: {
  readonly roadmap: RoadmapData;
  /** The "Stand vom" day, or null for today. */
  readonly date: string | null;
}) => {
  const m = useMessages(roadmapMessages);
  const timeZone = useTimeZone();
  const today = useToday();
  if (roadmap.lanes.length === 0) return <Empty>{m.empty}</Empty>;
  const range = timelineRange(datesShown(roadmap.lanes, timeZone), roadmap.until);
  const ticks = yearTicks(range);
  const now = date?.slice(0, 10) ?? today;
  const nowLabel = date ? m.asOf : m.today;
  return (
    <div className="roadmap">
      <RoadmapLegend nowLabel={date ? m.legendAsOf : m.legendToday} />
      {roadmap.lanes.map((lane) => (
        <RoadmapLane
          key={lane.actionField?.id ?? 'none'}
          lane={lane}
          range={range}
          ticks={ticks}
          now={now}
          nowLabel={nowLabel}
        />
      ))}
    </div>
  );
};

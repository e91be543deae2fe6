import { useMessages } from '../../i18n/i18n.js';
import { useDayFormat } from '../../shared/measure/period.js';
import { roadmapMessages } from './messages.js';
import { daysOverdue } from './overdue.js';
import type { RoadmapEntry } from './roadmap-entries.js';
import { barOf, positionOf, type TimelineRange, type YearTick } from './timeline.js';

const percent = (value: number) => `${value}%`;

/** An entry on the time axis: what both its row and its bar are drawn from. */
export interface RoadmapEntryProps {
  readonly entry: RoadmapEntry;
  readonly range: TimelineRange;
  readonly ticks: readonly YearTick[];
  /** The day the axis marks as now: an open milestone due before it is overdue. */
  readonly now: string;
}

/**
 * An entry's bar and milestone markers on the time axis. A picture only (aria-hidden): the
 * entry's text and milestone list next to it say everything it shows.
 */
export const RoadmapTrack = ({ entry, range, ticks, now }: RoadmapEntryProps) => {
  const m = useMessages(roadmapMessages);
  const day = useDayFormat();
  const bar = barOf(entry.start, entry.end, range);
  const barClasses = [
    'roadmap-bar',
    entry.kind === 'Measure' ? 'roadmap-bar--measure' : 'roadmap-bar--idea',
    bar.openEnd ? 'roadmap-bar--open-end' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="roadmap-track" aria-hidden="true">
      {ticks.map((tick) => (
        <span
          key={tick.year}
          className="roadmap-track__year"
          style={{ left: percent(tick.left), width: percent(tick.width) }}
        />
      ))}
      <span className="roadmap-track__now" style={{ left: percent(positionOf(now, range)) }} />
      <span className={barClasses} style={{ left: percent(bar.left), width: percent(bar.width) }}>
        {bar.openEnd ? <span className="roadmap-bar__note">{m.openEnd} →</span> : null}
      </span>
      {entry.milestones.map((milestone, index) => (
        <span
          key={milestone.milestoneId}
          className={`roadmap-marker roadmap-marker--${
            milestone.status === 'REACHED'
              ? 'reached'
              : daysOverdue(milestone, now) > 0
                ? 'overdue'
                : 'open'
          }`}
          style={{ left: percent(positionOf(milestone.dueDate, range)) }}
          title={m.markerLabel(index + 1, milestone.title, day(milestone.dueDate))}
        >
          {index + 1}
        </span>
      ))}
    </div>
  );
};

import { KIND_LABELS } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useLabel } from '../../i18n/i18n.js';
import { Period } from '../../shared/measure/period.js';
import { ProgressBar } from '../../shared/measure/progress-bar.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { RoadmapMilestones } from './roadmap-milestones.js';
import { type RoadmapEntryProps, RoadmapTrack } from './roadmap-track.js';

/** One measure or project idea: what it is and how far, its bar, and its milestones. */
export const RoadmapEntryRow = ({ entry, range, ticks, now }: RoadmapEntryProps) => {
  const label = useLabel();
  const href = useHrefWithAsOf();
  return (
    <li className={`roadmap-entry roadmap-entry--${entry.kind === 'Measure' ? 'measure' : 'idea'}`}>
      <div className="roadmap-entry__label">
        <h3 className="roadmap-entry__title">
          <Link href={href(itemPath(entry.kind, entry.id))}>{entry.title}</Link>
        </h3>
        <p className="roadmap-entry__meta">
          <span className="roadmap-entry__kind">{label(KIND_LABELS[entry.kind])}</span>
          <StatusBadge kind={entry.kind} status={entry.status} />
        </p>
        <p className="roadmap-entry__period">
          <Period start={entry.startPlanned ? entry.start : null} end={entry.end} />
        </p>
        {entry.progress === null ? null : <ProgressBar value={entry.progress} />}
      </div>
      <RoadmapTrack entry={entry} range={range} ticks={ticks} now={now} />
      {entry.milestones.length > 0 ? (
        <RoadmapMilestones title={entry.title} milestones={entry.milestones} now={now} />
      ) : null}
    </li>
  );
};

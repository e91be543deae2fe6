import { useMessages } from '../../i18n/i18n.js';
import { useDayFormat } from '../../shared/measure/period.js';
import { roadmapMessages } from './messages.js';
import { daysOverdue } from './overdue.js';
import type { RoadmapMilestone } from './roadmap-query.js';

/**
 * An entry's milestones as text, numbered like the markers on its bar; an open one past its due
 * date on `now` says for how long.
 */
export const RoadmapMilestones = ({
  title,
  milestones,
  now,
}: {
  readonly title: string;
  readonly milestones: readonly RoadmapMilestone[];
  readonly now: string;
}) => {
  const m = useMessages(roadmapMessages);
  const day = useDayFormat();
  return (
    <ol className="roadmap-milestones" aria-label={m.milestones(title)}>
      {milestones.map((milestone, index) => {
        const reached = milestone.status === 'REACHED';
        const late = daysOverdue(milestone, now);
        const state = reached ? 'reached' : late > 0 ? 'overdue' : 'open';
        return (
          <li
            key={milestone.milestoneId}
            className={`roadmap-milestone roadmap-milestone--${state}`}
          >
            <span className="roadmap-marker" aria-hidden="true">
              {index + 1}
            </span>
            <span className="roadmap-milestone__text">
              <span className="roadmap-milestone__due">{m.due(day(milestone.dueDate))}</span>{' '}
              <span className="roadmap-milestone__title">{milestone.title}</span>{' '}
              <span className="roadmap-milestone__state">
                {reached && milestone.reachedAt ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {m.reachedOn(day(milestone.reachedAt))}
                  </>
                ) : late > 0 ? (
                  <>
                    <span aria-hidden="true">! </span>
                    {m.overdueFor(late)}
                  </>
                ) : (
                  m.open
                )}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
};

import { calendarDate, overdueOn } from '@fahrplan/domain';
import type { RoadmapMilestone } from './roadmap-query.js';

/**
 * Days a milestone is overdue on `day` (the roadmap's "Stand vom", else today), 0 if it is not:
 * the domain's one rule (due date passed and not reached), derived here, never stored.
 */
export const daysOverdue = (
  milestone: Pick<RoadmapMilestone, 'dueDate' | 'reachedAt' | 'status'>,
  day: string,
): number => {
  const due = calendarDate(milestone.dueDate);
  const today = calendarDate(day);
  if (!due || !today || milestone.status === 'REACHED') return 0;
  return overdueOn({ dueDate: due }, today).daysOverdue;
};

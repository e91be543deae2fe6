import { type CalendarDate, daysBetween } from './calendar-date.js';
import { alreadyExists, badInput, DomainError } from './errors.js';
import { checkId } from './ids.js';
import { checkTitle, firstError } from './validation.js';

/** What measures and project ideas have in common about their milestones. */
export interface MilestoneLike {
  readonly milestoneId: string;
  readonly title: string;
  readonly reachedAt?: string;
}

/** A milestone as a command plans it, on a measure or a project idea: the due date as given. */
export interface MilestonePlan extends Pick<MilestoneLike, 'milestoneId' | 'title'> {
  readonly dueDate: string;
}

/** A milestone as a measure or a project idea holds it: due on a day, reached at a moment. */
export interface DatedMilestone extends MilestoneLike {
  readonly dueDate: CalendarDate;
}

/** What holds milestones (a measure, a project idea), as an edit of it sees it. */
interface WithMilestones {
  readonly milestones: readonly DatedMilestone[];
}

/** The edit that plans a milestone: it joins the others, not reached yet. */
export const plannedMilestone =
  ({ milestoneId, title, dueDate }: Pick<DatedMilestone, 'milestoneId' | 'title' | 'dueDate'>) =>
  ({ milestones }: WithMilestones): WithMilestones => ({
    milestones: [...milestones, { milestoneId, title, dueDate }],
  });

/** The edit that changes one milestone (rescheduled, reached). */
export const changedMilestone =
  (milestoneId: string, change: Partial<DatedMilestone>) =>
  ({ milestones }: WithMilestones): WithMilestones => ({
    milestones: milestones.map((each) =>
      each.milestoneId === milestoneId ? { ...each, ...change } : each,
    ),
  });

/**
 * A new milestone: a valid id not taken yet and a title. `dueDate` is the aggregate's own check
 * of the due date, reported after the title and before a taken id.
 */
export const checkNewMilestone = (
  milestones: readonly MilestoneLike[],
  { milestoneId, title }: { readonly milestoneId: string; readonly title: string },
  dueDate: DomainError | undefined,
): DomainError | undefined =>
  firstError(
    checkId('milestoneId', milestoneId),
    checkTitle('title', title),
    dueDate,
    milestones.some((each) => each.milestoneId === milestoneId)
      ? alreadyExists('milestoneId', milestoneId, { de: 'Den Meilenstein', en: 'Milestone' })
      : undefined,
  );

/**
 * The milestone a command names, if it exists and is not reached yet: a reached milestone is
 * history, neither moved nor reached again.
 */
export const openMilestone = <M extends MilestoneLike>(
  milestones: readonly M[],
  milestoneId: string,
  commandType: string,
): M | DomainError => {
  const milestone = milestones.find((each) => each.milestoneId === milestoneId);
  if (milestone === undefined) {
    return badInput(
      'milestoneId',
      `Den Meilenstein „${milestoneId}“ gibt es nicht.`,
      `There is no milestone "${milestoneId}".`,
    );
  }
  if (milestone.reachedAt === undefined) return milestone;
  return new DomainError(
    'INVALID_TRANSITION',
    {
      de: `Der Meilenstein „${milestone.title}“ ist schon erreicht.`,
      en: `Milestone "${milestone.title}" has already been reached.`,
    },
    { field: 'milestoneId', details: { from: 'reached', command: commandType } },
  );
};

/** How late a milestone is on a day: overdue once its due date has passed and it is not reached. */
export interface Overdue {
  readonly overdue: boolean;
  /** Days since the due date; 0 when not overdue. */
  readonly daysOverdue: number;
}

/**
 * Derived, never stored: whether a milestone is overdue on `today` (a calendar day in the
 * installation's time zone). Given the state as of a past moment and that moment's day, it
 * answers for then ("Lagebild am 31.12.2024"). Due today is not overdue yet.
 *
 * @example overdueOn({ dueDate: day('2026-06-30') }, day('2026-12-04')) // { overdue: true, daysOverdue: 157 }
 */
export const overdueOn = (
  milestone: { readonly dueDate: CalendarDate; readonly reachedAt?: string },
  today: CalendarDate,
): Overdue => {
  const late = daysBetween(milestone.dueDate, today);
  return milestone.reachedAt === undefined && late > 0
    ? { overdue: true, daysOverdue: late }
    : { overdue: false, daysOverdue: 0 };
};

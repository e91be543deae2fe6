import { type CalendarDate, calendarDateIn, type IndicatorTarget, upcast } from '@fahrplan/domain';
import { eventsOfType, type HistoryEntry } from '../../../queries/history.js';
import type { ItemRow } from '../../../queries/items.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { historyFor } from '../history.js';
import { IndicatorTargetType } from '../indicator/fields.js';
import { REASON_FIELD, readModelType } from '../read-model.js';
import { IndicatorType, MeasureType } from '../refs.js';
import { MilestoneType } from '../roadmap/milestone.js';

/** A target or due date moved after it was set, with its reason. */
export type GoalpostShape =
  | {
      readonly kind: 'indicator_target';
      readonly indicator: ItemRow<'Indicator'>;
      readonly previousTarget: IndicatorTarget;
      readonly target: IndicatorTarget;
      readonly changedAt: string;
      readonly reason?: string;
    }
  | {
      readonly kind: 'milestone_due_date';
      readonly measure: ItemRow<'Measure'>;
      readonly milestoneId: string;
      readonly previousDueDate: CalendarDate;
      readonly dueDate: CalendarDate;
      readonly changedAt: string;
      readonly reason?: string;
    };

type TargetMoved = Extract<GoalpostShape, { kind: 'indicator_target' }>;
type DueDateMoved = Extract<GoalpostShape, { kind: 'milestone_due_date' }>;

/** A field only a moved target has: null for a moved due date. */
const ofTarget =
  <R>(pick: (moved: TargetMoved) => R) =>
  (moved: GoalpostShape): R | null =>
    moved.kind === 'indicator_target' ? pick(moved) : null;

/** A field only a moved due date has: null for a moved target. */
const ofDueDate =
  <R>(pick: (moved: DueDateMoved) => R) =>
  (moved: GoalpostShape): R | null =>
    moved.kind === 'milestone_due_date' ? pick(moved) : null;

const GoalpostKindEnum = builder.enumType('MovedGoalpostKind', {
  description: 'What was moved.',
  values: {
    INDICATOR_TARGET: {
      value: 'indicator_target',
      description: 'An indicator’s target (Zielwert) changed.',
    },
    MILESTONE_DUE_DATE: {
      value: 'milestone_due_date',
      description: 'A milestone’s due date (Termin) moved.',
    },
  } as const,
});

export const MovedGoalpostType = readModelType<GoalpostShape>(
  'MovedGoalpost',
  'A moved goalpost (verschobenes Ziel): an indicator’s target changed or a milestone’s due date moved after it was set, always with a reason; traceable to its event in the item’s history.',
  {
    kind: { type: GoalpostKindEnum, description: 'INDICATOR_TARGET or MILESTONE_DUE_DATE.' },
    changedAt: { type: 'DateTime', description: 'When it was moved.' },
    reason: REASON_FIELD,
  },
  (t) => ({
    indicator: t.field({
      type: IndicatorType,
      nullable: true,
      description: 'The indicator, for INDICATOR_TARGET.',
      resolve: ofTarget((moved) => moved.indicator),
    }),
    previousTarget: t.field({
      type: IndicatorTargetType,
      nullable: true,
      description: 'The target before, for INDICATOR_TARGET.',
      resolve: ofTarget((moved) => moved.previousTarget),
    }),
    target: t.field({
      type: IndicatorTargetType,
      nullable: true,
      description: 'The target after, for INDICATOR_TARGET.',
      resolve: ofTarget((moved) => moved.target),
    }),
    measure: t.field({
      type: MeasureType,
      nullable: true,
      description: 'The measure, for MILESTONE_DUE_DATE.',
      resolve: ofDueDate((moved) => moved.measure),
    }),
    milestone: t.field({
      type: MilestoneType,
      nullable: true,
      description: 'The milestone as it stands, for MILESTONE_DUE_DATE.',
      resolve: ofDueDate(
        (moved) =>
          moved.measure.state.milestones.find((m) => m.milestoneId === moved.milestoneId) ?? null,
      ),
    }),
    previousDueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date before, for MILESTONE_DUE_DATE.',
      resolve: ofDueDate((moved) => moved.previousDueDate),
    }),
    dueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date after, for MILESTONE_DUE_DATE.',
      resolve: ofDueDate((moved) => moved.dueDate),
    }),
  }),
);

const reschedulesOf = (measure: ItemRow<'Measure'>, events: readonly HistoryEntry[]) =>
  events.flatMap((entry): GoalpostShape[] => {
    if (entry.eventType !== 'MilestoneRescheduled') return [];
    const { data } = upcast({
      type: entry.eventType,
      schemaVersion: entry.schemaVersion,
      data: entry.data,
    }) as { data: { milestoneId: string; dueDate: CalendarDate; previousDueDate: CalendarDate } };
    return [
      {
        kind: 'milestone_due_date',
        measure,
        milestoneId: data.milestoneId,
        previousDueDate: data.previousDueDate,
        dueDate: data.dueDate,
        changedAt: entry.occurredAt,
        ...(entry.reason ? { reason: entry.reason } : {}),
      },
    ];
  });

/**
 * Every target change of the indicators and every milestone moved on the measures, on or after
 * the day `since` (in the installation's time zone), newest first.
 */
export const movedGoalposts = async (
  rows: { measures: ItemRow<'Measure'>[]; indicators: ItemRow<'Indicator'>[] },
  since: CalendarDate,
  asOf: TimeTravel | undefined,
  context: GraphQLContext,
): Promise<GoalpostShape[]> => {
  const targets = rows.indicators.flatMap((indicator) =>
    indicator.state.targetChanges.map(
      (change): GoalpostShape => ({ kind: 'indicator_target', indicator, ...change }),
    ),
  );
  const moved = await eventsOfType(
    context.database,
    'Measure',
    rows.measures.map((measure) => measure.id),
    'MilestoneRescheduled',
    asOf,
  );
  const milestones = (
    await Promise.all(
      rows.measures.map(async (measure) =>
        reschedulesOf(
          measure,
          await historyFor('Measure', measure.id, moved.get(measure.id) ?? [], context),
        ),
      ),
    )
  ).flat();
  return [...targets, ...milestones]
    .filter((moved) => calendarDateIn(moved.changedAt, context.timeZone) >= since)
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt));
};

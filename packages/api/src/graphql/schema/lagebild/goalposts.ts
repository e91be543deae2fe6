import { type CalendarDate, calendarDateIn, type IndicatorTarget, upcast } from '@fahrplan/domain';
import { eventsOfType, type HistoryEntry } from '../../../queries/history.js';
import type { ItemRow } from '../../../queries/items.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { historyFor } from '../history.js';
import { IndicatorTargetType } from '../indicator/fields.js';
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

export const MovedGoalpostType = builder.objectRef<GoalpostShape>('MovedGoalpost').implement({
  description:
    'A moved goalpost (verschobenes Ziel): an indicator’s target changed or a milestone’s due date moved after it was set, always with a reason; traceable to its event in the item’s history.',
  fields: (t) => ({
    kind: t.expose('kind', {
      type: GoalpostKindEnum,
      description: 'INDICATOR_TARGET or MILESTONE_DUE_DATE.',
    }),
    changedAt: t.expose('changedAt', {
      type: 'DateTime',
      description: 'When it was moved.',
    }),
    reason: t.string({
      nullable: true,
      description: 'Why (Begründung).',
      resolve: (moved) => moved.reason ?? null,
    }),
    indicator: t.field({
      type: IndicatorType,
      nullable: true,
      description: 'The indicator, for INDICATOR_TARGET.',
      resolve: (moved) => (moved.kind === 'indicator_target' ? moved.indicator : null),
    }),
    previousTarget: t.field({
      type: IndicatorTargetType,
      nullable: true,
      description: 'The target before, for INDICATOR_TARGET.',
      resolve: (moved) => (moved.kind === 'indicator_target' ? moved.previousTarget : null),
    }),
    target: t.field({
      type: IndicatorTargetType,
      nullable: true,
      description: 'The target after, for INDICATOR_TARGET.',
      resolve: (moved) => (moved.kind === 'indicator_target' ? moved.target : null),
    }),
    measure: t.field({
      type: MeasureType,
      nullable: true,
      description: 'The measure, for MILESTONE_DUE_DATE.',
      resolve: (moved) => (moved.kind === 'milestone_due_date' ? moved.measure : null),
    }),
    milestone: t.field({
      type: MilestoneType,
      nullable: true,
      description: 'The milestone as it stands, for MILESTONE_DUE_DATE.',
      resolve: (moved) =>
        moved.kind === 'milestone_due_date'
          ? (moved.measure.state.milestones.find((m) => m.milestoneId === moved.milestoneId) ??
            null)
          : null,
    }),
    previousDueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date before, for MILESTONE_DUE_DATE.',
      resolve: (moved) => (moved.kind === 'milestone_due_date' ? moved.previousDueDate : null),
    }),
    dueDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due date after, for MILESTONE_DUE_DATE.',
      resolve: (moved) => (moved.kind === 'milestone_due_date' ? moved.dueDate : null),
    }),
  }),
});

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

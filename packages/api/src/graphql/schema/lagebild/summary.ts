import {
  type CalendarDate,
  courseLabels,
  type MeasureStatusSummary,
  measureStatusSummary,
  type Signal,
} from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import { itemsOfKinds } from '../../../queries/lagebild.js';
import type { TimeTravel } from '../../../queries/time-travel.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { readModelType } from '../read-model.js';
import { IndicatorType, MeasureType } from '../refs.js';
import { MilestoneType } from '../roadmap/milestone.js';
import { ConfidenceEnum, CourseEnum } from './enums.js';

/** A milestone past its due date and not reached, on the day asked for. */
export interface OverdueShape {
  readonly measure: ItemRow<'Measure'>;
  readonly milestoneId: string;
  readonly daysOverdue: number;
}

const milestoneOf = ({ measure, milestoneId }: Omit<OverdueShape, 'daysOverdue'>) =>
  measure.state.milestones.find((each) => each.milestoneId === milestoneId) ?? null;

export const OverdueMilestoneType = readModelType<OverdueShape>(
  'OverdueMilestone',
  'A milestone (Meilenstein) whose due date has passed and that is not reached, on the day asked for (`asOf`, else today in the installation’s time zone): derived, never stored.',
  {
    measure: { type: MeasureType, description: 'The measure it belongs to.' },
    daysOverdue: {
      type: 'Int',
      description: 'How many days past its due date (1 on the day after).',
    },
  },
  (t) => ({
    milestone: t.field({
      type: MilestoneType,
      nullable: true,
      description: 'The milestone, with its (possibly moved) due date.',
      resolve: milestoneOf,
    }),
  }),
);

const SignalSourceEnum = builder.enumType('CourseSignalSource', {
  description: 'What pulls a measure off course.',
  values: {
    CONFIDENCE: { value: 'confidence', description: 'Its Ampel (amber or red).' },
    INDICATOR: { value: 'indicator', description: 'An indicator at risk or off track.' },
    MILESTONE: { value: 'milestone', description: 'An overdue milestone.' },
  } as const,
});

interface SignalShape {
  readonly signal: Signal;
  readonly measure: ItemRow<'Measure'>;
  readonly indicators: readonly ItemRow<'Indicator'>[];
}

const CourseSignalType = builder.objectRef<SignalShape>('CourseSignal').implement({
  description: 'One reason a measure is not on course, with the course it pulls it to.',
  fields: (t) => ({
    source: t.field({
      type: SignalSourceEnum,
      description: 'CONFIDENCE, INDICATOR or MILESTONE.',
      resolve: ({ signal }) => signal.source,
    }),
    course: t.field({
      type: CourseEnum,
      description: 'The course this signal alone gives.',
      resolve: ({ signal }) => signal.course,
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'The Ampel, for CONFIDENCE.',
      resolve: ({ signal }) => (signal.source === 'confidence' ? signal.confidence : null),
    }),
    indicator: t.field({
      type: IndicatorType,
      nullable: true,
      description: 'The indicator, for INDICATOR (its `assessment` says how far behind).',
      resolve: ({ signal, indicators }) =>
        signal.source === 'indicator'
          ? (indicators.find((row) => row.id === signal.indicatorId) ?? null)
          : null,
    }),
    overdueMilestone: t.field({
      type: OverdueMilestoneType,
      nullable: true,
      description: 'The milestone and how late it is, for MILESTONE.',
      resolve: ({ signal, measure }) =>
        signal.source === 'milestone'
          ? { measure, milestoneId: signal.milestoneId, daysOverdue: signal.daysOverdue }
          : null,
    }),
  }),
});

/** A measure's summary with the rows its parts point at. */
export interface SummaryShape {
  readonly summary: MeasureStatusSummary;
  readonly measure: ItemRow<'Measure'>;
  readonly indicators: readonly ItemRow<'Indicator'>[];
}

export const MeasureStatusSummaryType = builder
  .objectRef<SummaryShape>('MeasureStatusSummary')
  .implement({
    description:
      'Is the measure on course for 2030? Its Ampel, its indicators’ ratings and its overdue milestones combined by one table (the worst signal wins), on the day asked for: derived, never stored.',
    fields: (t) => ({
      course: t.field({
        type: CourseEnum,
        description: 'ON_COURSE, AT_RISK, OFF_COURSE, or CLOSED once completed or stopped.',
        resolve: ({ summary }) => summary.course,
      }),
      courseLabel: t.string({
        description: 'The course in the caller’s language.',
        resolve: ({ summary }, _args, { locale }) => courseLabels[summary.course][locale],
      }),
      confidence: t.field({
        type: ConfidenceEnum,
        nullable: true,
        description: 'Its Ampel as last rated; null if never rated.',
        resolve: ({ summary }) => summary.confidence ?? null,
      }),
      overdueMilestones: t.field({
        type: [OverdueMilestoneType],
        description: 'Its milestones past due and not reached.',
        resolve: ({ summary, measure }) =>
          summary.overdueMilestones.map((each) => ({ measure, ...each })),
      }),
      indicators: t.field({
        type: [IndicatorType],
        description: 'Its active indicators (each with its `assessment`).',
        resolve: ({ summary, indicators }) =>
          summary.indicators.flatMap(
            ({ indicatorId }) => indicators.find((row) => row.id === indicatorId) ?? [],
          ),
      }),
      signals: t.field({
        type: [CourseSignalType],
        description: 'Why it has its course: every signal not on course, worst first.',
        resolve: ({ summary, measure, indicators }) =>
          summary.signals.map((signal) => ({ signal, measure, indicators })),
      }),
    }),
  });

export const summaryOf = (
  measure: ItemRow<'Measure'>,
  indicators: readonly ItemRow<'Indicator'>[],
  today: CalendarDate,
): SummaryShape => {
  const own = indicators.filter(
    (row) => row.state.subject.kind === 'Measure' && row.state.subject.id === measure.id,
  );
  return {
    summary: measureStatusSummary(
      measure.state,
      own.map((row) => row.state),
      today,
    ),
    measure,
    indicators: own,
  };
};

const indicatorsRead = new WeakMap<GraphQLContext, Map<string, Promise<ItemRow<'Indicator'>[]>>>();

/** Every indicator the caller may see at a moment, read once per request and moment. */
export const indicatorsAt = (
  context: GraphQLContext,
  asOf: TimeTravel | undefined,
): Promise<ItemRow<'Indicator'>[]> => {
  const byMoment = indicatorsRead.get(context) ?? new Map();
  indicatorsRead.set(context, byMoment);
  const key = asOf ? `${asOf.by}:${asOf.at}` : 'now';
  const known = byMoment.get(key);
  if (known) return known;
  const read = itemsOfKinds(context.database, ['Indicator'], { scope: context.scope }, asOf).then(
    (rows) => rows.filter((row): row is ItemRow<'Indicator'> => row.kind === 'Indicator'),
  );
  byMoment.set(key, read);
  return read;
};

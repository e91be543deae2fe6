import type { Baseline } from '@fahrplan/domain';
import {
  type IndicatorAssessment,
  type IndicatorTarget,
  type IndicatorValue,
  rateIndicator,
} from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { loadRelated } from '../../item-loader.js';
import { BASELINE_SPEC, TARGET_SPEC } from '../event-payload/fields.js';
import { payloadObjectType } from '../event-payload/index.js';
import { HistoryEntryType } from '../history.js';
import { DirectionEnum, IndicatorRatingEnum } from '../lagebild/enums.js';
import { eventsOf, eventWith } from '../lagebild/events.js';
import { REASON_FIELD, readModelType } from '../read-model.js';
import { ActionFieldType, IndicatorType, MeasureType, ReportingCycleType } from '../refs.js';

export const IndicatorTargetType = payloadObjectType<IndicatorTarget>(TARGET_SPEC);
const IndicatorBaselineType = payloadObjectType<Baseline>(BASELINE_SPEC);

/** A value together with its indicator's row: the events behind it are the indicator's. */
type ValueShape = IndicatorValue & { readonly indicator: ItemRow };

export const IndicatorValueType = builder.objectRef<ValueShape>('IndicatorValue').implement({
  description:
    'A reported value of an indicator (Messwert) as it stands: a correction replaces the figure here, the events keep both.',
  fields: (t) => ({
    valueId: t.exposeID('valueId', {
      description: 'The value’s id within its indicator: pass it to `correctIndicatorValue`.',
    }),
    value: t.exposeFloat('value', { description: 'The figure.' }),
    referenceDate: t.expose('referenceDate', {
      type: 'Date',
      description: 'The day the value refers to (Stichtag).',
    }),
    source: t.exposeString('source', {
      description: 'Where the figure comes from (a statistic, a survey, a report).',
    }),
    reportedAt: t.expose('reportedAt', {
      type: 'DateTime',
      description: 'When it was reported.',
    }),
    reported: t.field({
      type: HistoryEntryType,
      nullable: true,
      description:
        'The event that reported it: who (`actorName`, `role`), when, with what evidence.',
      resolve: async ({ valueId, indicator }, _args, context) =>
        eventWith(
          await eventsOf(indicator, context),
          'IndicatorValueReported',
          'valueId',
          valueId,
        ) ?? null,
    }),
    cycle: t.field({
      type: ReportingCycleType,
      nullable: true,
      description:
        'The reporting cycle whose status report brought it, if any (null for partners: cycles are internal).',
      resolve: async ({ cycleId, indicator }, _args, { items }) =>
        cycleId === undefined
          ? null
          : ((await loadRelated(items, indicator, 'ReportingCycle', [cycleId]))[0] ?? null),
    }),
    correctedAt: t.expose('correctedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last corrected; null if never.',
    }),
    correctionReason: t.exposeString('correctionReason', {
      nullable: true,
      description: 'Why it was corrected (Begründung); null if never.',
    }),
  }),
});

/** A moved goalpost of an indicator: its target changed after definition, with a reason. */
interface TargetChangeShape {
  readonly previousTarget: IndicatorTarget;
  readonly target: IndicatorTarget;
  readonly changedAt: string;
  readonly reason?: string;
}

export const IndicatorTargetChangeType = readModelType<TargetChangeShape>(
  'IndicatorTargetChange',
  'A moved goalpost (Zieländerung): an indicator’s target changed after its definition, always with a reason.',
  {
    previousTarget: { type: IndicatorTargetType, description: 'The target before.' },
    target: { type: IndicatorTargetType, description: 'The target after.' },
    changedAt: { type: 'DateTime', description: 'When it was moved.' },
    reason: REASON_FIELD,
  },
);

/** An assessment with the indicator it rates (for the value it rated). */
interface AssessmentShape {
  readonly assessment: IndicatorAssessment;
  readonly indicator: ItemRow;
}

export const IndicatorAssessmentType = builder
  .objectRef<AssessmentShape>('IndicatorAssessment')
  .implement({
    description:
      'How an indicator stands at the moment asked for (with `asOf`: then), derived from its state, never stored: its latest value against the straight line from baseline to target at that value’s reference date.',
    fields: (t) => ({
      rating: t.field({
        type: IndicatorRatingEnum,
        description: 'ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK or NO_DATA.',
        resolve: ({ assessment }) => assessment.rating,
      }),
      latestValue: t.field({
        type: IndicatorValueType,
        nullable: true,
        description: 'The value rated (the latest by reference date); null with NO_DATA.',
        resolve: ({ assessment, indicator }) =>
          assessment.latest === undefined ? null : { ...assessment.latest, indicator },
      }),
      expected: t.float({
        nullable: true,
        description: 'Where the line from baseline to target stands on the latest value’s day.',
        resolve: ({ assessment }) => assessment.expected ?? null,
      }),
      shortfall: t.float({
        nullable: true,
        description:
          'How far the value lies behind the line, as a share of the planned change (0.1 = 10 %); negative when ahead; null with NO_DATA or where baseline and target are equal.',
        resolve: ({ assessment }) =>
          assessment.shortfall !== undefined && Number.isFinite(assessment.shortfall)
            ? assessment.shortfall
            : null,
      }),
    }),
  });

/** The assessment of an indicator row as its state stands at the row's moment. */
export const assessmentOf = (row: ItemRow): AssessmentShape => ({
  assessment: rateIndicator(stateOf(row, 'Indicator')),
  indicator: row,
});

/** The indicator's subject (a measure or an action field) where it is of the kind asked for. */
const subjectOfKind =
  (kind: 'Measure' | 'ActionField') =>
  async (row: ItemRow, _args: object, { items }: GraphQLContext): Promise<ItemRow | null> => {
    const { subject } = stateOf(row, 'Indicator');
    return subject.kind === kind
      ? ((await loadRelated(items, row, kind, [subject.id]))[0] ?? null)
      : null;
  };

builder.objectFields(IndicatorType, (t) => ({
  unit: t.string({
    description: 'The unit, e.g. “%” or “Betriebe”.',
    resolve: (row) => stateOf(row, 'Indicator').unit,
  }),
  direction: t.field({
    type: DirectionEnum,
    description: 'Whether higher (INCREASE) or lower (DECREASE) values are better.',
    resolve: (row) => stateOf(row, 'Indicator').direction,
  }),
  description: t.string({
    nullable: true,
    description: 'What it measures and how.',
    resolve: (row) => stateOf(row, 'Indicator').description ?? null,
  }),
  measure: t.field({
    type: MeasureType,
    nullable: true,
    description: 'The measure it belongs to; null for an indicator of an action field.',
    resolve: subjectOfKind('Measure'),
  }),
  actionField: t.field({
    type: ActionFieldType,
    nullable: true,
    description: 'The action field it belongs to, where several measures move it; else null.',
    resolve: subjectOfKind('ActionField'),
  }),
  baseline: t.field({
    type: IndicatorBaselineType,
    description: 'Where it stood when the goal was set (Ausgangswert).',
    resolve: (row) => stateOf(row, 'Indicator').baseline,
  }),
  target: t.field({
    type: IndicatorTargetType,
    description: 'The target (Zielwert), usually for 2030; as moved, if it was.',
    resolve: (row) => stateOf(row, 'Indicator').target,
  }),
  intermediateTargets: t.field({
    type: [IndicatorTargetType],
    description: 'Intermediate targets (Zwischenziele), by date.',
    resolve: (row) => [...stateOf(row, 'Indicator').intermediateTargets],
  }),
  values: t.field({
    type: [IndicatorValueType],
    description: 'Its values (Messwerte) by reference date, corrections applied.',
    resolve: (row) =>
      [...stateOf(row, 'Indicator').values]
        .sort((a, b) => a.referenceDate.localeCompare(b.referenceDate))
        .map((value) => ({ ...value, indicator: row })),
  }),
  targetChanges: t.field({
    type: [IndicatorTargetChangeType],
    description: 'Every moved goalpost (Zieländerung), oldest first, each with its reason.',
    resolve: (row) => [...stateOf(row, 'Indicator').targetChanges],
  }),
  assessment: t.field({
    type: IndicatorAssessmentType,
    description:
      'How it stands (on track, at risk, off track, achieved, no data), derived from its state at the moment asked for.',
    resolve: assessmentOf,
  }),
}));

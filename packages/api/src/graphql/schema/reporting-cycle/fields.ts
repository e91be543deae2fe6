import {
  type Evidence,
  type MeasureState,
  missingReports,
  type ReportedIndicatorValue,
  reportStatusLabels,
  type StatusReport,
} from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import { stateOf } from '../../../queries/items.js';
import { lagebildRows } from '../../../queries/lagebild.js';
import { publicOnlyIn } from '../../../visibility/rules.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { loadRelated } from '../../item-loader.js';
import { HistoryEntryType } from '../history.js';
import { ConfidenceEnum, ReportStatusEnum } from '../lagebild/enums.js';
import { eventsOf } from '../lagebild/events.js';
import { readModelType } from '../read-model.js';
import { IndicatorType, MeasureType, MeetingType, ReportingCycleType } from '../refs.js';

/** Something a row's fields hang off: the row the nested items travel in time with. */
interface Within<T> {
  readonly of: T;
  readonly cycle: ItemRow;
}

export const EvidenceType = builder.objectRef<Within<Evidence>>('Evidence').implement({
  description: 'Evidence (Beleg) given with a report or decision: a URL, a document, a meeting.',
  fields: (t) => ({
    url: t.string({
      nullable: true,
      description: 'A source URL.',
      resolve: (e) => e.of.url ?? null,
    }),
    document: t.string({
      nullable: true,
      description: 'A document reference, e.g. a file number.',
      resolve: (e) => e.of.document ?? null,
    }),
    meeting: t.field({
      type: MeetingType,
      nullable: true,
      description: 'The meeting it was decided at.',
      resolve: async ({ of, cycle }, _args, { items }) =>
        of.meetingId === undefined
          ? null
          : ((await loadRelated(items, cycle, 'Meeting', [of.meetingId]))[0] ?? null),
    }),
    note: t.string({
      nullable: true,
      description: 'What the evidence shows.',
      resolve: (e) => e.of.note ?? null,
    }),
  }),
});

const StatusReportValueType = builder
  .objectRef<Within<ReportedIndicatorValue>>('StatusReportValue')
  .implement({
    description: 'A figure a status report brought along, reported on the indicator with it.',
    fields: (t) => ({
      indicator: t.field({
        type: IndicatorType,
        nullable: true,
        description: 'The indicator (Kennzahl).',
        resolve: async ({ of, cycle }, _args, { items }) =>
          (await loadRelated(items, cycle, 'Indicator', [of.indicatorId]))[0] ?? null,
      }),
      valueId: t.id({
        description: 'The value’s id on the indicator.',
        resolve: (v) => v.of.valueId,
      }),
      value: t.float({ description: 'The figure.', resolve: (v) => v.of.value }),
      referenceDate: t.field({
        type: 'Date',
        description: 'The day it refers to (Stichtag).',
        resolve: (v) => v.of.referenceDate,
      }),
      source: t.string({ description: 'Where it comes from.', resolve: (v) => v.of.source }),
    }),
  });

export const StatusReportType = builder.objectRef<Within<StatusReport>>('StatusReport').implement({
  description:
    'A measure’s status report (Sachstandsbericht) in a reporting cycle, as it stands: the latest submission and its review (earlier submissions are in the cycle’s history).',
  fields: (t) => ({
    measure: t.field({
      type: MeasureType,
      nullable: true,
      description: 'The measure it reports on.',
      resolve: async ({ of, cycle }, _args, { items }) =>
        (await loadRelated(items, cycle, 'Measure', [of.measureId]))[0] ?? null,
    }),
    status: t.field({
      type: ReportStatusEnum,
      description: 'SUBMITTED (awaiting review), ACCEPTED or RETURNED (to be submitted again).',
      resolve: (r) => r.of.status,
    }),
    statusLabel: t.string({
      description: 'The status in the caller’s language.',
      resolve: (r, _args, { locale }) => reportStatusLabels[r.of.status][locale],
    }),
    narrative: t.string({
      nullable: true,
      description:
        'What the team reports (Sachstand). Null for partners and anonymous callers until the ministry accepted it.',
      resolve: ({ of }, _args, { scope }) =>
        publicOnlyIn(scope) && of.status !== 'accepted' ? null : of.narrative,
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'The Ampel the report gives the measure.',
      resolve: (r) => r.of.confidence,
    }),
    confidenceReason: t.string({
      nullable: true,
      description: 'Why the measure has this Ampel.',
      resolve: (r) => r.of.confidenceReason ?? null,
    }),
    measureProgress: t.int({
      nullable: true,
      description: 'The progress in percent it reported, if any.',
      resolve: (r) => r.of.measureProgress ?? null,
    }),
    indicatorValues: t.field({
      type: [StatusReportValueType],
      description: 'The figures it brought along.',
      resolve: ({ of, cycle }) => of.indicatorValues.map((value) => ({ of: value, cycle })),
    }),
    evidence: t.field({
      type: [EvidenceType],
      description: 'The evidence (Belege) backing the narrative.',
      resolve: ({ of, cycle }) => of.evidence.map((each) => ({ of: each, cycle })),
    }),
    submittedAt: t.field({
      type: 'DateTime',
      description: 'When it was (last) submitted.',
      resolve: (r) => r.of.submittedAt,
    }),
    submissions: t.int({
      description: '1 for the first submission, more after returns.',
      resolve: (r) => r.of.submissions,
    }),
    reviewedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the ministry accepted or returned it; null while awaiting review.',
      resolve: (r) => r.of.reviewedAt ?? null,
    }),
    returnReason: t.string({
      nullable: true,
      description: 'Why the ministry returned it (what to put right); null unless returned.',
      resolve: (r) => r.of.returnReason ?? null,
    }),
    submitted: t.field({
      type: HistoryEntryType,
      nullable: true,
      description: 'The event of its latest submission: who, when, with what evidence.',
      resolve: async ({ of, cycle }, _args, context) =>
        (await eventsOf(cycle, context))
          .filter(
            (entry) =>
              entry.eventType === 'StatusReportSubmitted' &&
              (entry.data as { measureId?: unknown } | null)?.measureId === of.measureId,
          )
          .at(-1) ?? null,
    }),
  }),
});

/** A report a cycle still lacks. */
interface MissingShape {
  readonly measure: ItemRow;
  readonly returned: boolean;
}

export const MissingReportType = readModelType<MissingShape>(
  'MissingReport',
  'A report a cycle still lacks from an open measure: none submitted yet, or returned and not submitted again.',
  {
    measure: { type: MeasureType, description: 'The measure that owes the report.' },
    returned: {
      type: 'Boolean',
      description: 'True when its report was returned and awaits resubmission.',
    },
  },
);

/**
 * The reports a cycle lacks at its row's moment from the open measures in the filter: derived
 * from the cycle's and the measures' states then, never stored.
 */
export const missingReportsOf = async (
  cycle: ItemRow,
  filter: { readonly actionFieldId?: string; readonly processId?: string },
  context: GraphQLContext,
): Promise<MissingShape[]> => {
  const { measures } = await lagebildRows(
    context.database,
    { ...filter, scope: context.scope },
    cycle.asOf,
  );
  const byId = new Map(measures.map((row) => [row.id, row]));
  return missingReports(
    stateOf(cycle, 'ReportingCycle'),
    measures.map((row): MeasureState => row.state),
  ).flatMap(({ measureId, returned }) => {
    const measure = byId.get(measureId);
    return measure ? [{ measure, returned }] : [];
  });
};

builder.objectFields(ReportingCycleType, (t) => ({
  deadline: t.field({
    type: 'Date',
    description: 'The day reports are due (Abgabefrist).',
    resolve: (row) => stateOf(row, 'ReportingCycle').deadline,
  }),
  openedAt: t.field({
    type: 'DateTime',
    description: 'When the ministry opened it.',
    resolve: (row) => stateOf(row, 'ReportingCycle').openedAt,
  }),
  closedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was closed; null while open.',
    resolve: (row) => {
      const state = stateOf(row, 'ReportingCycle');
      return state.status === 'closed' ? state.closedAt : null;
    },
  }),
  reports: t.field({
    type: [StatusReportType],
    description: 'Its status reports (Sachstandsberichte), in the order first submitted.',
    resolve: (row) => stateOf(row, 'ReportingCycle').reports.map((of) => ({ of, cycle: row })),
  }),
  missingReports: t.field({
    type: [MissingReportType],
    description:
      'Open measures whose report is missing (none yet, or returned), as at this cycle’s moment (`asOf`).',
    resolve: (row, _args, context) => missingReportsOf(row, {}, context),
  }),
}));

import {
  CONFIDENCES,
  type Confidence,
  isOpen,
  RATING_ORDER,
  rateIndicator,
} from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';
import { itemsOfKinds, lagebildRows } from '../../../queries/lagebild.js';
import { builder } from '../../builder.js';
import { badArgument } from '../../errors.js';
import { timeTravelArgs, timeTravelOf } from '../../time-travel-args.js';
import { STATUS_ENUMS } from '../enums.js';
import { IndicatorType, MeasureType, ReportingCycleType } from '../refs.js';
import { MissingReportType, missingReportsOf } from '../reporting-cycle/fields.js';
import { ConfidenceEnum, IndicatorRatingEnum } from './enums.js';
import { funnelOf, SectorFunnelType } from './funnel.js';
import { MovedGoalpostType, movedGoalposts } from './goalposts.js';
import { lagebildArgs, scopeOf } from './scope.js';
import { OverdueMilestoneType, summaryOf } from './summary.js';

interface ConfidenceGroup {
  readonly confidence: Confidence | null;
  readonly measures: readonly ItemRow[];
}

const MeasureConfidenceGroupType = builder
  .objectRef<ConfidenceGroup>('MeasureConfidenceGroup')
  .implement({
    description: 'The open measures with one Ampel rating (or none yet).',
    fields: (t) => ({
      confidence: t.expose('confidence', {
        type: ConfidenceEnum,
        nullable: true,
        description: 'RED, AMBER, GREEN; null for measures never rated.',
      }),
      count: t.int({ description: 'How many.', resolve: (group) => group.measures.length }),
      measures: t.field({
        type: [MeasureType],
        description: 'The measures, by title.',
        resolve: (group) => [...group.measures],
      }),
    }),
  });

/** Worst first: red, amber, green, then never rated. */
const GROUP_ORDER: readonly (Confidence | null)[] = [...[...CONFIDENCES].reverse(), null];

const SCOPE_NOTE =
  'Filter by action field and process like every list; with `asOf`, as it was then (overdue and ratings are judged on that day).';

builder.queryFields((t) => ({
  overdueMilestones: t.field({
    type: [OverdueMilestoneType],
    description: `Milestones past their due date and not reached (überfällige Meilensteine), on the day of \`asOf\` (else today in the installation’s time zone), longest overdue first. ${SCOPE_NOTE}`,
    args: lagebildArgs,
    resolve: async (_root, args, context) => {
      const scope = await scopeOf(args, context);
      const { measures, indicators } = await lagebildRows(
        context.database,
        scope.filter,
        scope.asOf,
      );
      return measures
        .flatMap((measure) =>
          summaryOf(measure, indicators, scope.today).summary.overdueMilestones.map((each) => ({
            measure,
            ...each,
          })),
        )
        .sort((a, b) => b.daysOverdue - a.daysOverdue);
    },
  }),
  measuresByConfidence: t.field({
    type: [MeasureConfidenceGroupType],
    description: `The open measures grouped by their Ampel (Umsetzungsvertrauen): RED, AMBER, GREEN, then never rated; every group present, possibly empty. ${SCOPE_NOTE}`,
    args: lagebildArgs,
    resolve: async (_root, args, context) => {
      const scope = await scopeOf(args, context);
      const { measures } = await lagebildRows(context.database, scope.filter, scope.asOf);
      const open = measures.filter((row) => isOpen(row.state));
      return GROUP_ORDER.map((confidence) => ({
        confidence,
        measures: open.filter((row) => (row.state.confidence?.rating ?? null) === confidence),
      }));
    },
  }),
  indicators: t.field({
    type: [IndicatorType],
    description: `Indicators (Kennzahlen) of the measures and action fields in scope, worst rating first (off track, at risk, no data, on track, achieved), then by title. \`ratings: [OFF_TRACK]\` answers “which indicators are off track?”. ${SCOPE_NOTE}`,
    args: {
      ...lagebildArgs,
      ratings: t.arg({
        type: [IndicatorRatingEnum],
        required: false,
        description: 'Only indicators rated so at that moment.',
      }),
      measure: t.arg.globalID({
        required: false,
        for: MeasureType,
        description: 'Only this measure’s indicators.',
      }),
      statuses: t.arg({
        type: [STATUS_ENUMS.Indicator],
        required: false,
        description: 'Only these statuses (default: active and retired).',
      }),
    },
    resolve: async (_root, args, context) => {
      const scope = await scopeOf(args, context);
      const { indicators } = await lagebildRows(context.database, scope.filter, scope.asOf);
      const rated = indicators
        .filter(
          (row) =>
            (!args.measure ||
              (row.state.subject.kind === 'Measure' && row.state.subject.id === args.measure.id)) &&
            (!args.statuses?.length || args.statuses.includes(row.status)),
        )
        .map((row) => ({ row, rating: rateIndicator(row.state).rating }))
        .filter(({ rating }) => !args.ratings?.length || args.ratings.includes(rating));
      return rated
        .sort(
          (a, b) =>
            RATING_ORDER.indexOf(a.rating) - RATING_ORDER.indexOf(b.rating) ||
            a.row.title.localeCompare(b.row.title, 'de'),
        )
        .map(({ row }) => row);
    },
  }),
  reportingCycles: t.field({
    type: [ReportingCycleType],
    description:
      'Reporting cycles (Berichtszyklen), newest first; with `asOf`, as they were then. Internal: team, ministry and admins only (partners get an empty list).',
    args: {
      ...timeTravelArgs,
      statuses: t.arg({
        type: [STATUS_ENUMS.ReportingCycle],
        required: false,
        description: 'Only these statuses (OPEN, CLOSED).',
      }),
    },
    resolve: async (_root, args, context) => {
      const rows = await itemsOfKinds(
        context.database,
        ['ReportingCycle'],
        { scope: context.scope },
        timeTravelOf(args),
      );
      return rows
        .filter((row) => !args.statuses?.length || args.statuses.includes(row.status))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  }),
  missingReports: t.field({
    type: [MissingReportType],
    description: `Open measures whose status report is missing in a cycle (none submitted, or returned and not resubmitted). Without \`cycle\`: the open cycle opened last (none open: empty). ${SCOPE_NOTE}`,
    args: {
      ...lagebildArgs,
      cycle: t.arg.globalID({
        required: false,
        for: ReportingCycleType,
        description: 'The reporting cycle (default: the open one).',
      }),
    },
    resolve: async (_root, args, context) => {
      const scope = await scopeOf(args, context);
      const cycles = await itemsOfKinds(
        context.database,
        ['ReportingCycle'],
        { scope: context.scope },
        scope.asOf,
      );
      const cycle = args.cycle
        ? cycles.find((row) => row.id === args.cycle?.id)
        : cycles
            .filter((row) => row.status === 'open')
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (args.cycle && !cycle) {
        throw badArgument(
          'cycle',
          'Diesen Berichtszyklus gibt es nicht (zu diesem Zeitpunkt).',
          'There is no such reporting cycle (at that moment).',
          context.locale,
        );
      }
      return cycle ? missingReportsOf(cycle, scope.filter, context) : [];
    },
  }),
  movedGoalposts: t.field({
    type: [MovedGoalpostType],
    description: `Moved goalposts (verschobene Ziele): indicator targets changed and milestone due dates moved on or after \`since\`, newest first, each with its reason. ${SCOPE_NOTE}`,
    args: {
      ...lagebildArgs,
      since: t.arg({
        type: 'Date',
        required: true,
        description: 'The first day (in the installation’s time zone) to include.',
      }),
    },
    resolve: async (_root, args, context) => {
      const scope = await scopeOf(args, context);
      const rows = await lagebildRows(context.database, scope.filter, scope.asOf);
      return movedGoalposts(rows, args.since, scope.asOf, context);
    },
  }),
  participationFunnel: t.field({
    type: [SectorFunnelType],
    description: `The participation funnel per sector (industry, science, society, administration, in that order): how many suggestions were taken up, reached an adopted recommendation and a measure in implementation, with median days per stage. With \`actionField\`, the suggestions filed under it. ${SCOPE_NOTE}`,
    args: lagebildArgs,
    resolve: async (_root, args, context) => funnelOf(await scopeOf(args, context), context),
  }),
}));

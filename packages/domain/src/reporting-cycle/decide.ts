import { createOnce } from '../shared/create-once.js';
import {
  CONFIDENCES,
  checkBody,
  checkCalendarDate,
  checkedCalendarDate,
  checkFiniteNumber,
  checkId,
  checkIds,
  checkIntegerInRange,
  checkOneOf,
  checkReason,
  checkText,
  checkTitle,
  DomainError,
  firstError,
  headerOf,
  isDomainError,
  itemDecider,
  oneEvent,
  TITLE_MAX,
} from '../shared/index.js';
import type {
  CloseReportingCycle,
  OpenReportingCycle,
  ReportedValue,
  ReportIndicatorValues,
  ReportingCycleCommand,
  SubmitStatusReport,
} from './commands.js';
import type { ReportingCycleEvent } from './events.js';
import type { ExistingReportingCycle, ReportingCycleState, ReportStatus } from './state.js';

type Decision = readonly ReportingCycleEvent[] | DomainError;
type ReviewCommand = Extract<
  ReportingCycleCommand,
  { type: 'AcceptStatusReport' | 'ReturnStatusReport' }
>;

const open = ({ data, metadata }: OpenReportingCycle): Decision => {
  const invalid = firstError(
    checkId('cycleId', data.cycleId),
    checkTitle('title', data.title),
    checkCalendarDate('deadline', data.deadline),
  );
  if (invalid) return invalid;
  const { cycleId, title } = data;
  return oneEvent(metadata, {
    type: 'ReportingCycleOpened',
    schemaVersion: 1,
    data: { cycleId, title, deadline: checkedCalendarDate(data.deadline) },
  });
};

/** Which report statuses each step starts from: a first submission starts from none. */
const FROM: Readonly<
  Record<(SubmitStatusReport | ReviewCommand)['type'], readonly (ReportStatus | 'none')[]>
> = {
  SubmitStatusReport: ['none', 'returned'],
  AcceptStatusReport: ['submitted'],
  ReturnStatusReport: ['submitted'],
};

/** A report step the measure's report allows (the cycle is open), or why not. */
const checkReportStep = (
  command: SubmitStatusReport | ReviewCommand,
  state: ExistingReportingCycle,
): DomainError | undefined => {
  const report = state.reports.find((each) => each.measureId === command.data.measureId);
  const from = report?.status ?? 'none';
  if (FROM[command.type].includes(from)) return undefined;
  return from === 'none'
    ? new DomainError(
        'INVALID_TRANSITION',
        {
          de: `Für die Maßnahme „${command.data.measureId}“ liegt in diesem Zyklus kein Bericht vor.`,
          en: `There is no report for measure "${command.data.measureId}" in this cycle.`,
        },
        { field: 'measureId', details: { from, command: command.type } },
      )
    : new DomainError(
        'INVALID_TRANSITION',
        {
          de: `„${command.type}“ ist für einen Bericht im Status „${from}“ nicht möglich.`,
          en: `${command.type} is not allowed for a report in status "${from}".`,
        },
        { field: 'measureId', details: { from, command: command.type } },
      );
};

/** The figure's own fields here, so a form can point at the row; the indicator checks the rest. */
const checkValue = (prefix: string, value: ReportedValue): DomainError | undefined =>
  firstError(
    checkId(`${prefix}valueId`, value.valueId),
    checkFiniteNumber(`${prefix}value`, value.value),
    checkCalendarDate(`${prefix}referenceDate`, value.referenceDate),
    checkText(`${prefix}source`, value.source, { max: TITLE_MAX }),
  );

const submit = (command: SubmitStatusReport, state: ExistingReportingCycle): Decision => {
  const { data, metadata } = command;
  const values = data.indicatorValues ?? [];
  const header =
    checkReportStep(command, state) ??
    firstError(
      checkId('measureId', data.measureId),
      checkBody('narrative', data.narrative),
      checkOneOf('confidence', data.confidence, CONFIDENCES),
      data.measureProgress === undefined
        ? undefined
        : checkIntegerInRange('measureProgress', data.measureProgress, 0, 100),
      checkIds(
        'indicatorValues',
        values.map((each) => each.indicatorId),
      ),
      ...values.map((each, index) => checkValue(`indicatorValues.${index}.`, each)),
      checkReason(metadata),
    ) ??
    headerOf(metadata);
  if (isDomainError(header)) return header;
  const { cycleId: _, indicatorValues: __, measureProgress, ...report } = data;
  return [
    {
      type: 'StatusReportSubmitted',
      schemaVersion: 1,
      ...header,
      data: {
        cycleId: state.cycleId,
        ...report,
        ...(measureProgress === undefined ? {} : { measureProgress }),
        indicatorValues: values.map((each) => ({
          ...each,
          referenceDate: checkedCalendarDate(each.referenceDate),
        })),
      },
    },
  ];
};

/**
 * Many figures for the cycle while it is open: each row's own fields are checked here (so the
 * refusal names the row), the indicator checks the rest when the follow-up records it. One
 * indicator appears once: two figures of one indicator are two reports, not one table's row.
 */
const reportValues = (command: ReportIndicatorValues, state: ExistingReportingCycle): Decision => {
  const { data, metadata } = command;
  const values = data.values ?? [];
  const header =
    firstError(
      checkIds(
        'values',
        values.map((each) => each.indicatorId),
        { min: 1 },
      ),
      ...values.map((each, index) => checkValue(`values.${index}.`, each)),
    ) ?? headerOf(metadata);
  if (isDomainError(header)) return header;
  return [
    {
      type: 'IndicatorValuesReported',
      schemaVersion: 1,
      ...header,
      data: {
        cycleId: state.cycleId,
        values: values.map(({ indicatorId, valueId, value, referenceDate, source }) => ({
          indicatorId,
          valueId,
          value,
          referenceDate: checkedCalendarDate(referenceDate),
          source,
        })),
      },
    },
  ];
};

const review = (command: ReviewCommand, state: ExistingReportingCycle): Decision => {
  const returning = command.type === 'ReturnStatusReport';
  const header =
    checkReportStep(command, state) ??
    (returning ? checkReason(command.metadata) : undefined) ??
    headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { cycleId: state.cycleId, measureId: command.data.measureId };
  return [
    returning
      ? { type: 'StatusReportReturned', schemaVersion: 1, ...header, data }
      : { type: 'StatusReportAccepted', schemaVersion: 1, ...header, data },
  ];
};

/**
 * open → closed. While open, each open measure's report goes submitted → accepted, or
 * submitted → returned → submitted again; a closed cycle takes nothing more.
 */
const close = (command: CloseReportingCycle, state: ExistingReportingCycle): Decision =>
  oneEvent(command.metadata, {
    type: 'ReportingCycleClosed',
    schemaVersion: 1,
    data: { cycleId: state.cycleId },
  });

export const decide = itemDecider<ReportingCycleCommand, ReportingCycleState>()({
  idField: 'cycleId',
  create: { OpenReportingCycle: createOnce('ReportingCycle', 'cycleId', open) },
  from: {
    SubmitStatusReport: ['open'],
    ReportIndicatorValues: ['open'],
    AcceptStatusReport: ['open'],
    ReturnStatusReport: ['open'],
    CloseReportingCycle: ['open'],
  },
  change: {
    SubmitStatusReport: submit,
    ReportIndicatorValues: reportValues,
    AcceptStatusReport: review,
    ReturnStatusReport: review,
    CloseReportingCycle: close,
  },
});

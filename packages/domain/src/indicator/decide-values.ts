import {
  alreadyExists,
  badInput,
  calendarDateIn,
  checkCalendarDate,
  checkedCalendarDate,
  checkFiniteNumber,
  checkId,
  checkReason,
  checkText,
  type DomainError,
  type EventHeader,
  firstError,
  headerOf,
  isDomainError,
  TITLE_MAX,
} from '../shared/index.js';
import type { CorrectIndicatorValue, ReportIndicatorValue } from './commands.js';
import type { IndicatorEvent } from './events.js';
import type { ExistingIndicator, IndicatorValue } from './state.js';

type Decision = readonly IndicatorEvent[] | DomainError;

/**
 * A value refers to a day from the baseline's on, and not to a day after it was reported (the
 * day of `occurredAt` in the installation's time zone): nobody measures the future.
 */
const checkReferenceDate = (
  referenceDate: string,
  state: ExistingIndicator,
  header: EventHeader,
  timeZone: string,
): DomainError | undefined => {
  const invalid = checkCalendarDate('referenceDate', referenceDate);
  if (invalid) return invalid;
  const reportedOn = calendarDateIn(header.occurredAt, timeZone);
  if (referenceDate < state.baseline.date) {
    return badInput(
      'referenceDate',
      `Der Stichtag (${referenceDate}) liegt vor dem Ausgangswert (${state.baseline.date}).`,
      `The reference date (${referenceDate}) is before the baseline (${state.baseline.date}).`,
    );
  }
  return referenceDate > reportedOn
    ? badInput(
        'referenceDate',
        `Der Stichtag (${referenceDate}) liegt nach dem Tag der Meldung (${reportedOn}).`,
        `The reference date (${referenceDate}) is after the day it is reported (${reportedOn}).`,
      )
    : undefined;
};

const checkSource = (source: string | undefined, required: boolean) =>
  checkText('source', source, { max: TITLE_MAX, required });

export const report = (command: ReportIndicatorValue, state: ExistingIndicator): Decision => {
  const { data, metadata } = command;
  const header =
    firstError(
      checkId('valueId', data.valueId),
      checkFiniteNumber('value', data.value),
      checkSource(data.source, true),
      data.cycleId === undefined ? undefined : checkId('cycleId', data.cycleId),
      data.measureId === undefined ||
        (state.subject.kind === 'Measure' && data.measureId === state.subject.id)
        ? undefined
        : badInput(
            'indicatorId',
            `Die Kennzahl „${state.title}“ gehört nicht zur Maßnahme „${data.measureId}“.`,
            `Indicator "${state.title}" does not belong to measure "${data.measureId}".`,
          ),
      state.values.some((each) => each.valueId === data.valueId)
        ? alreadyExists('valueId', data.valueId, { de: 'Den Wert', en: 'Value' })
        : undefined,
    ) ?? headerOf(metadata);
  if (isDomainError(header)) return header;
  const late = checkReferenceDate(data.referenceDate, state, header, metadata.timeZone);
  if (late) return late;
  const { cycleId } = data;
  return [
    {
      type: 'IndicatorValueReported',
      schemaVersion: 1,
      ...header,
      data: {
        indicatorId: state.indicatorId,
        valueId: data.valueId,
        value: data.value,
        referenceDate: checkedCalendarDate(data.referenceDate),
        source: data.source,
        ...(cycleId === undefined ? {} : { cycleId }),
      },
    },
  ];
};

const valueNamed = (state: ExistingIndicator, valueId: string): IndicatorValue | DomainError =>
  state.values.find((each) => each.valueId === valueId) ??
  badInput('valueId', `Den Wert „${valueId}“ gibt es nicht.`, `There is no value "${valueId}".`);

/** A correction names what was wrong; one that changes nothing is refused. */
export const correct = (command: CorrectIndicatorValue, state: ExistingIndicator): Decision => {
  const { data, metadata } = command;
  const previous = valueNamed(state, data.valueId);
  if (isDomainError(previous)) return previous;
  const header =
    firstError(
      checkReason(metadata),
      checkFiniteNumber('value', data.value),
      checkSource(data.source, false),
    ) ?? headerOf(metadata);
  if (isDomainError(header)) return header;
  const referenceDate = data.referenceDate ?? previous.referenceDate;
  // The day a corrected value refers to is checked against the original report's day.
  const late = checkReferenceDate(
    referenceDate,
    state,
    { ...header, occurredAt: previous.reportedAt },
    metadata.timeZone,
  );
  if (late) return late;
  const source = data.source ?? previous.source;
  if (
    data.value === previous.value &&
    referenceDate === previous.referenceDate &&
    source === previous.source
  ) {
    return badInput('value', 'Die Korrektur ändert nichts.', 'The correction changes nothing.');
  }
  return [
    {
      type: 'IndicatorValueCorrected',
      schemaVersion: 1,
      ...header,
      data: {
        indicatorId: state.indicatorId,
        valueId: previous.valueId,
        value: data.value,
        referenceDate: checkedCalendarDate(referenceDate),
        source,
        previous: {
          value: previous.value,
          referenceDate: previous.referenceDate,
          source: previous.source,
        },
      },
    },
  ];
};

import {
  badInput,
  changedTexts,
  checkBody,
  checkedCalendarDate,
  checkId,
  checkOneOf,
  checkReason,
  checkText,
  checkTitle,
  type DomainError,
  firstError,
  headerOf,
  isDomainError,
  nothingToChange,
  oneEvent,
} from '../shared/index.js';
import type {
  ChangeIndicatorTarget,
  DefineIndicator,
  RetireIndicator,
  ReviseIndicator,
} from './commands.js';
import { DIRECTIONS } from './commands.js';
import type { IndicatorEvent } from './events.js';
import type { ExistingIndicator } from './state.js';
import { checkBaseline, checkTargets, sameTargets, targetOf, UNIT_MAX } from './validate.js';

type Decision = readonly IndicatorEvent[] | DomainError;

/** A figure belongs to one measure, or to one action field when several measures move it. */
const checkSubject = ({ measureId, actionFieldId }: DefineIndicator['data']) =>
  (measureId === undefined) === (actionFieldId === undefined)
    ? badInput(
        'measureId',
        'Eine Kennzahl gehört zu genau einer Maßnahme oder einem Handlungsfeld.',
        'An indicator belongs to exactly one measure or one action field.',
      )
    : firstError(
        measureId === undefined ? undefined : checkId('measureId', measureId),
        actionFieldId === undefined ? undefined : checkId('actionFieldId', actionFieldId),
      );

export const define = ({ data, metadata }: DefineIndicator): Decision => {
  const intermediate = data.intermediateTargets ?? [];
  const invalid = firstError(
    checkId('indicatorId', data.indicatorId),
    checkSubject(data),
    checkTitle('title', data.title),
    checkText('unit', data.unit, { max: UNIT_MAX }),
    checkOneOf('direction', data.direction, DIRECTIONS),
    data.description === undefined ? undefined : checkBody('description', data.description),
    checkBaseline(data.baseline),
  );
  const header =
    invalid ??
    checkTargets(
      { ...data.baseline, date: checkedCalendarDate(data.baseline.date) },
      data.direction,
      data.target,
      intermediate,
    ) ??
    headerOf(metadata);
  if (isDomainError(header)) return header;
  const { baseline, target: _, intermediateTargets: __, measureId, actionFieldId, ...rest } = data;
  const subject =
    measureId === undefined
      ? ({ kind: 'ActionField', id: actionFieldId ?? '' } as const)
      : ({ kind: 'Measure', id: measureId } as const);
  return [
    {
      type: 'IndicatorDefined',
      schemaVersion: 1,
      ...header,
      data: {
        ...rest,
        subject,
        baseline: { ...baseline, date: checkedCalendarDate(baseline.date) },
        target: targetOf(data.target),
        intermediateTargets: intermediate.map(targetOf),
      },
    },
  ];
};

export const revise = ({ data, metadata }: ReviseIndicator, state: ExistingIndicator): Decision => {
  const invalid = firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.unit === undefined ? undefined : checkText('unit', data.unit, { max: UNIT_MAX }),
    data.description === undefined ? undefined : checkBody('description', data.description),
  );
  if (invalid) return invalid;
  const changes = changedTexts(['title', 'unit', 'description'], data, state);
  if (Object.keys(changes).length === 0) return nothingToChange();
  return oneEvent(metadata, {
    type: 'IndicatorRevised',
    schemaVersion: 1,
    data: { indicatorId: state.indicatorId, ...changes },
  });
};

/** Moving the goalposts always says why, and the event keeps what it replaced. */
export const changeTarget = (
  command: ChangeIndicatorTarget,
  state: ExistingIndicator,
): Decision => {
  const { data, metadata } = command;
  const intermediate = data.intermediateTargets ?? state.intermediateTargets;
  const invalid =
    firstError(
      checkReason(metadata),
      checkTargets(state.baseline, state.direction, data.target, intermediate),
    ) ??
    (sameTargets(
      [targetOf(data.target), ...intermediate.map(targetOf)],
      [state.target, ...state.intermediateTargets],
    )
      ? badInput('target', 'Das Ziel ist unverändert.', 'The target is unchanged.')
      : undefined);
  if (invalid) return invalid;
  return oneEvent(metadata, {
    type: 'IndicatorTargetChanged',
    schemaVersion: 1,
    data: {
      indicatorId: state.indicatorId,
      target: targetOf(data.target),
      previousTarget: state.target,
      intermediateTargets: intermediate.map(targetOf),
      previousIntermediateTargets: state.intermediateTargets,
    },
  });
};

export const retire = (command: RetireIndicator, state: ExistingIndicator): Decision =>
  checkReason(command.metadata) ??
  oneEvent(command.metadata, {
    type: 'IndicatorRetired',
    schemaVersion: 1,
    data: { indicatorId: state.indicatorId },
  });

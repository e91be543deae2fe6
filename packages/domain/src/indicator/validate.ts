import {
  badInput,
  checkCalendarDate,
  checkedCalendarDate,
  checkFiniteNumber,
  checkText,
  type DomainError,
  firstError,
  TITLE_MAX,
} from '../shared/index.js';
import type { BaselineInput, Direction, TargetInput } from './commands.js';
import type { Baseline, IndicatorTarget } from './events.js';

/** „%“, „Unternehmen“, „t CO₂-Äq.“: short. */
export const UNIT_MAX = 50;

export const checkBaseline = (baseline: BaselineInput): DomainError | undefined =>
  firstError(
    checkFiniteNumber('baseline.value', baseline.value),
    checkCalendarDate('baseline.date', baseline.date),
    checkText('baseline.source', baseline.source, { max: TITLE_MAX }),
  );

const checkTargetShape = (field: string, target: TargetInput): DomainError | undefined =>
  firstError(
    checkFiniteNumber(`${field}.value`, target.value),
    checkCalendarDate(`${field}.date`, target.date),
  );

/**
 * The goal against a valid baseline: after the baseline's day and not worse than where the figure
 * started (a target that asks for less than the baseline is no target). Intermediate targets lie
 * strictly between the two, in order of their days.
 */
export const checkTargets = (
  baseline: Baseline,
  direction: Direction,
  target: TargetInput,
  intermediateTargets: readonly TargetInput[],
): DomainError | undefined => {
  const shape = firstError(
    checkTargetShape('target', target),
    ...intermediateTargets.map((each, index) =>
      checkTargetShape(`intermediateTargets.${index}`, each),
    ),
  );
  if (shape) return shape;
  if (target.date <= baseline.date) {
    return badInput(
      'target.date',
      `Das Zieldatum (${target.date}) muss nach dem Datum des Ausgangswerts (${baseline.date}) liegen.`,
      `The target date (${target.date}) must be after the baseline's date (${baseline.date}).`,
    );
  }
  const worse =
    direction === 'increase' ? target.value < baseline.value : target.value > baseline.value;
  if (worse) {
    return badInput(
      'target.value',
      `Der Zielwert (${target.value}) ist schlechter als der Ausgangswert (${baseline.value}).`,
      `The target (${target.value}) is worse than the baseline (${baseline.value}).`,
    );
  }
  let after: string = baseline.date;
  for (const [index, each] of intermediateTargets.entries()) {
    if (each.date <= after || each.date >= target.date) {
      return badInput(
        `intermediateTargets.${index}.date`,
        `Zwischenziele liegen nach dem Ausgangswert, vor dem Ziel und in zeitlicher Reihenfolge (${each.date}).`,
        `Intermediate targets lie after the baseline, before the target and in order of date (${each.date}).`,
      );
    }
    after = each.date;
  }
  return undefined;
};

/** A target `checkTargets` has passed, with its day as a calendar date. */
export const targetOf = ({ value, date }: TargetInput): IndicatorTarget => ({
  value,
  date: checkedCalendarDate(date),
});

export const sameTargets = (
  a: readonly IndicatorTarget[],
  b: readonly IndicatorTarget[],
): boolean =>
  a.length === b.length &&
  a.every((each, index) => each.value === b[index]?.value && each.date === b[index]?.date);

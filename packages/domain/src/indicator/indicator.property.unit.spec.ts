import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  badTexts,
  commandsOn,
  dayField,
  metadataOn,
  mostlyValid,
  sometimes,
} from '../shared/testing/arbitraries.js';
import { checkLifecycle, expectUnique } from '../shared/testing/explore.js';
import type { IndicatorCommand } from './index.js';
import { INDICATOR_STATUSES, indicator } from './index.js';

const id = 'kz-1';
const text = mostlyValid(fc.constantFrom('Anteil KMU', '%'), badTexts);
const date = dayField(
  ['2018-01-01', '2020-06-30', '2024-12-31', '2030-12-31'],
  ['2018-02-30', 'bald'],
);
const number = mostlyValid(fc.integer({ min: 0, max: 100 }), fc.constantFrom(Number.NaN, Infinity));
const target = fc.record({ value: number, date });
const metadata = metadataOn('2025-01-15', 'Neue Erhebung');
const valueId = mostlyValid(fc.constantFrom('v-1', 'v-2', 'v-3'), fc.constant(''));

const on = commandsOn<IndicatorCommand>({ indicatorId: id }, metadata);

const command = fc.oneof(
  on(
    'DefineIndicator',
    fc.record({
      measureId: mostlyValid(fc.constant('me-1'), fc.constant('')),
      title: text,
      unit: text,
      direction: mostlyValid(fc.constantFrom('increase', 'decrease'), fc.constant('up')),
      baseline: fc.record({ value: number, date, source: text }),
      target,
      intermediateTargets: sometimes(fc.array(target, { maxLength: 2 })),
    }),
    3,
  ),
  on('ReviseIndicator', fc.record({ title: sometimes(text), unit: sometimes(text) })),
  on('ChangeIndicatorTarget', fc.record({ target })),
  on(
    'ReportIndicatorValue',
    fc.record({ valueId, value: number, referenceDate: date, source: text }),
    4,
  ),
  on(
    'CorrectIndicatorValue',
    fc.record({ valueId, value: number, referenceDate: sometimes(date) }),
    2,
  ),
  on('RetireIndicator', fc.constant({})),
) as fc.Arbitrary<IndicatorCommand>;

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and keeps its figures sound', () =>
    checkLifecycle(indicator, fc.array(command, { maxLength: 30, size: 'max' }), {
      steps: { empty: ['active'], active: ['active', 'retired'] },
      statuses: INDICATOR_STATUSES,
      numRuns: 300,
      checks: () => ({
        afterCommand: (state) => {
          if (state.status === 'empty') return;
          expectUnique(state.values.map((each) => each.valueId));
          expect(state.target.date > state.baseline.date).toBe(true);
          for (const each of state.values) {
            expect(Number.isFinite(each.value)).toBe(true);
            expect(each.referenceDate >= state.baseline.date).toBe(true);
          }
          // Every moved goalpost is remembered with its reason.
          for (const change of state.targetChanges) expect(change.reason?.trim()).toBeTruthy();
        },
      }),
    }));
});

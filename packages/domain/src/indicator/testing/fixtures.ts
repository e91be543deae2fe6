import { day, TEST_NOW } from '../../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../../shared/testing/fixtures.js';
import type { IndicatorCommand, IndicatorEvent } from '../index.js';

/** The share of SMEs with a digitalisation project, a Kennzahl of the Digitalisierungslotsen. */
export const id = 'kz-kmu-digitalisierung';
export const at = TEST_NOW;

/** A command on the fixture's item (`indicatorId` filled in) and the event `decide` emits for it. */
export const { command, event } = itemFixtures<IndicatorCommand, IndicatorEvent, 'indicatorId'>(
  'indicatorId',
  id,
);

export const definition = {
  measureId: 'me-lotsen',
  title: 'Anteil der KMU mit Digitalisierungsprojekt',
  unit: '%',
  direction: 'increase',
  baseline: { value: 20, date: '2018-01-01', source: 'IAB-Betriebspanel 2017' },
  target: { value: 60, date: '2030-12-31' },
} as const;

export const define = (changes: Partial<DataOf<IndicatorCommand, 'DefineIndicator'>> = {}) =>
  command('DefineIndicator', { ...definition, ...changes });

const { measureId, ...described } = definition;
export const defined = event('IndicatorDefined', {
  ...described,
  subject: { kind: 'Measure', id: measureId },
  baseline: { ...definition.baseline, date: day(definition.baseline.date) },
  target: { value: 60, date: day('2030-12-31') },
  intermediateTargets: [],
});

export const value = {
  valueId: 'kw-2024',
  value: 38,
  referenceDate: '2024-12-31',
  source: 'IAB-Betriebspanel 2024',
} as const;
export const reported = event('IndicatorValueReported', {
  ...value,
  referenceDate: day(value.referenceDate),
});

export const retired = event('IndicatorRetired', {}, { reason: 'Erhebung eingestellt' });

export const histories = {
  active: [defined],
  retired: [defined, retired],
} as const satisfies Record<string, readonly IndicatorEvent[]>;
